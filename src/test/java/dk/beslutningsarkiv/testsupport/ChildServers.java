package dk.beslutningsarkiv.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waiting for a {@code serve} started in another process. */
public final class ChildServers {

    private ChildServers() {
    }

    /** A port free on loopback for a server a test starts. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The first 200 answer of the server's health check on {@code port}, waiting at most {@code limit}. */
    public static HttpResponse<String> awaitHealth(int port, Duration limit) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/health")).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return answer;
                }
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server on port " + port + " did not become healthy within " + limit);
            }
            Thread.sleep(200);
        }
    }
}
