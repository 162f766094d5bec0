package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
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
    /** The dimensions of few values: each value's documents as a bit set beat counting a broad search's hits. */
    private final List<SortedSetDocValuesReaderState.OrdRange> few = new ArrayList<>();
    /** How many values the dimensions of {@link #few} have together. */
    private final int fewValues;
    /** Per segment: first and last segment ordinal of each dimension of {@link #few}. */
    private final int[][] fewOrdinals;
    /**
     * Per segment: its values less those of the dimensions of {@link #few}. Kept with the segment's
     * values in their file: built at the first search after a restart it took a third of a second
     * of that search at a million items.
     */
    private final SegmentOrdinals[] rest;
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
            // A reader of one segment has no map: its ordinals are the global ones.
            long valueCount = DocValues.getSortedSet(leaf.reader(), state.getField()).getValueCount();
            globalOf[leaf.ord] = map == null ? null : globalOrdinals(valueCount, map.getGlobalOrds(leaf.ord));
            live[leaf.ord] = leaf.reader().getLiveDocs();
        }
        int values = 0;
        for (String dim : state.getDims()) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            if (valuesOf(range) <= FEW_VALUES) {
                few.add(range);
                values += valuesOf(range);
            }
        }
        fewValues = values;
        fewOrdinals = new int[leaves.size()][];
        rest = new SegmentOrdinals[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            int[] global = globalOf[leaf.ord];
            fewOrdinals[leaf.ord] = few.stream().map(range -> segmentOrdinals(global, range))
                    .flatMapToInt(Arrays::stream).toArray();
            segments[leaf.ord] = cache.get(leaf, state.getField(), fewOrdinals[leaf.ord]);
            rest[leaf.ord] = segments[leaf.ord].without(fewOrdinals[leaf.ord]);
        }
    }

    private static long valuesOf(SortedSetDocValuesReaderState.OrdRange range) {
        return range.end() - range.start() + 1L;
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
     * {@code counts}. Among many hits, the dimensions of few values are counted by their values'
     * bit sets, and the others without passing over the few dimensions' values: in the benchmark's
     * million items 4.2 of an item's 10.2 values, and nearly all it does not share with its run.
     */
    void count(int segment, FixedBitSet hits, int cardinality, int[] counts) {
        if (fewValues > 0 && bitsCheaper(segment, cardinality, fewValues)) {
            for (int dim = 0; dim < few.size(); dim++) {
                countByBits(segment, hits, dim, counts);
            }
            countEach(segment, rest[segment], hits, cardinality, counts);
        } else {
            countEach(segment, segments[segment], hits, cardinality, counts);
        }
    }

    /**
     * Adds the values in {@code values} of the segment's {@code hits} to {@code counts}, by
     * whichever way passes over fewer documents or runs: hit by hit; the valued live documents
     * missed taken from the totals, where the hits are most of the documents with values; or run
     * by run, where the hits are more than half the runs and few have values of their own.
     */
    private void countEach(int segment, SegmentOrdinals values, FixedBitSet hits, int cardinality, int[] counts) {
        int[] global = globalOf[segment];
        long byHits = Math.min(cardinality, values.valuedCount() - (long) cardinality);
        // A run costs about half what a hit does: no document to look up, but a branch mispredicted.
        long byRuns = values.runCount() / 2 + (long) cardinality * values.ownDocs() / Math.max(1, values.maxDoc());
        if (byRuns < byHits) {
            addByRuns(values, hits.getBits(), counts, global);
            return;
        }
        if (2L * cardinality <= values.valuedCount()) {
            addEach(values, hits.getBits(), false, null, 1, counts, global);
            return;
        }
        // Every value is counted (the totals): by the segment's ordinals, then mapped to global
        // ones once per value rather than once for each value of each document missed.
        int[] local = global == null ? counts : new int[values.valueCount()];
        int[] total = values.totals(live[segment]);
        for (int ord = 0; ord < total.length; ord++) {
            local[ord] += total[ord];
        }
        addEach(values, hits.getBits(), true, live[segment], -1, local, null);
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
    private static void addEach(SegmentOrdinals values, long[] words, boolean clear, Bits liveDocs, int delta,
                                int[] counts, int[] map) {
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

    /**
     * Adds the values of each document whose bit is set: a run's shared values times its documents
     * set, counted a word at a time; own values document by document, passing over documents
     * without. Counts are indexed by {@code map}[segment ordinal] (null: by the segment ordinal).
     */
    private static void addByRuns(SegmentOrdinals values, long[] words, int[] counts, int[] map) {
        int[] runStarts = values.runStarts;
        int[] sharedStarts = values.sharedStarts;
        for (int run = 0; run + 1 < runStarts.length; run++) {
            int set = sharedStarts[run] < sharedStarts[run + 1] ? bitsSet(words, runStarts[run], runStarts[run + 1]) : 0;
            if (set > 0) {
                addShared(values, run, set, counts, map);
            }
        }
        int[] ownStarts = values.ownStarts;
        int[] own = values.own;
        long[] hasOwn = values.hasOwn;
        for (int word = 0; word < hasOwn.length && word < words.length; word++) {
            int first = word << 6;
            for (long bits = words[word] & hasOwn[word]; bits != 0; bits &= bits - 1) {
                int doc = first + Long.numberOfTrailingZeros(bits);
                for (int i = ownStarts[doc], end = ownStarts[doc + 1]; i < end; i++) {
                    counts[map == null ? own[i] : map[own[i]]]++;
                }
            }
        }
    }

    /** How many bits from {@code from} to {@code to} (exclusive, past {@code from}) are set. */
    private static int bitsSet(long[] words, int from, int to) {
        int first = from >> 6;
        int last = (to - 1) >> 6;
        // Shifts take their distance modulo 64: the masks keep bits from (from % 64) and up to ((to - 1) % 64).
        long head = -1L << from;
        long tail = -1L >>> -to;
        if (first == last) {
            return Long.bitCount(words[first] & head & tail);
        }
        int set = Long.bitCount(words[first] & head);
        for (int word = first + 1; word < last; word++) {
            set += Long.bitCount(words[word]);
        }
        return set + Long.bitCount(words[last] & tail);
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
     * values among many hits is counted by intersecting bit sets, another hit by hit.
     */
    void countDimension(int segment, FixedBitSet hits, int cardinality, SortedSetDocValuesReaderState.OrdRange range,
                        int[] counts) {
        int dim = few.indexOf(range);
        if (dim < 0) {
            countEach(segment, rest[segment], hits, cardinality, counts);
        } else if (bitsCheaper(segment, cardinality, valuesOf(range))) {
            countByBits(segment, hits, dim, counts);
        } else {
            countEach(segment, segments[segment], hits, cardinality, counts);
        }
    }

    /**
     * Whether the bit sets of {@code values} values beat counting the hits one by one, or the
     * valued documents they miss: a hit costs about as much as intersecting a thousand documents'
     * bits of each value (bit sets of a million documents are read from memory, not the caches).
     */
    private boolean bitsCheaper(int segment, int cardinality, long values) {
        SegmentOrdinals all = segments[segment];
        return Math.min(cardinality, all.valuedCount() - (long) cardinality) * 1024L > values * all.maxDoc();
    }

    /**
     * The values of dimension {@code dim} of {@link #few}, one intersection count per value: a few
     * thousand words each, however many hits there are.
     */
    private void countByBits(int segment, FixedBitSet hits, int dim, int[] counts) {
        int[] global = globalOf[segment];
        int from = fewOrdinals[segment][2 * dim];
        int to = fewOrdinals[segment][2 * dim + 1];
        if (from > to) {
            return;
        }
        FixedBitSet[] values = segments[segment].valueBits(from, to);
        for (int i = 0; i < values.length; i++) {
            counts[global == null ? from + i : global[from + i]] += (int) FixedBitSet.intersectionCount(hits, values[i]);
        }
    }

    /**
     * The first and last of a segment's ordinals in {@code range} of global ones, by the segment's
     * map to global ordinals (null: the same); the first is past the last when it has none.
     */
    private static int[] segmentOrdinals(int[] global, SortedSetDocValuesReaderState.OrdRange range) {
        // Global ordinals keep the segment's order.
        if (global == null) {
            return new int[] {range.start(), range.end()};
        }
        return new int[] {firstAtLeast(global, range.start()), firstAtLeast(global, range.end() + 1) - 1};
    }

    private static int firstAtLeast(int[] sorted, int value) {
        int at = Arrays.binarySearch(sorted, value);
        return at >= 0 ? at : -at - 1;
    }
}
