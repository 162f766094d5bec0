package dk.beslutningsarkiv.reliability;

import dk.beslutningsarkiv.testsupport.MeetingFiles;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.beslutningsarkiv.security.LiveServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load generator over loopback (JDK HttpClient, bounded in time): eight readers search while one
 * writer uploads. Every search must answer 200 with the same hits for words the uploads never
 * contain; the figures it prints are the README's.
 */
class ConcurrentLoadTest {

    static final int READERS = 8;
    static final Duration LOAD = Duration.ofSeconds(8);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void searchesStayCorrectAndErrorFreeWhileUploadsRun() throws Exception {
        Path files = MeetingFiles.write(tmp.resolve("files"), 200, 0);
        try (LiveServer server = LiveServer.start(tmp, 1024 * 1024, Duration.ofSeconds(5))) {
            long expected = JSON.readTree(server.get("/api/search?q=governancemodel").body()).get("total").asLong();
            assertThat(expected).isPositive();
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> {
                    int n = 0;
                    while (running.get()) {
                        String path = n % 2 == 0 ? "/api/search?q=governancemodel" : "/api/search?q=governancemodel&year=2021";
                        long start = System.nanoTime();
                        HttpResponse<String> response = server.get(path);
                        latencies.add(System.nanoTime() - start);
                        if (response.statusCode() != 200) {
                            errors.add(path + " " + response.statusCode() + " " + response.body());
                        } else if (n % 2 == 0 && JSON.readTree(response.body()).get("total").asLong() != expected) {
                            errors.add(path + " total " + response.body());
                        }
                        n++;
                    }
                    return n;
                }));
            }
            Future<Integer> writer = pool.submit(() -> {
                int uploaded = 0;
                try (Stream<Path> list = Files.list(files)) {
                    for (Path file : list.sorted().toList()) {
                        if (!running.get()) {
                            break;
                        }
                        HttpResponse<String> response = server.upload(file.getFileName().toString(),
                                Files.readAllBytes(file), true);
                        if (response.statusCode() != 201) {
                            errors.add("upload " + response.statusCode() + " " + response.body());
                        }
                        uploaded++;
                    }
                }
                return uploaded;
            });
            Thread.sleep(LOAD.toMillis());
            running.set(false);
            int searches = 0;
            for (Future<Integer> reader : readers) {
                searches += reader.get();
            }
            int uploads = writer.get();
            pool.shutdown();

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("load: %d readers, %d s: %d searches (%.0f/s), p50 %.1f ms, p99 %.1f ms; %d uploads (%.1f/s)%n",
                    READERS, LOAD.toSeconds(), searches, searches / (double) LOAD.toSeconds(),
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6,
                    uploads, uploads / (double) LOAD.toSeconds());
            assertThat(errors).isEmpty();
            assertThat(uploads).isPositive();
            assertThat(searches).isGreaterThan(READERS);
            long tvang = JSON.readTree(server.get("/api/search?q=orienteringen&size=1").body()).get("total").asLong();
            assertThat(tvang).as("every uploaded meeting is searchable").isGreaterThanOrEqualTo(uploads);
        }
    }
}
