package dk.beslutningsarkiv.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.testsupport.ChildServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code backup} command against a data folder a real {@code serve} holds: it finds the
 * server through {@code server.json}, asks it for the backup with the token, and the backup
 * restores into a new data folder with every meeting.
 */
class BackupOfRunningServerTest {

    private static final String TOKEN = "backup-test-token";

    @TempDir
    Path tmp;

    @Test
    void backupWhileServeRunsGoesThroughTheServerAndRestores() throws Exception {
        Path data = tmp.resolve("data");
        Path backup = tmp.resolve("backup");
        int port = ChildServers.freePort();
        Process server = ChildJvm.start(tmp.resolve("serve.log"), Map.of("ARKIV_API_TOKEN", TOKEN), "serve",
                "--data", data.toString(), "--port", String.valueOf(port), "--web", tmp.resolve("no-web").toString());
        try {
            ChildJvm.awaitHealth(port);
            int exit = ChildJvm.run(tmp.resolve("backup.log"), Duration.ofSeconds(120), Map.of("ARKIV_API_TOKEN", TOKEN),
                    "backup", "--data", data.toString(), "--to", backup.toString());

            assertThat(exit).as(Files.readString(tmp.resolve("backup.log"))).isZero();
            assertThat(Files.readString(tmp.resolve("backup.log"))).contains("backup of 5 meetings and 5 originals");
            assertThat(backup.resolve("backup.json")).exists();
        } finally {
            ChildJvm.kill(server);
        }

        Path restored = tmp.resolve("restored");
        int exit = ChildJvm.run(tmp.resolve("restore.log"), Duration.ofSeconds(120), Map.of(),
                "restore", "--data", restored.toString(), "--from", backup.toString());
        assertThat(exit).as(Files.readString(tmp.resolve("restore.log"))).isZero();
        try (Archive archive = Archive.open(restored, MinutesParser.withBundledData())) {
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(5);
            assertThat(archive.store().all()).hasSize(5);
        }
    }
}
