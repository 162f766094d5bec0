package dk.beslutningsarkiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.minutes.MinutesParser;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The real service on port 0 over a real socket, on a data folder that gets the bundled samples. */
final class TestServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final Archive archive;
    final Javalin app;

    private TestServer(Archive archive, Javalin app) {
        this.archive = archive;
        this.app = app;
    }

    static TestServer start(Path dir, String token, long maxUploadBytes, List<String> corsOrigins) throws Exception {
        Archive archive = Archive.open(dir.resolve("data"), MinutesParser.withBundledData());
        archive.importSamplesIfEmpty();
        ApiConfig config = new ApiConfig(0, dir.resolve("data"), token, maxUploadBytes, corsOrigins, Path.of("web"));
        return new TestServer(archive, ApiServer.create(config, archive).start(0));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A status and body read from a GET sent byte for byte as given: HttpClient refuses a broken %-escape. */
    record RawAnswer(int status, String body) {
    }

    RawAnswer rawGet(String pathAndQuery) throws IOException {
        try (Socket socket = new Socket("localhost", app.port())) {
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new RawAnswer(Integer.parseInt(answer.substring(9, 12)), answer.substring(answer.indexOf("\r\n\r\n") + 4));
        }
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static final String BOUNDARY = "arkiv-test-boundary-7d1f";

    /** A multipart/form-data request with one file part named "file". */
    static HttpRequest.Builder upload(HttpRequest.Builder request, String fileName, byte[] content) {
        return request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(fileName, content)));
    }

    static byte[] multipartBody(String fileName, byte[] content) {
        String boundary = BOUNDARY;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Override
    public void close() throws IOException {
        app.stop();
        archive.close();
    }
}
