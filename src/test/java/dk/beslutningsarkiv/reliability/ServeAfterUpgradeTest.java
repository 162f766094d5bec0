package dk.beslutningsarkiv.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.testsupport.ChildServers;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code serve} on an index of an older schema (the first start after an upgrade): it
 * rebuilds the index behind its stand-in, then serves the rebuilt archive on the same port.
 */
class ServeAfterUpgradeTest {

    @TempDir
    Path tmp;

    @Test
    void theServiceRebuildsAnIndexOfAnOlderSchemaAndThenAnswersOnItsPort() throws Exception {
        Path data = tmp.resolve("data");
        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);
            archive.index().commit();
        }
        // What a data folder of an older build looks like to this one: its commit says schema 1.
        try (FSDirectory dir = FSDirectory.open(data.resolve("index"));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.setLiveCommitData(List.of(Map.entry(Schema.VERSION_KEY, "1")));
            writer.commit();
        }
        int port = ChildServers.freePort();
        Path log = tmp.resolve("serve.log");
        Process server = ChildJvm.start(log, Map.of(), "serve", "--data", data.toString(),
                "--port", String.valueOf(port));
        try {
            JsonNode health = new ObjectMapper().readTree(
                    ChildServers.awaitHealth(port, Duration.ofSeconds(90)).body());

            assertThat(health.get("schemaVersion").asInt()).isEqualTo(Schema.VERSION);
            assertThat(health.get("meetings").asInt()).isEqualTo(5);
            assertThat(Files.readString(log)).contains("rebuilding it from the stored originals",
                    "answering 503 on port " + port + " until the index is rebuilt", "rebuilt: imported 10");
        } finally {
            ChildJvm.kill(server);
        }
    }
}
