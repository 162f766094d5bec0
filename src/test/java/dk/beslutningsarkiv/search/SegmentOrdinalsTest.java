package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.testsupport.MeetingFiles;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A segment's facet values split into runs of documents: shared values once per run, the rest per document. */
class SegmentOrdinalsTest {

    private static final String FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

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
                    ordinals.write(file);
                    SegmentOrdinals loaded = SegmentOrdinals.load(file, leaf.reader().maxDoc());
                    assertThat(loaded).isNotNull();
                    assertRebuildsDocValues(loaded, leaf.reader());
                    assertThat(SegmentOrdinals.load(file, leaf.reader().maxDoc() + 1)).as("another segment's size").isNull();
                }
            } finally {
                archive.index().searchers().release(searcher);
            }
        }
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
