package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranking a query among the hits already found gives the page, scores included, that ranking the
 * query within its exclusions and filters gives.
 */
class HitsFilterTest {

    @TempDir
    Path tmp;

    @Test
    void scoringAmongTheHitsRanksAsTheFilteredQueryOverSegmentsWithDeletions() throws IOException {
        Random random = new Random(11);
        try (Directory dir = FSDirectory.open(tmp);
             DirectoryReader reader = SegmentsWithDeletions.write(dir, random, 4_000, 900, 400, doc -> {
                 StringBuilder text = new StringBuilder();
                 for (int i = 5 + random.nextInt(30); i > 0; i--) {
                     text.append(" w").append((int) Math.pow(random.nextInt(25), 2) / 25);
                 }
                 doc.add(new StringField("region", "r" + random.nextInt(5), Field.Store.NO));
                 doc.add(new TextField("body", text.toString(), Field.Store.NO));
             })) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int compared = 0;
            for (int i = 0; i < 200; i++) {
                Query words = words(random);
                Query filtered = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("body", "w" + random.nextInt(25))), BooleanClause.Occur.MUST_NOT)
                        .add(new TermQuery(new Term("region", "r" + random.nextInt(5))), BooleanClause.Occur.FILTER)
                        .build();
                FixedBitSet[] hits = HitBits.of(searcher, filtered);
                Query among = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                        .add(new HitsFilter(hits), BooleanClause.Occur.FILTER).build();
                TopDocs expected = searcher.search(filtered, 20);
                TopDocs actual = searcher.search(among, 20);
                assertThat(actual.totalHits.value()).isEqualTo(searcher.count(filtered));
                assertThat(page(actual)).as(filtered.toString()).isEqualTo(page(expected));
                compared += expected.scoreDocs.length;
            }
            assertThat(compared).isGreaterThan(1_000);
        }
    }

    /** One or two words, or a phrase of two. */
    private static Query words(Random random) {
        String a = "w" + random.nextInt(25);
        String b = "w" + random.nextInt(25);
        return switch (random.nextInt(3)) {
            case 0 -> new TermQuery(new Term("body", a));
            case 1 -> new BooleanQuery.Builder().add(new TermQuery(new Term("body", a)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term("body", b)), BooleanClause.Occur.SHOULD).build();
            default -> new PhraseQuery("body", a, b);
        };
    }

    private static String page(TopDocs top) {
        return Arrays.toString(Arrays.stream(top.scoreDocs).map(HitsFilterTest::hit).toArray());
    }

    private static String hit(ScoreDoc d) {
        return d.doc + ":" + d.score;
    }
}
