package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * A reader's facet values for counting: each segment's {@link SegmentOrdinals} (which also keep
 * what counting builds once: every value's count over the live documents, the documents of each
 * value of a dimension with few values), the map from its ordinals to the reader's global ones
 * when the reader has several segments, and the labels of the values shown so far. Counting a
 * search's hits then adds up array entries instead of decoding doc values hit by hit, which at a
 * million items was half of a broad search's time.
 */
final class FacetOrdinals {

    /**
     * Dimensions with fewer values (regions, years, types, outcomes) may be counted by intersecting
     * each value's bit set with the hits: 32 values of a million documents cost about what a few
     * tens of thousands of hits cost counted one by one.
     */
    private static final int FEW_VALUES = 32;

    private final SortedSetDocValuesReaderState state;
    private final int size;
    private final SegmentOrdinals[] segments;
    /** Per segment: the global ordinal of each of its ordinals; null where they are the same. */
    private final int[][] globalOf;
    private final Bits[] live;
    /** Each value's label, read from the doc values' terms dictionary when first shown. */
    private final AtomicReferenceArray<String> labels;

    FacetOrdinals(SortedSetDocValuesReaderState state, SegmentOrdinalsCache cache) throws IOException {
        this.state = state;
        this.size = state.getSize();
        this.labels = new AtomicReferenceArray<>(size);
        OrdinalMap map = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        List<LeafReaderContext> leaves = state.getReader().leaves();
        segments = new SegmentOrdinals[leaves.size()];
        globalOf = new int[leaves.size()][];
        live = new Bits[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            segments[leaf.ord] = cache.get(leaf, state.getField());
            // A reader of one segment has no map: its ordinals are the global ones.
            globalOf[leaf.ord] = map == null ? null
                    : globalOrdinals(segments[leaf.ord].valueCount(), map.getGlobalOrds(leaf.ord));
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

    /**
     * The values (without their dimension) of global ordinals {@code ords}. Kept once read: a
     * search shows up to 50 values of each dimension, and looking each up in the terms dictionary
     * was a fiftieth of a search at a million items.
     */
    String[] labels(int[] ords) throws IOException {
        String[] out = new String[ords.length];
        SortedSetDocValues values = null;
        for (int i = 0; i < ords.length; i++) {
            String label = labels.get(ords[i]);
            if (label == null) {
                if (values == null) {
                    values = state.getDocValues();
                }
                label = FacetsConfig.stringToPath(values.lookupOrd(ords[i]).utf8ToString())[1];
                labels.set(ords[i], label);
            }
            out[i] = label;
        }
        return out;
    }

    /** The reader's facet state these ordinals were read from. */
    SortedSetDocValuesReaderState state() {
        return state;
    }

    /** The number of facet values in the whole index: the length of a counts array. */
    int size() {
        return size;
    }

    /**
     * Adds the values of the segment's {@code hits}, {@code cardinality} live documents, to
     * {@code counts}. Where the hits are most of the documents with values, its totals less the
     * valued live documents missed are counted instead: a broad search over a million items
     * (every item carries a dozen people) then adds up the values of the few it misses.
     */
    void count(int segment, FixedBitSet hits, int cardinality, int[] counts) {
        SegmentOrdinals values = segments[segment];
        int[] global = globalOf[segment];
        if (2L * cardinality <= values.valuedCount()) {
            addEach(segment, hits.getBits(), false, null, 1, counts, global);
            return;
        }
        // Every value is counted (the totals): by the segment's ordinals, then mapped to global
        // ones once per value rather than once for each value of each document missed.
        int[] local = global == null ? counts : new int[values.valueCount()];
        int[] total = values.totals(live[segment]);
        for (int ord = 0; ord < total.length; ord++) {
            local[ord] += total[ord];
        }
        addEach(segment, hits.getBits(), true, live[segment], -1, local, null);
        if (local != counts) {
            for (int ord = 0; ord < local.length; ord++) {
                counts[global[ord]] += local[ord];
            }
        }
    }

    /**
     * Adds {@code delta} to the counts of the values of each document whose bit is set, or, if
     * {@code clear}, of each document with values whose bit is clear; either way only of
     * {@code liveDocs} (null: all). Counts are indexed by {@code map}[segment ordinal] (null: by
     * the segment ordinal). Straight to the documents, a word of bits at a time; a run's shared
     * values once for all its documents.
     */
    private void addEach(int segment, long[] words, boolean clear, Bits liveDocs, int delta, int[] counts, int[] map) {
        SegmentOrdinals values = segments[segment];
        int[] runOf = values.runOf;
        int[] ownStarts = values.ownStarts;
        int[] own = values.own;
        long[] valued = values.valued;
        int maxDoc = values.maxDoc();
        int run = -1;
        int inRun = 0;
        for (int word = 0; word < words.length && word << 6 < maxDoc; word++) {
            long bits = clear ? ~words[word] & valued[word] : words[word];
            int first = word << 6;
            for (; bits != 0; bits &= bits - 1) {
                int doc = first + Long.numberOfTrailingZeros(bits);
                if (doc >= maxDoc) {
                    break;
                }
                if (liveDocs != null && !liveDocs.get(doc)) {
                    continue;
                }
                if (runOf[doc] != run) {
                    addShared(values, run, inRun * delta, counts, map);
                    run = runOf[doc];
                    inRun = 0;
                }
                inRun++;
                for (int i = ownStarts[doc], end = ownStarts[doc + 1]; i < end; i++) {
                    counts[map == null ? own[i] : map[own[i]]] += delta;
                }
            }
        }
        addShared(values, run, inRun * delta, counts, map);
    }

    /** Adds {@code times} to the counts of the values shared by run {@code run} (-1: none). */
    private static void addShared(SegmentOrdinals values, int run, int times, int[] counts, int[] map) {
        if (run < 0) {
            return;
        }
        int[] shared = values.shared;
        for (int i = values.sharedStarts[run], end = values.sharedStarts[run + 1]; i < end; i++) {
            counts[map == null ? shared[i] : map[shared[i]]] += times;
        }
    }

    /**
     * Adds to {@code counts} at least the counts of the values in {@code range} (one dimension's)
     * among the segment's {@code hits}, {@code cardinality} live documents. A dimension of few
     * values among many hits is counted by intersecting bit sets, else as {@link #count} does.
     */
    void countDimension(int segment, FixedBitSet hits, int cardinality, SortedSetDocValuesReaderState.OrdRange range,
                        int[] counts) {
        long values = range.end() - range.start() + 1L;
        long maxDoc = segments[segment].maxDoc();
        // Per hit counting costs about as much as intersecting a thousand documents' bits of each value.
        if (values <= FEW_VALUES && Math.min(cardinality, maxDoc - cardinality) * 1024L > values * maxDoc) {
            countByBits(segment, hits, range, counts);
        } else {
            count(segment, hits, cardinality, counts);
        }
    }

    /** One intersection count per value: a few thousand words each, however many hits there are. */
    private void countByBits(int segment, FixedBitSet hits, SortedSetDocValuesReaderState.OrdRange range, int[] counts) {
        int[] global = globalOf[segment];
        // The segment's own ordinals of the dimension: global ordinals keep the segment's order.
        int from = global == null ? range.start() : firstAtLeast(global, range.start());
        int to = global == null ? range.end() : firstAtLeast(global, range.end() + 1) - 1;
        if (from > to) {
            return;
        }
        FixedBitSet[] values = segments[segment].valueBits(from, to);
        for (int i = 0; i < values.length; i++) {
            counts[global == null ? from + i : global[from + i]] += (int) FixedBitSet.intersectionCount(hits, values[i]);
        }
    }

    private static int firstAtLeast(int[] sorted, int value) {
        int at = Arrays.binarySearch(sorted, value);
        return at >= 0 ? at : -at - 1;
    }
}
