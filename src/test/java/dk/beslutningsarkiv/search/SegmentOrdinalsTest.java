package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.testsupport.MeetingFiles;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A segment's facet values split into runs of documents: shared values once per run, the rest per document. */
class SegmentOrdinalsTest {

    private static final String FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    private static final FacetsConfig CONFIG = new FacetsConfig();

    static {
        CONFIG.setMultiValued("a", true);
        CONFIG.setMultiValued("b", true);
    }

    @TempDir
    Path tmp;

    @Test
    void eachDocumentsValuesAreItsRunsSharedOnesPlusItsOwnAndAMeetingsItemsShareARun() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(TestFiles.fixtures(), MeetingFiles.write(tmp.resolve("a"), 20, 0)),
                    ImportListener.NONE);
            IndexSearcher searcher = archive.index().searchers().acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    SegmentOrdinals ordinals = SegmentOrdinals.read(leaf.reader(), FIELD);
                    assertRebuildsDocValues(ordinals, leaf.reader());
                    // Runs hold the values items share: far fewer runs than items with values, and much shared.
                    int valued = documentsWithValues(leaf.reader());
                    assertThat(runsWithValues(ordinals)).isLessThan(valued * 2 / 3);
                    assertThat(ordinals.shared.length).isGreaterThan(ordinals.own.length);

                    Path file = tmp.resolve("segment-" + leaf.ord + ".ords");
                    ordinals.write(file, new int[0]);
                    long valueCount = DocValues.getSortedSet(leaf.reader(), FIELD).getValueCount();
                    SegmentOrdinals loaded = SegmentOrdinals.load(file, leaf.reader().maxDoc(), valueCount);
                    assertThat(loaded).isNotNull();
                    assertRebuildsDocValues(loaded, leaf.reader());
                    assertThat(SegmentOrdinals.load(file, leaf.reader().maxDoc() + 1, valueCount))
                            .as("another segment's size").isNull();
                    assertThat(SegmentOrdinals.load(file, leaf.reader().maxDoc(), 1)).as("fewer values").isNull();
                }
            } finally {
                archive.index().searchers().release(searcher);
            }
        }
    }

    @Test
    void documentsWithRandomValuesSplitIntoRunsThatKeepEveryValue() throws Exception {
        // Neighbours share many values, some, or none: runs start, grow, shrink their shared part and end.
        try (Directory dir = randomValues(tmp.resolve("random"), 3, 2_000, 0, 9, 4, 40);
             DirectoryReader reader = DirectoryReader.open(dir)) {
            LeafReader leaf = reader.leaves().get(0).reader();
            SegmentOrdinals ordinals = SegmentOrdinals.read(leaf, FIELD);
            assertRebuildsDocValues(ordinals, leaf);
            Path file = tmp.resolve("random.ords");
            ordinals.write(file, new int[0]);
            assertRebuildsDocValues(SegmentOrdinals.load(file, leaf.maxDoc(),
                    DocValues.getSortedSet(leaf, FIELD).getValueCount()), leaf);
        }
    }

    @Test
    void aFileKeepsTheValuesWithoutRangesAndTheRangesBitSetsSoALoadBuildsNeither() throws Exception {
        try (Directory dir = randomValues(tmp.resolve("split"), 5, 1_500, 1, 6, 5, 60);
             DirectoryReader reader = DirectoryReader.open(dir)) {
            LeafReader leaf = reader.leaves().get(0).reader();
            var a = new DefaultSortedSetDocValuesReaderState(reader, CONFIG).getOrdRange("a");
            int[] dropped = {a.start(), a.end()};
            SegmentOrdinals ordinals = SegmentOrdinals.read(leaf, FIELD);
            assertThat(ordinals.prepare(dropped)).as("built").isTrue();
            assertThat(ordinals.prepare(dropped)).as("kept").isFalse();
            Path file = tmp.resolve("split.ords");
            ordinals.write(file, dropped);

            long valueCount = DocValues.getSortedSet(leaf, FIELD).getValueCount();
            SegmentOrdinals loaded = SegmentOrdinals.load(file, leaf.maxDoc(), valueCount);
            assertThat(loaded.prepare(dropped)).as("read, not built").isFalse();
            assertSameValues(loaded.without(dropped), ordinals.without(dropped));
            assertThat(loaded.valueBits(a.start(), a.end())).hasSize(5)
                    .isEqualTo(ordinals.valueBits(a.start(), a.end()));
            assertRebuildsDocValues(loaded, leaf);
            assertThat(loaded.prepare(new int[] {a.start(), a.start()})).as("other ranges are built").isTrue();

            byte[] whole = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(whole, whole.length - 8));
            assertThat(SegmentOrdinals.load(file, leaf.maxDoc(), valueCount)).as("a bit set cut short").isNull();
        }
    }

    /**
     * A one-segment index of {@code docs} documents with {@code min} to {@code max} random values
     * each (one without values has no facet field) in two multi-valued dimensions of
     * {@code aValues} and {@code bValues} values.
     */
    private static Directory randomValues(Path folder, long seed, int docs, int min, int max, int aValues,
                                          int bValues) throws IOException {
        Random random = new Random(seed);
        Directory dir = FSDirectory.open(folder);
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < docs; i++) {
                Document doc = new Document();
                int values = min + random.nextInt(max - min + 1);
                for (int v = 0; v < values; v++) {
                    String dim = random.nextBoolean() ? "a" : "b";
                    int value = random.nextInt(dim.equals("a") ? aValues : bValues);
                    doc.add(new SortedSetDocValuesFacetField(dim, dim + value));
                }
                writer.addDocument(values == 0 ? doc : CONFIG.build(doc));
            }
            writer.forceMerge(1);
            writer.commit();
        }
        return dir;
    }

    private static void assertSameValues(SegmentOrdinals actual, SegmentOrdinals expected) {
        assertThat(actual.runStarts).isEqualTo(expected.runStarts);
        assertThat(actual.sharedStarts).isEqualTo(expected.sharedStarts);
        assertThat(actual.shared).isEqualTo(expected.shared);
        assertThat(actual.ownStarts).isEqualTo(expected.ownStarts);
        assertThat(actual.own).isEqualTo(expected.own);
        assertThat(actual.runOf).isEqualTo(expected.runOf);
    }

    private static void assertRebuildsDocValues(SegmentOrdinals ordinals, LeafReader reader) throws Exception {
        SortedSetDocValues values = DocValues.getSortedSet(reader, FIELD);
        assertThat(ordinals.maxDoc()).isEqualTo(reader.maxDoc());
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            List<Integer> expected = new ArrayList<>();
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    expected.add((int) values.nextOrd());
                }
            }
            int run = ordinals.runOf[doc];
            assertThat(ordinals.runStarts[run]).isLessThanOrEqualTo(doc);
            assertThat(ordinals.runStarts[run + 1]).isGreaterThan(doc);
            List<Integer> rebuilt = new ArrayList<>();
            for (int i = ordinals.sharedStarts[run]; i < ordinals.sharedStarts[run + 1]; i++) {
                rebuilt.add(ordinals.shared[i]);
            }
            for (int i = ordinals.ownStarts[doc]; i < ordinals.ownStarts[doc + 1]; i++) {
                rebuilt.add(ordinals.own[i]);
            }
            assertThat(rebuilt).as("document %d", doc).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static int runsWithValues(SegmentOrdinals ordinals) {
        int n = 0;
        for (int run = 0; run + 1 < ordinals.runStarts.length; run++) {
            boolean any = ordinals.sharedStarts[run + 1] > ordinals.sharedStarts[run]
                    || ordinals.ownStarts[ordinals.runStarts[run + 1]] > ordinals.ownStarts[ordinals.runStarts[run]];
            n += any ? 1 : 0;
        }
        return n;
    }

    private static int documentsWithValues(LeafReader reader) throws Exception {
        SortedSetDocValues values = DocValues.getSortedSet(reader, FIELD);
        int n = 0;
        while (values.nextDoc() != SortedSetDocValues.NO_MORE_DOCS) {
            n++;
        }
        return n;
    }
}
