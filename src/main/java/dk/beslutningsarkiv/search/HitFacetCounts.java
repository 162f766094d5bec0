package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.LongValues;

/**
 * Exact counts of the flat sorted-set facet dimensions over a search's hits. Where the hits are
 * most of a segment's items, the segment's totals minus the items not hit are counted instead of
 * the hits: a broad search over a million items (every item carries a dozen people) then reads
 * the values of the few it misses, not of the many it matches.
 */
final class HitFacetCounts extends Facets {

    private final SortedSetDocValuesReaderState state;
    private final int[] counts;

    HitFacetCounts(SortedSetDocValuesReaderState state, FacetTotals totals, FacetsCollector hits) throws IOException {
        this.state = state;
        this.counts = new int[state.getSize()];
        OrdinalMap ordinals = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
                ? multi.mapping : null;
        for (FacetsCollector.MatchingDocs matching : hits.getMatchingDocs()) {
            if (matching.totalHits() > 0) {
                LeafReaderContext leaf = matching.context();
                LongValues toGlobal = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(leaf.ord);
                count(matching, totals, leaf, toGlobal);
            }
        }
    }

    private void count(FacetsCollector.MatchingDocs matching, FacetTotals totals, LeafReaderContext leaf,
                       LongValues toGlobal) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
        DocIdSetIterator hit = matching.bits().iterator();
        // The items with values bound the segment's items from above (deleted ones included), and
        // the totals are only built for the first search that needs them.
        if (2L * matching.totalHits() <= values.cost()) {
            for (int doc = hit.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hit.nextDoc()) {
                if (values.advanceExact(doc)) {
                    FacetTotals.add(values, toGlobal, counts, 1);
                }
            }
            return;
        }
        int[] all = totals.counts(leaf, toGlobal);
        for (int ord = 0; ord < all.length; ord++) {
            counts[ord] += all[ord];
        }
        Bits live = leaf.reader().getLiveDocs();
        int nextHit = hit.nextDoc();
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            if (nextHit < doc) {
                nextHit = hit.advance(doc);
            }
            if (nextHit != doc && (live == null || live.get(doc))) {
                FacetTotals.add(values, toGlobal, counts, -1);
            }
        }
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) throws IOException {
        return result(dim, children(dim), Integer.MAX_VALUE);
    }

    /** The {@code topN} values with the highest counts, ties in value order. */
    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
        validateTopN(topN);
        List<int[]> children = children(dim);
        children.sort(Comparator.<int[]>comparingInt(c -> -c[1]).thenComparingInt(c -> c[0]));
        return result(dim, children, topN);
    }

    @Override
    public Number getSpecificValue(String dim, String... path) throws IOException {
        throw new UnsupportedOperationException("the archive asks for whole dimensions only");
    }

    @Override
    public List<FacetResult> getAllDims(int topN) throws IOException {
        List<FacetResult> all = new ArrayList<>();
        for (String dim : state.getDims()) {
            all.add(getTopChildren(topN, dim));
        }
        return all;
    }

    /** (ordinal, count) of every value of the dimension the hits carry, in value order. */
    private List<int[]> children(String dim) {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) {
            throw new IllegalArgumentException("dimension \"" + dim + "\" has no values");
        }
        List<int[]> children = new ArrayList<>();
        for (int ord = range.start(); ord <= range.end(); ord++) {
            if (counts[ord] > 0) {
                children.add(new int[] {ord, counts[ord]});
            }
        }
        return children;
    }

    private FacetResult result(String dim, List<int[]> children, int limit) throws IOException {
        SortedSetDocValues labels = state.getDocValues();
        int n = Math.min(limit, children.size());
        LabelAndValue[] values = new LabelAndValue[n];
        for (int i = 0; i < n; i++) {
            String[] dimAndValue = FacetsConfig.stringToPath(labels.lookupOrd(children.get(i)[0]).utf8ToString());
            values[i] = new LabelAndValue(dimAndValue[1], children.get(i)[1]);
        }
        return new FacetResult(dim, new String[0], -1, values, children.size());
    }
}
