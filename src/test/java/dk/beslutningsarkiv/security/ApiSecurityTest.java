package dk.beslutningsarkiv.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may change the archive, what no request can reach, and what no answer gives away. */
class ApiSecurityTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MEETING = "2024-08-28-styregruppen-for-laerings-og-kvalitetsteams-referat";

    @TempDir
    static Path tmp;

    static LiveServer server;

    @BeforeAll
    static void start() throws Exception {
        server = LiveServer.start(tmp, 2 * 1024 * 1024, Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyChangeNeedsTheToken() throws Exception {
        HttpResponse<String> upload = server.upload("referat.txt", "Referat".getBytes(StandardCharsets.UTF_8), false);
        HttpResponse<String> delete = server.send(server.request("/api/meetings/" + MEETING).DELETE());
        HttpResponse<String> wrong = server.send(server.request("/api/meetings/" + MEETING).DELETE()
                .header("Authorization", "Bearer forkert"));
        HttpResponse<String> backup = server.send(server.request("/api/backup").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(List.of(upload, delete, wrong, backup)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        });
        assertThat(server.get("/api/meetings/" + MEETING).statusCode()).isEqualTo(200);
    }

    @Test
    void otherMethodsChangeNothing() throws Exception {
        for (String method : List.of("PUT", "PATCH")) {
            HttpResponse<String> r = server.send(server.request("/api/meetings/" + MEETING)
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(r.statusCode()).as(method).isIn(404, 405);
        }
        assertThat(server.get("/api/meetings/" + MEETING).statusCode()).isEqualTo(200);
    }

    @Test
    void thePageAndTheApiCarrySecurityHeaders() throws Exception {
        for (String path : List.of("/", "/app.js", "/moeder/" + MEETING, "/api/search?q=tvang", "/api/findes-ikke")) {
            HttpResponse<String> r = server.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void thePageHasNoInlineScript() throws Exception {
        String page = server.get("/").body();

        assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        assertThat(page).doesNotContainPattern("\\son[a-z]+\\s*=");
    }

    @Test
    void noPathReachesFilesOutsideTheArchive() throws Exception {
        List<String> paths = List.of("/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/moeder/..%2f..%2fpom.xml", "/api/meetings/..%2F..%2Fpom.xml", "/api/meetings/..%2F..%2Fpom.xml/original",
                "/api/meetings/%2e%2e/original", "/api/people/..%2f..%2fetc%2fpasswd", "/api/projects/..%5c..%5cpom.xml",
                "/api/cases/../../etc/passwd", "/web/../pom.xml", "/index.html/../../pom.xml");
        for (String path : paths) {
            HttpResponse<String> r = server.send(server.request("/").uri(java.net.URI.create(
                    "http://127.0.0.1:" + server.app.port() + path)));
            assertThat(r.body()).as(path).doesNotContain("<artifactId>", "root:x:0:0");
            assertThat(r.statusCode()).as(path).isIn(200, 400, 404);
        }
    }

    @Test
    void anUploadedFileNameNeverBecomesAPath() throws Exception {
        byte[] minutes = """
                Referat
                Styregruppen for Lærings- og Kvalitetsteams
                Mødedato: 3. februar 2022
                1. Godkendelse af dagsorden
                Godkendt.
                """.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = server.upload("../../../../tmp/evil.txt", minutes, true);

        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(r.body()).get("fileName").asText()).isEqualTo("evil.txt");
        assertThat(tmp.resolveSibling("evil.txt")).doesNotExist();
        try (Stream<Path> files = Files.walk(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("evil.txt");
        }
    }

    @Test
    void everyRequestBodyHasALimit() throws Exception {
        HttpResponse<String> bigSearch = server.send(server.request("/api/search?q=tvang")
                .method("GET", HttpRequest.BodyPublishers.ofByteArray(new byte[64 * 1024])));
        HttpResponse<String> bigDelete = server.send(server.request("/api/meetings/" + MEETING)
                .header("Authorization", "Bearer " + LiveServer.TOKEN)
                .method("DELETE", HttpRequest.BodyPublishers.ofByteArray(new byte[64 * 1024])));
        HttpResponse<String> bigUpload = server.upload("stor.txt", new byte[3 * 1024 * 1024], true);

        assertThat(List.of(bigSearch, bigDelete, bigUpload)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(413);
        });
        assertThat(server.get("/api/meetings/" + MEETING).statusCode()).isEqualTo(200);
    }

    @Test
    void expensiveQueriesAreRefusedWith400() throws Exception {
        String manyTerms = String.join(" OR ", java.util.Collections.nCopies(150, "tvang"));
        List<String> queries = List.of("*vang", "?vang", "/.*a.*/", manyTerms, "a".repeat(1_001));
        for (String q : queries) {
            HttpResponse<String> r = server.get("/api/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(q.substring(0, Math.min(q.length(), 30))).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText()).isNotBlank();
        }
    }

    @Test
    void errorsGiveAwayNoStackTraceOrServerPath() throws Exception {
        List<HttpResponse<String>> answers = List.of(
                server.get("/api/search?q=%22ulukket"),
                server.get("/api/search?page=-1"),
                server.get("/api/search?from=igaar"),
                server.get("/api/meetings/findes-ikke"),
                server.get("/api/meetings/" + MEETING + "/items/abc"),
                server.get("/api/people/%00"),
                server.get("/findes/ikke"),
                server.upload("tom.pdf", new byte[0], true),
                server.upload("korrupt.pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8), true),
                server.send(server.request("/api/documents").header("Authorization", "Bearer " + LiveServer.TOKEN)
                        .header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofString("--x\r\nbroken"))));
        String dataDir = tmp.toAbsolutePath().toString();
        for (HttpResponse<String> r : answers) {
            assertThat(r.headers().firstValue("Content-Type")).as(r.uri() + " " + r.body()).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/json"));
            JsonNode body = JSON.readTree(r.body());
            assertThat(r.statusCode()).as(r.uri().toString()).isBetween(400, 499);
            assertThat(body.get("error").asText()).as(r.uri().toString())
                    .doesNotContain("Exception", "\tat ", "dk.beslutningsarkiv", "org.apache", dataDir, "/tmp/");
        }
    }

    @Test
    void markupInsideARealDocumentComesBackInert() throws Exception {
        byte[] hostile = """
                Referat
                Styregruppen for Lærings- og Kvalitetsteams
                Mødedato: 9. september 2022
                1. Skadelig <script>alert('xss')</script> dagsorden
                Teksten skadelig <img src=x onerror=alert(1)> blev drøftet.
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(server.upload("skadelig.txt", hostile, true).statusCode()).isEqualTo(201);

        JsonNode hits = JSON.readTree(server.get("/api/search?q=skadelig").body()).get("hits");

        assertThat(hits).isNotEmpty();
        for (JsonNode hit : hits) {
            String snippet = hit.get("snippet").asText();
            assertThat(snippet).doesNotContain("<script", "<img").contains("&lt;");
            assertThat(snippet.replaceAll("</?mark>", "")).doesNotContain("<", ">");
        }
    }

    @Test
    void aSearchPastItsTimeLimitIsStoppedWith503AlsoWithFacetFilters() throws Exception {
        try (LiveServer impatient = LiveServer.start(tmp.resolve("impatient"), 1024 * 1024, Duration.ofNanos(1))) {
            HttpResponse<String> plain = impatient.get("/api/search?q=tvang");
            HttpResponse<String> filtered = impatient.get("/api/search?q=tvang&region=Region%20Syddanmark&year=2025");

            assertThat(plain.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(plain.body()).get("error").asText()).startsWith("the search took longer than");
            assertThat(filtered.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(filtered.body()).get("error").asText()).startsWith("the search took longer than");
        }
    }
}
