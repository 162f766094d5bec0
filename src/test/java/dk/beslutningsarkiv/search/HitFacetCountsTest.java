package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.index.MeetingDocuments;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.testsupport.MeetingFiles;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HitFacetCountsTest {

    @TempDir
    Path tmp;

    @Test
    void countsEqualLucenesOwnForBroadAndNarrowSearchesOverSeveralSegmentsWithDeletions() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(MeetingFiles.write(tmp.resolve("a"), 40, 0)), ImportListener.NONE);
            archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);
            // The same meeting again under another file: its old documents become deletions.
            Path changed = Files.createDirectories(tmp.resolve("b"));
            Files.writeString(changed.resolve("igen.txt"), Files.readString(MeetingFiles.write(tmp.resolve("c"), 1, 0)
                    .resolve("referat-00000.txt")) + "3. Eventuelt\nIntet.\n");
            archive.importer().importPaths(List.of(changed), ImportListener.NONE);

            IndexSearcher searcher = archive.index().searchers().acquire();
            try {
                assertThat(searcher.getIndexReader().leaves()).hasSizeGreaterThan(1);
                assertThat(searcher.getIndexReader().numDeletedDocs()).isPositive();
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(
                        searcher.getIndexReader(), MeetingDocuments.facetsConfig());
                FacetOrdinals ordinals = new FacetOrdinals(state, SegmentOrdinalsCache.inMemory());
                // All items, most items (counted as the rest subtracted from the totals), and fewer.
                // Also most items but each segment's last document, so a dense hit set ends before its segment does.
                for (Query query : List.of(items(), allItemsBut("godkendt"), allButLastOfEachSegment(searcher),
                        items("tvang"), items("dagsorden"))) {
                    FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
                    Facets ours = new HitFacetCounts(state, ordinals, hits);
                    Facets lucene = new SortedSetDocValuesFacetCounts(state, hits);
                    for (String dim : Schema.FACET_DIMENSIONS) {
                        assertThat(values(ours.getAllChildren(dim))).as(dim + " of " + query)
                                .isEqualTo(values(lucene.getAllChildren(dim)));
                        assertThat(values(ours.getTopChildren(3, dim))).as("top 3 " + dim + " of " + query)
                                .isEqualTo(values(lucene.getTopChildren(3, dim)));
                    }
                }
            } finally {
                archive.index().searchers().release(searcher);
            }
        }
    }

    private static Query items(String... words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_ITEM)), BooleanClause.Occur.FILTER);
        for (String word : words) {
            query.add(new TermQuery(new Term(Schema.WORDS, word)), BooleanClause.Occur.MUST);
        }
        return query.build();
    }

    private static Query allItemsBut(String word) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_ITEM)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.WORDS, word)), BooleanClause.Occur.MUST_NOT)
                .build();
    }

    private static Query allButLastOfEachSegment(IndexSearcher searcher) throws java.io.IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_ITEM)), BooleanClause.Occur.FILTER);
        for (var leaf : searcher.getIndexReader().leaves()) {
            // The last document of the segment that is not already outside the hits (not an item, say).
            String id = leaf.reader().storedFields().document(leaf.reader().maxDoc() - 1).get(Schema.ID);
            if (id != null) {
                query.add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.MUST_NOT);
            }
        }
        return query.build();
    }

    /** "value=count" in the result's order; empty when the hits carry none of the dimension. */
    private static List<String> values(FacetResult result) {
        List<String> out = new ArrayList<>();
        if (result != null) {
            for (var lv : result.labelValues) {
                out.add(lv.label + "=" + lv.value.intValue());
            }
        }
        return out;
    }
}
