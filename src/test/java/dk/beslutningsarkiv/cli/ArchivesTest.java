package dk.beslutningsarkiv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.FileTrees;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ArchivesTest {

    @TempDir
    Path tmp;

    @Test
    void anIndexBuiltWithAnOlderSchemaIsRebuiltFromTheOriginalsWhenOpened() throws Exception {
        // What an index from an older build looks like: its items gone stale, its commit saying version 1.
        Path data = archiveMarkedWithSchemaOne(true);
        Logger progress = (Logger) LoggerFactory.getLogger(ProgressLog.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        progress.addAppender(logged);

        try (Archive archive = Archives.open(data)) {
            assertThat(archive.index().schemaVersion()).isEqualTo(Schema.VERSION);
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(1);
            assertThat(archive.index().count(Schema.KIND_ITEM)).isEqualTo(4);
        } finally {
            progress.detachAppender(logged);
        }
        // A rebuild at start can take minutes; its progress is in the log.
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("rebuilding the index: 1 of 1 files (100%)");
    }

    @Test
    void anIndexBuiltWithAnOlderSchemaWhoseOriginalsAreGoneIsRefusedWithAReason() throws Exception {
        Path data = archiveMarkedWithSchemaOne(false);
        FileTrees.delete(data.resolve("originals"));

        assertThatThrownBy(() -> Archives.open(data)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("built with schema 1 and its originals are missing");
        // Refused again: closing the refused index kept its schema version (it used to stamp the current one).
        assertThatThrownBy(() -> Archives.open(data)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("built with schema 1 and its originals are missing");
        // reindex's opening, which leaves rebuilding to the command, refuses it alike rather than empty it.
        assertThatThrownBy(() -> Archives.openToRebuild(data)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("built with schema 1 and its originals are missing");
        // Refused, not emptied: a backup of the old archive can still be restored over it.
        try (FSDirectory dir = FSDirectory.open(data.resolve("index"));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.numDocs()).isGreaterThan(4);
        }
    }

    /** A data folder with one imported meeting whose index commit says schema 1, its documents kept or deleted. */
    private Path archiveMarkedWithSchemaOne(boolean deleteDocuments) throws Exception {
        Path data = tmp.resolve("data");
        try (Archive archive = Archives.open(data)) {
            archive.importer().importPaths(List.of(TestFiles.fixtures().resolve("002_e78797d65e38c847.pdf")),
                    ImportListener.NONE);
        }
        try (FSDirectory dir = FSDirectory.open(data.resolve("index"));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            if (deleteDocuments) {
                writer.deleteAll();
            }
            writer.setLiveCommitData(List.of(Map.entry(Schema.VERSION_KEY, "1")));
            writer.commit();
        }
        return data;
    }

    @Test
    void searchBesideAnIndexOfAnOlderSchemaAsksForTheRebuildInsteadOfMissingItems() throws Exception {
        String data = archiveMarkedWithSchemaOne(false).toString();

        CommandLineTest.Run before = CommandLineTest.run("search", "--data", data, "styregruppen");
        CommandLineTest.run("reindex", "--data", data);
        CommandLineTest.Run after = CommandLineTest.run("search", "--data", data, "styregruppen");

        assertThat(before.exitCode()).isEqualTo(2);
        assertThat(before.err()).startsWith("search: the index in").contains("built with schema 1")
                .contains("run reindex").doesNotContain("at org.");
        assertThat(before.out()).isEmpty();
        assertThat(after.exitCode()).isZero();
        assertThat(after.out()).contains("items");
    }

    @Test
    void openingToRebuildLeavesAnIndexOfAnOlderSchemaForTheCallerToRebuildOnce() throws Exception {
        Path data = archiveMarkedWithSchemaOne(false);

        try (Archive archive = Archives.openToRebuild(data)) {
            assertThat(archive.index().schemaVersion()).isEqualTo(1);
        }
        CommandLineTest.Run reindexed = CommandLineTest.run("reindex", "--data", data.toString());

        assertThat(reindexed.exitCode()).isZero();
        assertThat(reindexed.out()).isEqualTo("reindexed 1, failed 0\n");
        try (Archive archive = Archives.open(data)) {
            assertThat(archive.index().schemaVersion()).isEqualTo(Schema.VERSION);
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(1);
        }
    }

    @Test
    void reindexCommandRebuildsEverythingAndSaysHowMany() {
        String data = tmp.resolve("data").toString();
        CommandLineTest.run("import", "--data", data, TestFiles.fixtures().toString());

        CommandLineTest.Run result = CommandLineTest.run("reindex", "--data", data);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("reindexed 10, failed 0\n");
    }
}
