package dk.beslutningsarkiv;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.testsupport.ChildServers;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as users run it: its service files merged, so Tika finds its parsers and Lucene its codecs. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "beslutningsarkiv.jar");

    @TempDir
    Path tmp;

    @Test
    void theJarListsTikasParsersAndLucenesCodecsInItsServiceFiles() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String parsers = new String(jar.getInputStream(jar.getEntry("META-INF/services/org.apache.tika.parser.Parser"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            String codecs = new String(jar.getInputStream(jar.getEntry("META-INF/services/org.apache.lucene.codecs.Codec"))
                    .readAllBytes(), StandardCharsets.UTF_8);

            assertThat(parsers).contains("org.apache.tika.parser.pdf.PDFParser",
                    "org.apache.tika.parser.microsoft.ooxml.OOXMLParser", "org.apache.tika.parser.microsoft.OfficeParser",
                    "org.apache.tika.parser.odf.OpenDocumentParser", "org.apache.tika.parser.microsoft.rtf.RTFParser",
                    "org.apache.tika.parser.html.JSoupParser", "org.apache.tika.parser.csv.TextAndCSVParser");
            assertThat(codecs).containsPattern("org\\.apache\\.lucene\\.codecs\\.lucene\\d+\\.Lucene\\d+Codec");
        }
    }

    @Test
    void theJarImportsPdfAndDocxAndSearchesThem() throws Exception {
        String data = tmp.resolve("data").toString();

        Process.Result imported = Process.run("import", "--data", data, TestFiles.fixtures().toString());
        Process.Result again = Process.run("import", "--data", data, TestFiles.fixtures().toString());
        Process.Result search = Process.run("search", "--data", data, "tvang", "--json");

        assertThat(imported.out()).isEqualTo("imported 10, unchanged 0, failed 0\n");
        assertThat(again.out()).isEqualTo("imported 0, unchanged 10, failed 0\n");
        assertThat(search.exitCode()).isZero();
        assertThat(search.out()).contains("\"total\" : 4");
    }

    @Test
    void theJarServesHealthAndItsOwnCopyOfThePage() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        java.lang.Process server = Process.start("serve", "--data", tmp.resolve("data").toString(), "--port",
                String.valueOf(port), "--web", tmp.resolve("no-web-here").toString());
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> health = ChildServers.awaitHealth(port, Duration.ofSeconds(60));
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.body()).contains("\"status\":\"ok\"").contains("\"meetings\":5");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Beslutningsarkiv");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Runs the jar in a child JVM, as a user would. */
    static final class Process {
        record Result(int exitCode, String out, String err) {
        }

        static java.lang.Process start(String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
            command.addAll(List.of(args));
            return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        }

        static Result run(String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
            command.addAll(List.of(args));
            Path err = Files.createTempFile("jar-err", ".txt");
            java.lang.Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String errText = Files.readString(err);
            Files.deleteIfExists(err);
            return new Result(p.exitValue(), out, errText);
        }
    }
}
