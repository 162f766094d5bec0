package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * A reader's facet values for counting: each segment's {@link SegmentOrdinals}, the map from its
 * ordinals to the reader's global ones, and, built when first needed, every value's count over
 * the segment's live documents. Counting a search's hits then adds up array entries instead of
 * decoding doc values hit by hit, which at a million items was half of a broad search's time.
 */
final class FacetOrdinals {

    private final int size;
    private final SegmentOrdinals[] segments;
    /** Per segment: the global ordinal of each of its ordinals. */
    private final int[][] globalOf;
    private final Bits[] live;
    private final int[][] totals;

    FacetOrdinals(SortedSetDocValuesReaderState state, SegmentOrdinalsCache cache) throws IOException {
        this.size = state.getSize();
        OrdinalMap map = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        List<LeafReaderContext> leaves = state.getReader().leaves();
        segments = new SegmentOrdinals[leaves.size()];
        globalOf = new int[leaves.size()][];
        live = new Bits[leaves.size()];
        totals = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            segments[leaf.ord] = cache.get(leaf, state.getField());
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
            globalOf[leaf.ord] = globalOrdinals(values.getValueCount(),
                    map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord));
            live[leaf.ord] = leaf.reader().getLiveDocs();
        }
    }

    private static int[] globalOrdinals(long valueCount, LongValues toGlobal) {
        int[] global = new int[Math.toIntExact(valueCount)];
        for (int ord = 0; ord < global.length; ord++) {
            global[ord] = (int) toGlobal.get(ord);
        }
        return global;
    }

    /** The number of facet values in the whole index: the length of a counts array. */
    int size() {
        return size;
    }

    /** Adds {@code delta} to the count of each value of the segment's document. */
    private void add(int segment, int doc, int[] counts, int delta) {
        SegmentOrdinals values = segments[segment];
        int[] ords = values.ordinals;
        int[] global = globalOf[segment];
        int end = values.starts[doc + 1];
        for (int i = values.starts[doc]; i < end; i++) {
            counts[global[ords[i]]] += delta;
        }
    }

    /** Counts every hit of the segment: {@code hits} iterates its matching documents in order. */
    void count(int segment, DocIdSetIterator hits, int[] counts) throws IOException {
        for (int doc = hits.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hits.nextDoc()) {
            add(segment, doc, counts, 1);
        }
    }

    /**
     * Counts the hits as the segment's totals less its live documents not hit: cheaper when the
     * hits are most of the segment.
     */
    void countByComplement(int segment, DocIdSet hits, int[] counts) throws IOException {
        int[] total = totals(segment);
        for (int ord = 0; ord < total.length; ord++) {
            counts[ord] += total[ord];
        }
        Bits liveDocs = live[segment];
        int maxDoc = segments[segment].maxDoc();
        // Straight to the documents missed: the clear bits, a word at a time.
        long[] words = bitsOf(hits, maxDoc).getBits();
        for (int word = 0; word < words.length && word << 6 < maxDoc; word++) {
            for (long missed = ~words[word]; missed != 0; missed &= missed - 1) {
                int doc = (word << 6) + Long.numberOfTrailingZeros(missed);
                if (doc >= maxDoc) {
                    break;
                }
                if (liveDocs == null || liveDocs.get(doc)) {
                    add(segment, doc, counts, -1);
                }
            }
        }
    }

    /** The hits as a bit set: the one they are (Lucene collects most of a segment into one), or a copy. */
    private static FixedBitSet bitsOf(DocIdSet hits, int maxDoc) throws IOException {
        if (hits instanceof BitDocIdSet set && set.bits() instanceof FixedBitSet bits) {
            return bits;
        }
        FixedBitSet bits = new FixedBitSet(maxDoc);
        bits.or(hits.iterator());
        return bits;
    }

    /** Every value's count over the segment's live documents, in global ordinals. */
    private synchronized int[] totals(int segment) {
        if (totals[segment] == null) {
            int[] total = new int[size];
            Bits liveDocs = live[segment];
            if (liveDocs == null) {
                // Every document counts: one pass over all the ordinals, document bounds aside.
                int[] global = globalOf[segment];
                for (int ord : segments[segment].ordinals) {
                    total[global[ord]]++;
                }
            } else {
                for (int doc = 0; doc < segments[segment].maxDoc(); doc++) {
                    if (liveDocs.get(doc)) {
                        add(segment, doc, total, 1);
                    }
                }
            }
            totals[segment] = total;
        }
        return totals[segment];
    }
}
