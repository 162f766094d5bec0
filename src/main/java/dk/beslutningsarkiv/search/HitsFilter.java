package dk.beslutningsarkiv.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of a search already found, as a filter: one bit set per segment (by its ordinal
 * in the reader), each iterated at the cost of its hits. The top hits are then scored among them
 * instead of matching the query's exclusions, phrases and conjunctions a second time.
 */
final class HitsFilter extends Query {

    private final FixedBitSet[] hits;
    private final int[] counts;

    /** {@code hits}: per segment the live documents found. */
    HitsFilter(FixedBitSet[] hits) {
        this.hits = hits;
        this.counts = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            counts[i] = hits[i].cardinality();
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                if (counts[context.ord] == 0) {
                    return null;
                }
                BitSetIterator docs = new BitSetIterator(hits[context.ord], counts[context.ord]);
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, docs));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // one search's hits: never asked for again
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "hits of this search";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
