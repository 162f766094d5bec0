package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * A search's hit count and facet counts as drill sideways defines them: the main counts over the
 * hits within every filter, and each filtered dimension's counts over the hits within the other
 * filters only, so a dimension shows what choosing another of its values would give. The query and
 * each filter run once, unscored, into bit sets that are then ANDed: cheaper than Lucene's drill
 * sideways, which scores the query and collects each dimension's near misses doc by doc.
 */
final class SidewaysCounts {

    private final FixedBitSet[] hits;
    private final long total;
    private final Facets facets;

    private SidewaysCounts(FixedBitSet[] hits, long total, Facets facets) {
        this.hits = hits;
        this.total = total;
        this.facets = facets;
    }

    /**
     * Counts {@code base} within {@code filters}: each a dimension's query (its values ORed), in
     * the order the caller wants them ANDed.
     */
    static SidewaysCounts count(IndexSearcher searcher, Query base, LinkedHashMap<String, Query> filters,
                                FacetOrdinals ordinals) throws IOException {
        FixedBitSet[] matches = HitBits.of(searcher, base);
        List<String> dims = List.copyOf(filters.keySet());
        FixedBitSet[][] within = new FixedBitSet[dims.size()][];
        for (int i = 0; i < dims.size(); i++) {
            within[i] = HitBits.of(searcher, filters.get(dims.get(i)));
        }
        FixedBitSet[] hits = and(matches, within, -1);
        HitFacetCounts main = new HitFacetCounts(ordinals, hits);
        if (dims.isEmpty()) {
            return new SidewaysCounts(hits, main.hitCount(), main);
        }
        Map<String, Facets> sideways = new HashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            sideways.put(dims.get(i), new HitFacetCounts(ordinals, and(matches, within, i), dims.get(i)));
        }
        return new SidewaysCounts(hits, main.hitCount(), new MultiFacets(sideways, main));
    }

    /** Per segment: {@code matches} ANDed with every filter but the one at {@code skip} (-1: none skipped). */
    private static FixedBitSet[] and(FixedBitSet[] matches, FixedBitSet[][] filters, int skip) {
        if (filters.length == 0 || (filters.length == 1 && skip == 0)) {
            return matches; // nothing to AND: the sets are only read from here on
        }
        FixedBitSet[] out = new FixedBitSet[matches.length];
        for (int segment = 0; segment < matches.length; segment++) {
            out[segment] = matches[segment].clone();
            for (int i = 0; i < filters.length; i++) {
                if (i != skip) {
                    out[segment].and(filters[i][segment]);
                }
            }
        }
        return out;
    }

    /** Per segment the documents within every filter: the search's hits. */
    FixedBitSet[] hits() {
        return hits;
    }

    long total() {
        return total;
    }

    Facets facets() {
        return facets;
    }
}
