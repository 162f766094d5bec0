package dk.beslutningsarkiv.reliability;

import dk.beslutningsarkiv.testsupport.MeetingFiles;
import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.archive.ImportReport;
import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.search.ArchiveSearcher;
import dk.beslutningsarkiv.search.SearchRequest;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kill -9} of a real import process: the index opens and answers, and importing again loses and doubles nothing. */
class CrashSafetyTest {

    static final int FILES = 300;

    @TempDir
    Path tmp;

    @Test
    void anImportKilledMidwayLeavesAWorkingIndexAndImportingAgainCompletesIt() throws Exception {
        Path files = MeetingFiles.write(tmp.resolve("files"), FILES, 0);
        Path data = tmp.resolve("data");
        Process importing = ChildJvm.start(tmp.resolve("import.log"), Map.of(), "import", "--data", data.toString(),
                files.toString());
        // Past the first intermediate commit (every 200 files), and well before the end.
        waitForOriginals(data, 230, importing);
        ChildJvm.kill(importing);
        assertThat(importing.exitValue()).as("killed, not finished").isNotZero();

        long committed;
        try (ArchiveIndex index = ArchiveIndex.openReadOnly(data)) {
            committed = index.count(Schema.KIND_MEETING);
            assertThat(committed).isBetween(200L, (long) FILES - 1);
            assertThat(new ArchiveSearcher(index).search(SearchRequest.of("tvang")).total()).isEqualTo(committed);
        }
        assertThat(indexedShas(data)).isSubsetOf(storedShas(data));

        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            ImportReport again = archive.importer().importPaths(List.of(files), ImportListener.NONE);

            assertThat(again.failures()).isEmpty();
            assertThat(again.results()).hasSize(FILES);
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(FILES);
            assertThat(archive.index().count(Schema.KIND_ITEM)).isEqualTo(2L * FILES);
            assertThat(archive.store().all()).hasSize(FILES);
        }
        assertThat(indexedShas(data)).isEqualTo(storedShas(data));
    }

    static void waitForOriginals(Path data, int count, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (storedShas(data).size() >= count) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import did not reach " + count + " originals in time (alive: " + process.isAlive() + ")");
    }

    /** Read by directory listings: the import may be renaming its temporary files while the test looks. */
    static Set<String> storedShas(Path data) throws Exception {
        Set<String> shas = new HashSet<>();
        Path root = data.resolve("originals");
        if (!Files.isDirectory(root)) {
            return shas;
        }
        try (DirectoryStream<Path> prefixes = Files.newDirectoryStream(root)) {
            for (Path prefix : prefixes) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(prefix, "*.json")) {
                    for (Path file : files) {
                        String name = file.getFileName().toString();
                        if (name.matches("[0-9a-f]{64}\\.json")) {
                            shas.add(name.substring(0, 64));
                        }
                    }
                } catch (java.nio.file.NotDirectoryException e) {
                    // a file beside the prefix folders holds no records
                }
            }
        }
        return shas;
    }

    /** Every original the last commit names, read from the terms of the source field. */
    static Set<String> indexedShas(Path data) throws Exception {
        Set<String> shas = new HashSet<>();
        try (var dir = org.apache.lucene.store.FSDirectory.open(data.resolve("index"));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            Terms terms = MultiTerms.getTerms(reader, Schema.SOURCE_SHA);
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    if (it.docFreq() > 0 && new IndexSearcher(reader).count(
                            new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Schema.SOURCE_SHA,
                                    term.utf8ToString()))) > 0) {
                        shas.add(term.utf8ToString());
                    }
                }
            }
        }
        return shas;
    }
}
