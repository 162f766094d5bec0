package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our facet counts against Lucene's own on random documents: groups of neighbours sharing some
 * values (as a meeting's items do) and having their own, over several segments with deletions,
 * for sparse, middling and dense hit sets; every way of counting: hit by hit, the misses taken
 * from the totals, run by run, and the per-value bit sets (the other dimension counted one of the
 * other ways).
 */
class RandomFacetCountsTest {

    private static final String FEW = "few";
    private static final String MANY = "many";

    @TempDir
    Path tmp;

    /**
     * {@code alike}: two groups in three have items with exactly their group's values, as a
     * meeting's items mostly have, so broad searches are counted run by run.
     */
    @ParameterizedTest(name = "items alike within most groups: {0}")
    @ValueSource(booleans = {false, true})
    void countsEqualLucenesOnRandomGroupedDocumentsWithDeletions(boolean alike) throws Exception {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FEW, true);
        config.setMultiValued(MANY, true);
        Random random = new Random(5);
        try (Directory dir = FSDirectory.open(tmp.resolve("index"));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            int id = 0;
            for (int group = 0; group < 600; group++) {
                List<String[]> shared = values(random, random.nextInt(8));
                int size = 1 + random.nextInt(7);
                for (int i = 0; i < size; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", Integer.toString(id++), Field.Store.NO));
                    doc.add(new StringField("g", Integer.toString(random.nextInt(10)), Field.Store.NO));
                    List<String[]> own = new ArrayList<>(shared);
                    if (!alike || group % 3 == 0) {
                        // Some items drop shared values and carry many of their own, so runs are cut.
                        own.removeIf(v -> random.nextInt(6) == 0);
                        own.addAll(values(random, random.nextInt(random.nextInt(4) == 0 ? 12 : 3)));
                    }
                    own.forEach(v -> doc.add(new SortedSetDocValuesFacetField(v[0], v[1])));
                    writer.addDocument(own.isEmpty() ? doc : config.build(doc));
                }
                if (group % 150 == 149) {
                    writer.commit(); // several segments
                }
            }
            // A segment without any facet value.
            for (int i = 0; i < 30; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(id++), Field.Store.NO));
                doc.add(new StringField("g", Integer.toString(random.nextInt(10)), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            for (int i = 0; i < 200; i++) {
                writer.deleteDocuments(new Term("id", Integer.toString(random.nextInt(id))));
            }
            writer.commit();
            // One cache for both readers, as the service keeps it: the second reader shares the
            // first one's segments with more of their documents deleted.
            SegmentOrdinalsCache cache = SegmentOrdinalsCache.inMemory();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                assertThat(reader.numDeletedDocs()).isPositive();
                assertCountsLikeLucenes(reader, config, cache);
                for (int i = 0; i < 300; i++) {
                    writer.deleteDocuments(new Term("id", Integer.toString(random.nextInt(id))));
                }
                writer.commit();
                try (DirectoryReader later = DirectoryReader.openIfChanged(reader)) {
                    assertThat(later.numDeletedDocs()).isGreaterThan(reader.numDeletedDocs());
                    assertCountsLikeLucenes(later, config, cache);
                }
            }
            // One segment, as every bulk import leaves the index: its ordinals are the reader's.
            writer.forceMerge(1);
            for (int i = 0; i < 100; i++) {
                writer.deleteDocuments(new Term("id", Integer.toString(random.nextInt(id))));
            }
            writer.commit();
            try (DirectoryReader merged = DirectoryReader.open(dir)) {
                assertThat(merged.leaves()).hasSize(1);
                assertThat(merged.numDeletedDocs()).isPositive();
                assertCountsLikeLucenes(merged, config, cache);
            }
        }
    }

    private static void assertCountsLikeLucenes(DirectoryReader reader, FacetsConfig config, SegmentOrdinalsCache cache)
            throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
        FacetOrdinals ordinals = new FacetOrdinals(state, cache);
        // A handful of documents is counted hit by hit; more by the few values' bit sets and the rest hit by hit.
        for (Query query : List.of(ids("7", "450", "1200", "2100", "3500"), group("3"), group("1", "2", "3"),
                group("0", "1", "2", "3", "4", "5", "6", "7"), new MatchAllDocsQuery())) {
            Facets lucene = new SortedSetDocValuesFacetCounts(state, searcher.search(query, new FacetsCollectorManager()));
            var hits = HitBits.of(searcher, query);
            Facets all = new HitFacetCounts(ordinals, hits);
            for (String dim : List.of(FEW, MANY)) {
                List<String> expected = HitFacetCountsTest.values(lucene.getAllChildren(dim));
                assertThat(HitFacetCountsTest.values(all.getAllChildren(dim))).as(dim + " of " + query)
                        .isEqualTo(expected);
                Facets alone = new HitFacetCounts(ordinals, hits, dim);
                assertThat(HitFacetCountsTest.values(alone.getAllChildren(dim))).as(dim + " alone of " + query)
                        .isEqualTo(expected);
                // The most frequent values, ties by value order, with a cut through ties; 1000 is more than all.
                for (int top : new int[] {1, 5, 50, 1000}) {
                    FacetResult ours = all.getTopChildren(top, dim);
                    FacetResult theirs = lucene.getTopChildren(top, dim);
                    assertThat(HitFacetCountsTest.values(ours)).as("top " + top + " " + dim + " of " + query)
                            .isEqualTo(HitFacetCountsTest.values(theirs));
                    assertThat(ours.childCount).as("values with hits, " + dim + " of " + query)
                            .isEqualTo(theirs == null ? 0 : theirs.childCount);
                }
                assertThat(HitFacetCountsTest.values(all.getTopChildren(Integer.MAX_VALUE, dim)))
                        .isEqualTo(HitFacetCountsTest.values(all.getTopChildren(1000, dim)));
            }
        }
    }

    /** {@code n} random (dimension, value) pairs: 6 values of one dimension, 300 of the other. */
    private static List<String[]> values(Random random, int n) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean few = random.nextInt(3) == 0;
            out.add(new String[] {few ? FEW : MANY, few ? "f" + random.nextInt(6) : "m" + random.nextInt(300)});
        }
        return out;
    }

    private static Query group(String... groups) {
        return anyOf("g", groups);
    }

    private static Query ids(String... ids) {
        return anyOf("id", ids);
    }

    private static Query anyOf(String field, String... values) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String value : values) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }
}
