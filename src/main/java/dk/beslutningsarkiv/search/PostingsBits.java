package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.TermPostings;
import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches of a query made of terms and boolean clauses, read straight from the postings into
 * one bit set per segment: each term's postings a block at a time, clauses combined a word of
 * bits at a time. Through a collector every match came one by one out of Lucene's own window bit
 * sets (ten nanoseconds a hit: 2 ms for a word in most of a million items). Anything else (phrases,
 * prefixes, synonyms, a minimum of optional clauses) is left to the searcher.
 */
final class PostingsBits {

    private PostingsBits() {
    }

    /** True when {@link #of} can answer {@code query} (as rewritten by the searcher). */
    static boolean supports(Query query) {
        return switch (query) {
            case TermQuery t -> true;
            case MatchAllDocsQuery m -> true;
            case MatchNoDocsQuery m -> true;
            case BoostQuery b -> supports(b.getQuery());
            case ConstantScoreQuery c -> supports(c.getQuery());
            // Lucene writes "+(a b)" as "(a b)~1" when it flattens clauses; more than one is counting.
            case BooleanQuery b -> b.getMinimumNumberShouldMatch() <= 1
                    && b.clauses().stream().allMatch(c -> supports(c.query()));
            default -> false;
        };
    }

    /** The live documents of the segment that match a query {@link #supports} accepts. */
    static FixedBitSet of(LeafReader reader, Query query) throws IOException {
        FixedBitSet matches = matches(reader, query);
        Bits live = reader.getLiveDocs();
        if (live != null) {
            live.applyMask(matches, 0);
        }
        return matches;
    }

    private static FixedBitSet matches(LeafReader reader, Query query) throws IOException {
        return switch (query) {
            case TermQuery t -> postings(reader, t);
            case MatchAllDocsQuery m -> {
                FixedBitSet all = new FixedBitSet(reader.maxDoc());
                all.set(0, reader.maxDoc());
                yield all;
            }
            case MatchNoDocsQuery m -> new FixedBitSet(reader.maxDoc());
            case BoostQuery b -> matches(reader, b.getQuery());
            case ConstantScoreQuery c -> matches(reader, c.getQuery());
            case BooleanQuery b -> bool(reader, b);
            default -> throw new IllegalArgumentException("not a query of terms: " + query);
        };
    }

    private static FixedBitSet postings(LeafReader reader, TermQuery query) throws IOException {
        return addPostings(reader, query, new FixedBitSet(reader.maxDoc()));
    }

    /** Sets the bits of the term's documents in {@code bits}, which it returns. */
    private static FixedBitSet addPostings(LeafReader reader, TermQuery query, FixedBitSet bits) throws IOException {
        PostingsEnum docs = TermPostings.of(reader, query.getTerm());
        if (docs != null) {
            docs.nextDoc();
            docs.intoBitSet(reader.maxDoc(), bits, 0);
        }
        return bits;
    }

    /**
     * Lucene's rules: with required clauses (must, filter) their intersection, where optional ones
     * only score unless one of them must match; without, the union of the optional ones; never a
     * prohibited clause's match.
     */
    private static FixedBitSet bool(LeafReader reader, BooleanQuery query) throws IOException {
        FixedBitSet required = null;
        for (BooleanClause clause : query.clauses()) {
            if (clause.isRequired()) {
                FixedBitSet bits = matches(reader, clause.query());
                required = required == null ? bits : and(required, bits);
            }
        }
        boolean oneOptional = query.getMinimumNumberShouldMatch() == 1;
        FixedBitSet optional = null;
        if (required == null || oneOptional) {
            for (BooleanClause clause : query.clauses()) {
                if (clause.occur() != BooleanClause.Occur.SHOULD) {
                    continue;
                }
                // A word's fields are terms: their postings go into one set, not a set each then ORed.
                if (unboosted(clause.query()) instanceof TermQuery term && optional != null) {
                    addPostings(reader, term, optional);
                } else {
                    FixedBitSet bits = matches(reader, clause.query());
                    optional = optional == null ? bits : or(optional, bits);
                }
            }
        }
        FixedBitSet result;
        if (required == null) {
            result = optional != null ? optional : new FixedBitSet(reader.maxDoc());
        } else if (oneOptional) {
            result = optional != null ? and(required, optional) : new FixedBitSet(reader.maxDoc());
        } else {
            result = required;
        }
        for (BooleanClause clause : query.clauses()) {
            if (clause.isProhibited()) {
                result.andNot(matches(reader, clause.query()));
            }
        }
        return result;
    }

    private static Query unboosted(Query query) {
        return query instanceof BoostQuery boost ? unboosted(boost.getQuery()) : query;
    }

    private static FixedBitSet and(FixedBitSet a, FixedBitSet b) {
        a.and(b);
        return a;
    }

    private static FixedBitSet or(FixedBitSet a, FixedBitSet b) {
        a.or(b);
        return a;
    }
}
