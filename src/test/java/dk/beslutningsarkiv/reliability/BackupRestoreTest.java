package dk.beslutningsarkiv.reliability;

import dk.beslutningsarkiv.testsupport.MeetingFiles;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.cli.Main;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.search.ArchiveSearcher;
import dk.beslutningsarkiv.search.SearchRequest;
import dk.beslutningsarkiv.security.LiveServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} while uploads run, and {@code restore} bringing it back: the copy opens, agrees with itself and answers. */
class BackupRestoreTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aBackupTakenWhileUploadsRunRestoresToAConsistentArchive() throws Exception {
        Path files = MeetingFiles.write(tmp.resolve("files"), 30, 0);
        String backupName;
        try (LiveServer server = LiveServer.start(tmp.resolve("live"), 1024 * 1024, Duration.ofSeconds(5))) {
            CompletableFuture<Void> uploads = CompletableFuture.runAsync(() -> uploadAll(server, files));
            Thread.sleep(200);
            HttpResponse<String> answer = server.send(server.request("/api/backup")
                    .header("Authorization", "Bearer " + LiveServer.TOKEN).POST(HttpRequest.BodyPublishers.noBody()));
            uploads.get();

            assertThat(answer.statusCode()).isEqualTo(201);
            JsonNode body = JSON.readTree(answer.body());
            backupName = body.get("backup").asText();
            assertThat(backupName).startsWith("backups/").doesNotContain(tmp.toString());
            assertThat(body.get("meetings").asLong()).isBetween(5L, 35L);
            assertThat(server.archive.index().count(Schema.KIND_MEETING)).isEqualTo(35);
        }
        Path backup = tmp.resolve("live/data").resolve(backupName);
        Path restored = tmp.resolve("restored");

        assertThat(cli("restore", "--data", restored.toString(), "--from", backup.toString())).startsWith("restored ");
        assertThat(CrashSafetyTest.indexedShas(restored)).isEqualTo(CrashSafetyTest.storedShas(restored));
        JsonNode manifest = JSON.readTree(backup.resolve("backup.json").toFile());
        try (Archive archive = Archive.open(restored, MinutesParser.withBundledData())) {
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(manifest.get("meetings").asLong());
            assertThat(new ArchiveSearcher(archive.index()).search(SearchRequest.of("governancemodel")).total()).isPositive();
        }
    }

    @Test
    void backupWithoutAServerAndRestoreOverAnArchiveOnlyWithReplace() throws Exception {
        Path data = tmp.resolve("data");
        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            archive.importSamplesIfEmpty();
        }
        Path backup = tmp.resolve("backup");
        assertThat(cli("backup", "--data", data.toString(), "--to", backup.toString()))
                .isEqualTo("backup of 5 meetings and 5 originals in " + backup + "\n");
        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(MeetingFiles.write(tmp.resolve("later"), 3, 0)), (d, t, r) -> { });
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(8);
        }

        StringWriter err = new StringWriter();
        int refused = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "restore", "--data", data.toString(),
                "--from", backup.toString());
        assertThat(refused).isNotZero();
        assertThat(err.toString()).contains("already holds an archive");

        assertThat(cli("restore", "--data", data.toString(), "--from", backup.toString(), "--replace"))
                .startsWith("restored 5 meetings and 5 originals");
        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(5);
        }
        try (Stream<Path> entries = Files.list(data)) {
            assertThat(entries.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("replaced-"));
        }
    }

    @Test
    void aBackupWithADamagedOriginalIsNotRestored() throws Exception {
        Path data = tmp.resolve("data");
        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            archive.importSamplesIfEmpty();
        }
        Path backup = tmp.resolve("backup");
        cli("backup", "--data", data.toString(), "--to", backup.toString());
        try (Stream<Path> files = Files.walk(backup.resolve("originals"))) {
            Path original = files.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).findFirst().orElseThrow();
            Files.write(original, new byte[] {1, 2, 3});
        }

        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "restore", "--data",
                tmp.resolve("elsewhere").toString(), "--from", backup.toString());

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("is missing or damaged");
        assertThat(tmp.resolve("elsewhere/index/segments_1")).doesNotExist();
    }

    private static void uploadAll(LiveServer server, Path files) {
        try (Stream<Path> list = Files.list(files)) {
            for (Path file : list.sorted().toList()) {
                HttpResponse<String> r = server.upload(file.getFileName().toString(), Files.readAllBytes(file), true);
                assertThat(r.statusCode()).isEqualTo(201);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }
}
