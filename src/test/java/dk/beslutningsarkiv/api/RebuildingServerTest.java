package dk.beslutningsarkiv.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.archive.ImportProgress;
import dk.beslutningsarkiv.archive.ImportReport;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.testsupport.ChildServers;
import dk.beslutningsarkiv.testsupport.TestFiles;
import io.javalin.Javalin;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While the index is rebuilt at start, a stand-in on the service's port answers 503 with the progress. */
class RebuildingServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void everyRequestIsAnswered503WithHowFarTheRebuildHasComeAndWhenToAskAgain() throws Exception {
        ImportProgress progress = new ImportProgress();
        progress.fileDone(3, 10, null);
        Javalin standIn = RebuildingServer.create(progress).start(0);
        try {
            HttpResponse<String> health = get(standIn.port(), "/api/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(TestServer.json(health).toString())
                    .isEqualTo("{\"status\":\"rebuilding\",\"filesDone\":3,\"files\":10}");

            HttpRequest headRequest = request(standIn.port(), "/api/health")
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<Void> head = HTTP.send(headRequest, HttpResponse.BodyHandlers.discarding());
            assertThat(head.statusCode()).isEqualTo(503);

            HttpResponse<String> search = get(standIn.port(), "/api/search?q=tvang");
            assertThat(search.statusCode()).isEqualTo(503);
            assertThat(search.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(TestServer.json(search).get("error").asText()).isEqualTo(
                    "the archive is rebuilding its index after an upgrade (3 of 10 files); try again in a few minutes");

            HttpResponse<String> upload = HTTP.send(TestServer.upload(request(standIn.port(), "/api/documents"),
                    "referat.txt", "Referat".getBytes()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(upload.statusCode()).isEqualTo(503);
            assertThat(TestServer.json(upload).get("status").asInt()).isEqualTo(503);

            HttpResponse<String> page = get(standIn.port(), "/moeder/2024-03-04-sundhedsudvalget-referat");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).contains("<html lang=\"da\">", "genopbygger sit søgeindeks", "(3 af 10 filer)",
                    "http-equiv=\"refresh\" content=\"10\"");
        } finally {
            standIn.stop();
        }
    }

    @Test
    void beforeTheFirstFileIsDoneNoCountIsGiven() throws Exception {
        Javalin standIn = RebuildingServer.create(new ImportProgress()).start(0);
        try {
            assertThat(TestServer.json(get(standIn.port(), "/api/search?q=tvang")).get("error").asText())
                    .isEqualTo("the archive is rebuilding its index after an upgrade; try again in a few minutes");
        } finally {
            standIn.stop();
        }
    }

    @Test
    void theStandInAnswersOnTheServicesPortFromTheRebuildUntilClosedAndThenFreesIt() throws Exception {
        Path data = tmp.resolve("data");
        int port = ChildServers.freePort();
        ApiConfig config = new ApiConfig(port, data, null, 1024 * 1024, List.of(), Path.of("web"));
        List<JsonNode> seen = new ArrayList<>();
        RebuildingServer standIn = new RebuildingServer();
        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);

            ImportReport report = standIn.rebuild(config, archive, (done, total, result) -> {
                try {
                    HttpResponse<String> health = get(port, "/api/health");
                    assertThat(health.statusCode()).isEqualTo(503);
                    seen.add(TestServer.json(health));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });

            assertThat(report.summary()).isEqualTo("imported 10, unchanged 0, failed 0");
            // Until the service is ready to take the port over, the stand-in answers: all files done.
            assertThat(TestServer.json(get(port, "/api/health")).get("filesDone").asInt()).isEqualTo(10);
        } finally {
            standIn.close();
        }
        // Asked as each file was done, the stand-in had counted it already.
        assertThat(seen).hasSize(10);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i).get("filesDone").asInt()).isEqualTo(i + 1);
            assertThat(seen.get(i).get("files").asInt()).isEqualTo(10);
        }
        // Closed, the port is free for the service itself; closing again does nothing.
        standIn.close();
        try (ServerSocket service = new ServerSocket(port)) {
            assertThat(service.getLocalPort()).isEqualTo(port);
        }
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(request(port, path).build(), HttpResponse.BodyHandlers.ofString());
    }
}
