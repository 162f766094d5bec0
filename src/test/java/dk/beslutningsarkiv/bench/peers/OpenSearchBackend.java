package dk.beslutningsarkiv.bench.peers;

import com.fasterxml.jackson.databind.JsonNode;
import dk.beslutningsarkiv.search.SearchRequest;
import dk.beslutningsarkiv.search.SearchResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The OpenSearch peer: posts {@link OpenSearchSearch}'s body to the index's {@code _search} over HTTP/1.1. */
final class OpenSearchBackend implements PeerBackend {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final URI search;

    OpenSearchBackend(URI base, String index) {
        this.search = base.resolve("/" + index + "/_search");
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException, InterruptedException {
        HttpRequest post = HttpRequest.newBuilder(search).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(OpenSearchSearch.request(request).toString()))
                .build();
        HttpResponse<byte[]> answer = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IOException("OpenSearch answered " + answer.statusCode() + ": "
                    + new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        JsonNode json = OpenSearchSearch.JSON.readTree(answer.body());
        return OpenSearchSearch.response(json, request);
    }

    @Override
    public void close() {
        http.close();
    }
}
