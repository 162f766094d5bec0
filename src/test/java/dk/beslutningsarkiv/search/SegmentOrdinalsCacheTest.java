package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.testsupport.MeetingFiles;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facet values kept per segment in files beside the index, across restarts and merges. */
class SegmentOrdinalsCacheTest {

    @TempDir
    Path tmp;

    private Path data() {
        return tmp.resolve("data");
    }

    @Test
    void aRestartReadsEachSegmentsFileAndDecodesAnUnreadableOneAgain() throws Exception {
        SearchResponse before;
        try (Archive archive = Archive.open(data(), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(MeetingFiles.write(tmp.resolve("a"), 30, 0)), ImportListener.NONE);
            before = uncached(archive).search(SearchRequest.of(""));
        }
        List<Path> files = files();
        assertThat(files).hasSize(1);
        Path file = files.get(0);
        byte[] good = Files.readAllBytes(file);
        // A restart finds all it needs in the file (the first search wrote it ready for counting): no rewrite.
        Object written = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        try (Archive archive = Archive.open(data(), MinutesParser.withBundledData())) {
            assertThat(uncached(archive).search(SearchRequest.of(""))).isEqualTo(before);
        }
        assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey()).isNotNull().isEqualTo(written);

        // A file whose every value is the first one: what a restart counts shows the file was read.
        Files.write(file, withEveryOrdinalZero(good));
        try (Archive archive = Archive.open(data(), MinutesParser.withBundledData())) {
            assertThat(uncached(archive).search(SearchRequest.of("")).facets()).isNotEqualTo(before.facets());
        }

        // A truncated file is decoded again from the index, and written whole.
        Files.write(file, java.util.Arrays.copyOf(good, 10));
        try (Archive archive = Archive.open(data(), MinutesParser.withBundledData())) {
            assertThat(uncached(archive).search(SearchRequest.of(""))).isEqualTo(before);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(good);
    }

    @Test
    void filesOfSegmentsMergedAwayAreDeleted() throws Exception {
        try (Archive archive = Archive.open(data(), MinutesParser.withBundledData())) {
            ArchiveSearcher searcher = uncached(archive);
            archive.importer().importPaths(List.of(MeetingFiles.write(tmp.resolve("a"), 30, 0)), ImportListener.NONE);
            searcher.search(SearchRequest.of(""));
            List<Path> first = files();
            // A batch as large as the archive is merged into one new segment.
            archive.importer().importPaths(List.of(MeetingFiles.write(tmp.resolve("b"), 40, 100)), ImportListener.NONE);

            searcher.search(SearchRequest.of(""));

            assertThat(first).hasSize(1);
            assertThat(files()).hasSize(1).doesNotContainAnyElementsOf(first);
        }
    }

    private static ArchiveSearcher uncached(Archive archive) {
        return new ArchiveSearcher(archive.index(), ArchiveSearcher.DEFAULT_TIMEOUT, 0);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> files = Files.list(data().resolve(ArchiveSearcher.FACET_VALUES_FOLDER))) {
            return files.sorted().toList();
        }
    }

    /** The file with its header, runs and starts kept and every value (shared ones and own ones) set to 0. */
    private static byte[] withEveryOrdinalZero(byte[] file) {
        ByteBuffer bytes = ByteBuffer.wrap(file.clone()).order(ByteOrder.nativeOrder());
        int at = 12; // magic, version, number of arrays
        for (int array = 0; array < bytes.getInt(8); array++) {
            int length = bytes.getInt(at);
            at += 4;
            boolean values = array == 2 || array == 4; // runStarts, sharedStarts, shared, ownStarts, own
            for (int i = 0; i < length; i++, at += 4) {
                if (values) {
                    bytes.putInt(at, 0);
                }
            }
        }
        return bytes.array();
    }
}
