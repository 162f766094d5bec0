package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * A query's matches, unscored, as one bit set per segment (indexed by the segment's ordinal in the
 * reader): what counting and combining filters need, without Lucene's growing doc-id buffers.
 */
final class HitBits {

    private HitBits() {
    }

    /** Every segment's matches of {@code query}; a segment without any gets an empty set. */
    static FixedBitSet[] of(IndexSearcher searcher, Query query) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        Query rewritten = searcher.rewrite(query);
        // Outside the searcher's time limit, but bounded: a query has at most 512 terms, each one pass over its postings.
        if (PostingsBits.supports(rewritten)) {
            for (LeafReaderContext leaf : leaves) {
                bits[leaf.ord] = PostingsBits.of(leaf.reader(), rewritten);
            }
            return bits;
        }
        for (LeafReaderContext leaf : leaves) {
            bits[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
        }
        searcher.search(rewritten, new Manager(bits));
        return bits;
    }

    /**
     * Each segment is collected by one collector, so collectors write to distinct sets: true of the
     * archive's searchers, which have no executor and so never split a segment across slices.
     */
    private record Manager(FixedBitSet[] bits) implements CollectorManager<Collector, Void> {

        @Override
        public Collector newCollector() {
            return new Collector() {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) {
                    return new BitsCollector(bits[context.ord]);
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            };
        }

        @Override
        public Void reduce(Collection<Collector> collectors) {
            return null;
        }
    }

    private record BitsCollector(FixedBitSet bits) implements LeafCollector {

        @Override
        public void setScorer(Scorable scorer) {
            // Unscored.
        }

        @Override
        public void collect(int doc) {
            bits.set(doc);
        }

        @Override
        public void collect(DocIdStream stream) throws IOException {
            stream.forEach(bits::set);
        }

        @Override
        public void collectRange(int min, int max) {
            bits.set(min, max);
        }
    }
}
