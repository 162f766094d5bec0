package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.FixedBitSet;

/**
 * Exact counts of the flat sorted-set facet dimensions over a search's hits, from the reader's
 * {@link FacetOrdinals}, given as one bit set per segment.
 */
final class HitFacetCounts extends Facets {

    private final SortedSetDocValuesReaderState state;
    private final int[] counts;
    private final long hitCount;
    /** The one dimension counted, or null for all. */
    private final String onlyDim;

    /** Counts the hits: per segment (by its ordinal in the reader) the live documents matched. */
    HitFacetCounts(SortedSetDocValuesReaderState state, FacetOrdinals ordinals, FixedBitSet[] hits) {
        this(state, ordinals, hits, null);
    }

    /** Counts the hits' values of {@code onlyDim} (null: of every dimension); only those may be asked for. */
    HitFacetCounts(SortedSetDocValuesReaderState state, FacetOrdinals ordinals, FixedBitSet[] hits, String onlyDim) {
        this.state = state;
        this.counts = new int[ordinals.size()];
        this.onlyDim = onlyDim;
        SortedSetDocValuesReaderState.OrdRange range = onlyDim == null ? null : state.getOrdRange(onlyDim);
        long hitCount = 0;
        for (int segment = 0; segment < hits.length; segment++) {
            int segmentHits = hits[segment].cardinality();
            if (segmentHits > 0) {
                if (range == null) {
                    ordinals.count(segment, hits[segment], segmentHits, counts);
                } else {
                    ordinals.countDimension(segment, hits[segment], segmentHits, range, counts);
                }
                hitCount += segmentHits;
            }
        }
        this.hitCount = hitCount;
    }

    /** How many documents were counted. */
    long hitCount() {
        return hitCount;
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
        if (onlyDim != null && !onlyDim.equals(dim)) {
            throw new IllegalStateException("only \"" + onlyDim + "\" was counted, not \"" + dim + "\"");
        }
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
