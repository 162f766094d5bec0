package dk.beslutningsarkiv.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.minutes.MinutesParser;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service over a real socket, on an empty data folder that gets the bundled samples. */
class ServeTest {

    @TempDir
    static Path tmp;

    static Archive archive;
    static Javalin app;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData());
        assertThat(archive.importSamplesIfEmpty()).isTrue();
        ApiConfig config = new ApiConfig(0, tmp.resolve("data"), null, 1024 * 1024, List.of("*"), Path.of("web"));
        app = ApiServer.create(config, archive).start(0);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        archive.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAnswersOkWithTheFiveSampleMeetings() throws Exception {
        HttpResponse<String> response = get("/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("meetings").asInt()).isEqualTo(5);
    }

    @Test
    void theSamplesAreImportedOnlyIntoAnEmptyArchive() throws Exception {
        assertThat(archive.importSamplesIfEmpty()).isFalse();
    }

    @Test
    void theStaticPageIsServedAtTheRootAndForMeetingPermalinks() throws Exception {
        HttpResponse<String> root = get("/");
        HttpResponse<String> meeting = get("/moeder/2021-02-10-styregruppen-for-laerings-og-kvalitetsteams-referat");

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body()).contains("<html lang=\"da\">").contains("Beslutningsarkiv");
        assertThat(meeting.statusCode()).isEqualTo(200);
        assertThat(meeting.body()).isEqualTo(root.body());
    }

    @Test
    void searchAnswersWithHitsAndABadQueryWith400() throws Exception {
        HttpResponse<String> ok = get("/api/search?q=governancemodel");
        HttpResponse<String> bad = get("/api/search?q=%22ulukket");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("total").asInt()).isEqualTo(2);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("status").asInt()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void unknownPathsAnswer404InJson() throws Exception {
        HttpResponse<String> response = get("/api/findes-ikke");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("/api/findes-ikke");
    }
}
