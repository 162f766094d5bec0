package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Random;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matches read straight from the postings equal Lucene's own on random boolean queries of terms. */
class PostingsBitsTest {

    @TempDir
    Path tmp;

    @Test
    void matchesEqualLucenesOnRandomBooleanQueriesOverSegmentsWithDeletions() throws IOException {
        Random random = new Random(7);
        try (Directory dir = FSDirectory.open(tmp);
             DirectoryReader reader = SegmentsWithDeletions.write(dir, random, 3_000, 700, 300, doc -> {
                 for (String field : new String[] {"a", "b"}) {
                     // Zipf-like: low words are in most documents, high ones in few.
                     for (int i = random.nextInt(6); i > 0; i--) {
                         doc.add(new StringField(field, "w" + (int) Math.pow(random.nextInt(20), 2) / 20, Field.Store.NO));
                     }
                 }
             })) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (int i = 0; i < 500; i++) {
                Query query = randomQuery(random, 3);
                Query rewritten = searcher.rewrite(query);
                assertThat(PostingsBits.supports(rewritten)).as(rewritten + " " + rewritten.getClass()).isTrue();
                assertThat(matches(HitBits.of(searcher, query), reader)).as(query.toString())
                        .isEqualTo(lucenes(searcher, query));
            }
        }
    }

    private static Query randomQuery(Random random, int depth) {
        int kind = random.nextInt(depth == 0 ? 2 : 6);
        return switch (kind) {
            case 0 -> new TermQuery(new Term(random.nextBoolean() ? "a" : "b", "w" + random.nextInt(20)));
            case 1 -> random.nextInt(10) == 0 ? new MatchAllDocsQuery()
                    : new BoostQuery(new TermQuery(new Term("a", "w" + random.nextInt(20))), 2f);
            case 2 -> new ConstantScoreQuery(randomQuery(random, depth - 1));
            default -> {
                BooleanQuery.Builder bool = new BooleanQuery.Builder();
                BooleanClause.Occur[] occurs = BooleanClause.Occur.values();
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    bool.add(randomQuery(random, depth - 1), occurs[random.nextInt(occurs.length)]);
                }
                yield bool.build();
            }
        };
    }

    private static BitSet matches(FixedBitSet[] perSegment, DirectoryReader reader) {
        BitSet all = new BitSet();
        for (LeafReaderContext leaf : reader.leaves()) {
            FixedBitSet bits = perSegment[leaf.ord];
            for (int doc = bits.nextSetBit(0); doc != -1 && doc < bits.length();
                 doc = doc + 1 < bits.length() ? bits.nextSetBit(doc + 1) : -1) {
                all.set(leaf.docBase + doc);
            }
        }
        return all;
    }

    private static BitSet lucenes(IndexSearcher searcher, Query query) throws IOException {
        BitSet all = new BitSet();
        searcher.search(query, new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                all.set(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return all;
    }
}
