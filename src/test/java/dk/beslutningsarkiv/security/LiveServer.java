package dk.beslutningsarkiv.security;

import dk.beslutningsarkiv.api.ApiConfig;
import dk.beslutningsarkiv.api.ApiServer;
import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.minutes.MinutesParser;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The real service on a free port over a real socket, on a data folder with the bundled samples. */
public final class LiveServer implements AutoCloseable {

    public static final String TOKEN = "hemmelig-test-token";
    public static final String BOUNDARY = "arkiv-security-boundary";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public final Archive archive;
    public final Javalin app;

    private LiveServer(Archive archive, Javalin app) {
        this.archive = archive;
        this.app = app;
    }

    public static LiveServer start(Path dir, long maxUploadBytes, Duration searchTimeout) throws IOException {
        Archive archive = Archive.open(dir.resolve("data"), MinutesParser.withBundledData());
        archive.importSamplesIfEmpty();
        // No answer cache: the time-limit tests repeat a search, and each time it must really run.
        ApiConfig config = new ApiConfig(0, dir.resolve("data"), TOKEN, maxUploadBytes, List.of("*"), Path.of("web"),
                searchTimeout, 0);
        return new LiveServer(archive, ApiServer.create(config, archive).start("127.0.0.1", 0));
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).timeout(Duration.ofSeconds(60));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path));
    }

    /** A multipart upload of one file in the part "file", with or without the token. */
    public HttpResponse<String> upload(String fileName, byte[] content, boolean withToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = request("/api/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(fileName, content)));
        if (withToken) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        return send(request);
    }

    public static byte[] multipart(String fileName, byte[] content) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }

    @Override
    public void close() throws IOException {
        app.stop();
        archive.close();
    }
}
