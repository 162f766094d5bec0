package dk.beslutningsarkiv.api;

import static dk.beslutningsarkiv.api.TestServer.json;
import static dk.beslutningsarkiv.api.TestServer.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.beslutningsarkiv.testsupport.BrokenFiles;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads and deletes over a real socket, with a configured token and a 1 MB limit. */
class ChangesTest {

    static final String TOKEN = "s3cret-test-token";
    static final String MINUTES = """
            Referat
            Styregruppen for Lærings- og Kvalitetsteams
            Mødedato: 12. marts 2025

            1. Status for zebrafinkeprojektet
            Sagsfremstilling
            Zebrafinkeprojektet er i gang i alle regioner.
            Beslutning
            Styregruppen tog orienteringen til efterretning.
            """;

    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(tmp, TOKEN, 1024 * 1024, List.of("*"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static HttpResponse<String> post(String token, String fileName, byte[] content) throws Exception {
        var request = server.request("/api/documents");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return server.send(upload(request, fileName, content));
    }

    static List<String> meetingsFound(String query) throws Exception {
        List<String> found = new java.util.ArrayList<>();
        json(server.get("/api/search?size=100&q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .get("hits").forEach(h -> found.add(h.get("meetingId").asText()));
        return found;
    }

    @Test
    void aNewFileIs201AndSearchableAtOnceAndTheSameFileAgainIs200() throws Exception {
        byte[] minutes = MINUTES.getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> first = post(TOKEN, "zebrafinker.txt", minutes);
        HttpResponse<String> second = post(TOKEN, "zebrafinker.txt", minutes);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode created = json(first);
        assertThat(created.get("status").asText()).isEqualTo("imported");
        String meetingId = created.get("meetingId").asText();
        assertThat(first.headers().firstValue("Location")).hasValue("/api/meetings/" + meetingId);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json(second).get("status").asText()).isEqualTo("unchanged");
        assertThat(json(second).get("meetingId").asText()).isEqualTo(meetingId);
        assertThat(meetingsFound("zebrafinkeprojektet")).contains(meetingId);
        assertThat(server.get("/api/meetings/" + meetingId).statusCode()).isEqualTo(200);
    }

    @Test
    void anUploadWithoutOrWithAWrongTokenIs401() throws Exception {
        byte[] content = "Referat\nnoget tekst".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> none = post(null, "a.txt", content);
        HttpResponse<String> wrong = post("s3cret-test-tokem", "a.txt", content);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(json(wrong).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void anUploadOverTheLimitIs413() throws Exception {
        HttpResponse<String> response = post(TOKEN, "stor.txt", new byte[2 * 1024 * 1024]);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("error").asText()).contains("1 MB");
    }

    @Test
    void anUploadOverTheLimitSentWithoutALengthIs413Too() throws Exception {
        byte[] body = TestServer.multipartBody("stor.txt", new byte[2 * 1024 * 1024]);

        HttpResponse<String> response = server.send(server.request("/api/documents")
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + TestServer.BOUNDARY)
                // From a stream the client sends no Content-Length: Jetty's multipart limit must catch it.
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void anUnsupportedFormatIs415AndAnUnreadableFileIs422WithTheReason() throws Exception {
        HttpResponse<String> png = post(TOKEN, "billede.png", Files.readAllBytes(BrokenFiles.unsupportedFile(tmp)));
        HttpResponse<String> corrupt = post(TOKEN, "korrupt.pdf", Files.readAllBytes(BrokenFiles.corruptPdf(tmp)));

        assertThat(png.statusCode()).isEqualTo(415);
        assertThat(json(png).get("error").asText()).contains("unsupported file type");
        assertThat(corrupt.statusCode()).isEqualTo(422);
        assertThat(corrupt.body()).doesNotContain(tmp.toString()).doesNotContain("upload-");
    }

    @Test
    void theClientsFileNameLosesItsPathParts() throws Exception {
        String text = MINUTES.replace("zebrafinke", "pindsvine").replace("12. marts", "14. marts");

        HttpResponse<String> response = post(TOKEN, "../../etc/pindsvin.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).get("fileName").asText()).isEqualTo("pindsvin.txt");
    }

    @Test
    void aMultipartBodyWithoutAFileIs400() throws Exception {
        HttpResponse<String> response = server.send(server.request("/api/documents")
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("ikke en fil")));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void deletingAMeetingNeedsTheTokenAndKeepsTheOriginalUnlessAsked() throws Exception {
        String text = MINUTES.replace("zebrafinke", "isbjørne").replace("12. marts", "16. marts");
        JsonNode created = json(post(TOKEN, "isbjørne.txt", text.getBytes(StandardCharsets.UTF_8)));
        String meetingId = created.get("meetingId").asText();
        String sha = created.get("sha256").asText();

        HttpResponse<String> anonymous = server.send(server.request("/api/meetings/" + meetingId).DELETE());
        HttpResponse<String> deleted = server.send(server.request("/api/meetings/" + meetingId)
                .header("Authorization", "Bearer " + TOKEN).DELETE());
        HttpResponse<String> again = server.send(server.request("/api/meetings/" + meetingId)
                .header("Authorization", "Bearer " + TOKEN).DELETE());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json(deleted).get("originalsDeleted")).isEmpty();
        assertThat(server.get("/api/meetings/" + meetingId).statusCode()).isEqualTo(404);
        assertThat(meetingsFound("isbjørneprojektet")).doesNotContain(meetingId);
        assertThat(server.archive.store().find(sha)).isPresent();
        assertThat(again.statusCode()).isEqualTo(404);
    }

    @Test
    void deletingWithDeleteOriginalRemovesTheStoredFileToo() throws Exception {
        String text = MINUTES.replace("zebrafinke", "odder").replace("12. marts", "18. marts");
        JsonNode created = json(post(TOKEN, "odder.txt", text.getBytes(StandardCharsets.UTF_8)));

        HttpResponse<String> deleted = server.send(server.request("/api/meetings/" + created.get("meetingId").asText()
                + "?deleteOriginal=true").header("Authorization", "Bearer " + TOKEN).DELETE());

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json(deleted).get("originalsDeleted").get(0).asText()).isEqualTo(created.get("sha256").asText());
        assertThat(server.archive.store().find(created.get("sha256").asText())).isEmpty();
    }
}
