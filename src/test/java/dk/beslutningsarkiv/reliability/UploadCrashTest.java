package dk.beslutningsarkiv.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.testsupport.ChildServers;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a real {@code serve} while an upload is half sent: the archive opens and
 * answers, nothing of the half upload is kept, and the same upload afterwards lands once.
 */
class UploadCrashTest {

    private static final String TOKEN = "hemmelig-test-token";
    private static final String BOUNDARY = "----arkiv-crash-test";
    private static final String REFERAT = """
            Referat af møde i Sundhedsudvalget den 4. marts 2024
            Odder Kommune

            1. Genoptræning efter udskrivning

            Sagsfremstilling
            Kommunen tilbyder genoptræning af borgere efter udskrivning fra sygehuset.

            Beslutning
            Indstillingen blev godkendt.
            """;

    @TempDir
    Path tmp;

    @Test
    void aServerKilledDuringAnUploadLosesNothingAndTheUploadLandsOnceAfterwards() throws Exception {
        Path data = tmp.resolve("data");
        int port = ChildServers.freePort();
        Process server = serve(data, port, "serve-1.log");
        try {
            ChildJvm.awaitHealth(port);
            try (Socket socket = new Socket("localhost", port)) {
                OutputStream out = socket.getOutputStream();
                byte[] body = multipartBody(REFERAT.getBytes(StandardCharsets.UTF_8));
                // Announce ten times the bytes, send half the real body: the server waits for the rest.
                out.write(("POST /api/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                        + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                        + "\r\nContent-Length: " + body.length * 10 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, body.length / 2);
                out.flush();
                Thread.sleep(500);
                ChildJvm.kill(server);
            }
        } finally {
            ChildJvm.kill(server);
        }

        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(Archive.SAMPLES.size());
            assertThat(archive.store().all()).hasSize(Archive.SAMPLES.size());
        }

        Process again = serve(data, port, "serve-2.log");
        try {
            ChildJvm.awaitHealth(port);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> first = upload(http, port);
            HttpResponse<String> second = upload(http, port);
            HttpResponse<String> search = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/search?q=genoptr%C3%A6ning")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(search.body()).contains("\"total\":1");
        } finally {
            ChildJvm.kill(again);
        }
        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(Archive.SAMPLES.size() + 1);
            assertThat(archive.store().all()).hasSize(Archive.SAMPLES.size() + 1);
        }
    }

    private Process serve(Path data, int port, String log) throws Exception {
        return ChildJvm.start(tmp.resolve(log), Map.of("ARKIV_API_TOKEN", TOKEN), "serve", "--data", data.toString(),
                "--port", String.valueOf(port), "--web", tmp.resolve("no-web").toString());
    }

    private static HttpResponse<String> upload(HttpClient http, int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(REFERAT.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] multipartBody(byte[] file) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"referat.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[h.length + file.length + t.length];
        System.arraycopy(h, 0, body, 0, h.length);
        System.arraycopy(file, 0, body, h.length, file.length);
        System.arraycopy(t, 0, body, h.length + file.length, t.length);
        return body;
    }
}
