package dk.beslutningsarkiv.search;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.LongValues;

/**
 * Every facet value's count over all live items of each segment, computed once per reader. A
 * search that matches most items is then counted by subtracting the items it does not match,
 * which are few (see {@link HitFacetCounts}).
 */
final class FacetTotals {

    private final SortedSetDocValuesReaderState state;
    private final int[][] counts;

    FacetTotals(SortedSetDocValuesReaderState state) {
        this.state = state;
        int segments = state.getReader().leaves().size();
        this.counts = new int[segments][];
    }

    /** Counts per global ordinal over the segment's live items carrying facet values. */
    synchronized int[] counts(LeafReaderContext leaf, LongValues toGlobal) throws IOException {
        if (counts[leaf.ord] == null) {
            int[] all = new int[state.getSize()];
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    add(values, toGlobal, all, 1);
                }
            }
            counts[leaf.ord] = all;
        }
        return counts[leaf.ord];
    }

    /** Adds {@code delta} to the count of every value of the document {@code values} is on. */
    static void add(SortedSetDocValues values, LongValues toGlobal, int[] counts, int delta) throws IOException {
        for (int i = values.docValueCount(); i > 0; i--) {
            counts[(int) toGlobal.get(values.nextOrd())] += delta;
        }
    }
}
