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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
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
        try (Archive archive = segmentsWithDeletions()) {
            IndexSearcher searcher = archive.index().searchers().acquire();
            try {
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(
                        searcher.getIndexReader(), MeetingDocuments.facetsConfig());
                FacetOrdinals ordinals = new FacetOrdinals(state, SegmentOrdinalsCache.inMemory());
                // All items, most items (counted as the rest subtracted from the totals), and fewer.
                // Also most items but each segment's last document, so a dense hit set ends before its segment does.
                for (Query query : List.of(items(), allItemsBut("godkendt"), allButLastOfEachSegment(searcher),
                        items("tvang"), items("dagsorden"))) {
                    Facets ours = new HitFacetCounts(ordinals, HitBits.of(searcher, query));
                    Facets lucene = new SortedSetDocValuesFacetCounts(state, searcher.search(query, new FacetsCollectorManager()));
                    assertSameCounts(ours, lucene, query.toString());
                }
            } finally {
                archive.index().searchers().release(searcher);
            }
        }
    }

    @Test
    void sidewaysCountsEqualLucenesDrillSideways() throws Exception {
        try (Archive archive = segmentsWithDeletions()) {
            IndexSearcher searcher = archive.index().searchers().acquire();
            try {
                FacetsConfig config = MeetingDocuments.facetsConfig();
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), config);
                FacetOrdinals ordinals = new FacetOrdinals(state, SegmentOrdinalsCache.inMemory());
                Facets all = new HitFacetCounts(ordinals, HitBits.of(searcher, items()));
                String region = all.getTopChildren(1, Schema.REGION).labelValues[0].label;
                String outcome = all.getTopChildren(1, Schema.OUTCOME).labelValues[0].label;
                String[] years = Stream.of(all.getTopChildren(2, Schema.YEAR).labelValues).map(lv -> lv.label)
                        .toArray(String[]::new);
                // One filtered dimension; two; and one with two values ORed.
                for (Map<String, List<String>> filters : List.of(Map.of(Schema.REGION, List.of(region)),
                        Map.of(Schema.REGION, List.of(region), Schema.OUTCOME, List.of(outcome)),
                        Map.of(Schema.YEAR, List.of(years), Schema.OUTCOME, List.of(outcome)))) {
                    for (Query base : List.of(items(), items("tvang"))) {
                        DrillDownQuery drillDown = new DrillDownQuery(config, base);
                        LinkedHashMap<String, Query> dimQueries = new LinkedHashMap<>();
                        for (String dim : Schema.FACET_DIMENSIONS) {
                            if (filters.containsKey(dim)) {
                                DrillDownQuery one = new DrillDownQuery(config);
                                filters.get(dim).forEach(value -> {
                                    drillDown.add(dim, value);
                                    one.add(dim, value);
                                });
                                dimQueries.put(dim, one.getDrillDownQueries()[0]);
                            }
                        }
                        SidewaysCounts ours = SidewaysCounts.count(searcher, base, dimQueries, ordinals);
                        DrillSideways.DrillSidewaysResult lucene = new DrillSideways(searcher, config, state)
                                .search(drillDown, 10);
                        String what = filters + " within " + base;
                        assertThat(ours.total()).as(what).isEqualTo(lucene.hits.totalHits.value());
                        assertSameCounts(ours.facets(), lucene.facets, what);
                    }
                }
            } finally {
                archive.index().searchers().release(searcher);
            }
        }
    }

    /** Sample meetings in several segments, one of them with a deleted meeting. */
    private Archive segmentsWithDeletions() throws java.io.IOException {
        Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData());
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
        } finally {
            archive.index().searchers().release(searcher);
        }
        return archive;
    }

    private static void assertSameCounts(Facets ours, Facets lucene, String what) throws java.io.IOException {
        for (String dim : Schema.FACET_DIMENSIONS) {
            assertThat(values(ours.getAllChildren(dim))).as(dim + " of " + what)
                    .isEqualTo(values(lucene.getAllChildren(dim)));
            FacetResult top = ours.getTopChildren(3, dim);
            FacetResult theirs = lucene.getTopChildren(3, dim);
            assertThat(values(top)).as("top 3 " + dim + " of " + what).isEqualTo(values(theirs));
            assertThat(top.childCount).as("values of " + dim + " with hits in " + what)
                    .isEqualTo(theirs == null ? 0 : theirs.childCount);
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
    static List<String> values(FacetResult result) {
        List<String> out = new ArrayList<>();
        if (result != null) {
            for (var lv : result.labelValues) {
                out.add(lv.label + "=" + lv.value.intValue());
            }
        }
        return out;
    }
}
