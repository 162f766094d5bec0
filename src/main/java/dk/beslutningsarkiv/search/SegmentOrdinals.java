package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * One segment's facet values as the segment's own ordinals in plain arrays: what every reader of
 * the segment shares, since a segment never changes (only which of its documents are live does).
 * Kept in a file too, so a restarted service reads the arrays instead of decoding a million
 * documents' doc values again.
 *
 * <p>The items of a meeting lie side by side and carry the same committee, year, regions, type
 * and participants: a dozen or more values of the twenty an item has. Documents are therefore
 * kept in runs: the values every document of a run shares are held once for the run, and each
 * document holds only the rest. Counting adds a run's shared values once, times the number of
 * its documents among the hits. Any split into runs counts the same; this one only makes it cheap.
 */
final class SegmentOrdinals {

    private static final int MAGIC = 0x46414345; // "FACE"
    private static final int VERSION = 4;
    /** The int arrays of a file: the values, the ranges of ordinals left out, and the values without them if any. */
    private static final int VALUES = 5;
    private static final int WITH_RANGES = VALUES + 1;
    private static final int WITH_REST = WITH_RANGES + 4;
    /** Bounds a run, and so the memory of building one; a meeting has far fewer items. */
    private static final int MAX_RUN = 256;

    private final int maxDoc;
    /** How many distinct values (ordinals) the segment's field has. */
    private final int valueCount;
    /** The first document of each run, and {@code maxDoc} after the last run. */
    final int[] runStarts;
    /** Where each run's shared values start in {@link #shared}, and one more entry for the end. */
    final int[] sharedStarts;
    final int[] shared;
    /** Where each document's own values start in {@link #own}, and one more entry for the end. */
    final int[] ownStarts;
    final int[] own;
    /** The run of each document: derived from {@link #runStarts}, never stored. */
    final int[] runOf;
    /**
     * The documents with any value, as the words of a bit set: derived, never stored. A meeting's
     * own document has none, so counting the documents a search misses can pass over them.
     */
    final long[] valued;
    private final int valuedCount;
    /** The documents with values of their own (beside their run's), as the words of a bit set: derived, never stored. */
    final long[] hasOwn;
    private final int ownDocs;
    /** The documents of each value of a range of ordinals (a dimension of few values), kept for the segment's life. */
    private final Map<Long, FixedBitSet[]> valueBits = new ConcurrentHashMap<>();
    /** These values less some dimensions', by the ordinal ranges left out, kept for the segment's life. */
    private final Map<List<Integer>, SegmentOrdinals> projections = new ConcurrentHashMap<>();
    /** Each value's count over the live documents of {@link #totalsLive}: a new reader over the same deletions asks again. */
    private Bits totalsLive;
    private int[] totals;

    private SegmentOrdinals(int valueCount, int[] runStarts, int[] sharedStarts, int[] shared, int[] ownStarts,
                            int[] own) {
        this(valueCount, runStarts, sharedStarts, shared, ownStarts, own, null);
    }

    /** {@code runOf}: the run of each document when known (a projection's runs are its source's), else null. */
    private SegmentOrdinals(int valueCount, int[] runStarts, int[] sharedStarts, int[] shared, int[] ownStarts,
                            int[] own, int[] runOf) {
        this.maxDoc = ownStarts.length - 1;
        this.valueCount = valueCount;
        this.runStarts = runStarts;
        this.sharedStarts = sharedStarts;
        this.shared = shared;
        this.ownStarts = ownStarts;
        this.own = own;
        this.runOf = runOf != null ? runOf : new int[maxDoc];
        this.valued = new long[FixedBitSet.bits2words(maxDoc)];
        this.hasOwn = new long[valued.length];
        int count = 0;
        int withOwn = 0;
        for (int run = 0; run + 1 < runStarts.length; run++) {
            if (runOf == null) {
                Arrays.fill(this.runOf, runStarts[run], runStarts[run + 1], run);
            }
            boolean runShares = sharedStarts[run + 1] > sharedStarts[run];
            for (int doc = runStarts[run]; doc < runStarts[run + 1]; doc++) {
                boolean owns = ownStarts[doc + 1] > ownStarts[doc];
                if (owns) {
                    hasOwn[doc >> 6] |= 1L << doc;
                    withOwn++;
                }
                if (runShares || owns) {
                    valued[doc >> 6] |= 1L << doc;
                    count++;
                }
            }
        }
        this.valuedCount = count;
        this.ownDocs = withOwn;
    }

    int maxDoc() {
        return maxDoc;
    }

    /** How many distinct values (ordinals) the segment has. */
    int valueCount() {
        return valueCount;
    }

    /** How many runs the documents are split into. */
    int runCount() {
        return runStarts.length - 1;
    }

    /** How many documents have values of their own, live or not. */
    int ownDocs() {
        return ownDocs;
    }

    /** How many documents have any value, live or not. */
    int valuedCount() {
        return valuedCount;
    }

    /**
     * Each ordinal's count over the documents {@code liveDocs} lets live
     * (null: all). Kept while the segment's deletions stay the same, so a reader opened after an
     * upload (a new small segment beside this one) does not count a million documents again.
     */
    synchronized int[] totals(Bits liveDocs) {
        if (totals == null || totalsLive != liveDocs) {
            int[] count = new int[valueCount];
            for (int run = 0; run + 1 < runStarts.length; run++) {
                int live = 0;
                for (int doc = runStarts[run]; doc < runStarts[run + 1]; doc++) {
                    if (liveDocs == null || liveDocs.get(doc)) {
                        live++;
                        for (int i = ownStarts[doc]; i < ownStarts[doc + 1]; i++) {
                            count[own[i]]++;
                        }
                    }
                }
                for (int i = sharedStarts[run]; i < sharedStarts[run + 1]; i++) {
                    count[shared[i]] += live;
                }
            }
            totals = count;
            totalsLive = liveDocs;
        }
        return totals;
    }

    /**
     * The documents of each ordinal from {@code from} to {@code to}, live or not, built when first
     * asked for: a run's shared values set a range of bits at once.
     */
    FixedBitSet[] valueBits(int from, int to) {
        return valueBits.computeIfAbsent(rangeKey(from, to), key -> {
            FixedBitSet[] bits = new FixedBitSet[to - from + 1];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = new FixedBitSet(maxDoc);
            }
            for (int run = 0; run + 1 < runStarts.length; run++) {
                for (int i = sharedStarts[run]; i < sharedStarts[run + 1]; i++) {
                    if (shared[i] >= from && shared[i] <= to) {
                        bits[shared[i] - from].set(runStarts[run], runStarts[run + 1]);
                    }
                }
            }
            for (int doc = 0; doc < maxDoc; doc++) {
                for (int i = ownStarts[doc]; i < ownStarts[doc + 1]; i++) {
                    if (own[i] >= from && own[i] <= to) {
                        bits[own[i] - from].set(doc);
                    }
                }
            }
            return bits;
        });
    }

    /**
     * These values less the ordinals in {@code dropped} (pairs of first and last ordinal), in the
     * same runs; built when first asked for and kept for the segment's life. Counting the values of
     * the dimensions left then passes over documents only, not the dropped dimensions' values.
     */
    SegmentOrdinals without(int[] dropped) {
        if (dropped.length == 0) {
            return this;
        }
        return projections.computeIfAbsent(rangesKey(dropped), key -> {
            Ints keptShared = new Ints();
            int[] keptSharedStarts = new int[sharedStarts.length];
            for (int run = 0; run + 1 < runStarts.length; run++) {
                keep(shared, sharedStarts[run], sharedStarts[run + 1], dropped, keptShared);
                keptSharedStarts[run + 1] = keptShared.size();
            }
            Ints keptOwn = new Ints();
            int[] keptOwnStarts = new int[ownStarts.length];
            for (int doc = 0; doc < maxDoc; doc++) {
                keep(own, ownStarts[doc], ownStarts[doc + 1], dropped, keptOwn);
                keptOwnStarts[doc + 1] = keptOwn.size();
            }
            return new SegmentOrdinals(valueCount, runStarts, keptSharedStarts, keptShared.toArray(), keptOwnStarts,
                    keptOwn.toArray(), runOf);
        });
    }

    private static long rangeKey(int from, int to) {
        return ((long) from << 32) | to;
    }

    private static List<Integer> rangesKey(int[] ranges) {
        return Arrays.stream(ranges).boxed().toList();
    }

    /**
     * Builds what counting the ranges {@code dropped} (pairs of first and last ordinal) by bit sets
     * needs, {@link #without} them and the {@link #valueBits} of each, unless it is kept already;
     * true when it built anything.
     */
    boolean prepare(int[] dropped) {
        if (dropped.length == 0) {
            return false;
        }
        boolean kept = projections.containsKey(rangesKey(dropped));
        for (int r = 0; r < dropped.length; r += 2) {
            kept &= valueBits.containsKey(rangeKey(dropped[r], dropped[r + 1]));
            valueBits(dropped[r], dropped[r + 1]);
        }
        without(dropped);
        return !kept;
    }

    /** Adds to {@code out} the values from {@code from} to {@code to} (exclusive) that no range of {@code dropped} holds. */
    private static void keep(int[] values, int from, int to, int[] dropped, Ints out) {
        for (int i = from; i < to; i++) {
            if (!within(values[i], dropped)) {
                out.add(values[i]);
            }
        }
    }

    private static boolean within(int value, int[] ranges) {
        for (int r = 0; r < ranges.length; r += 2) {
            if (value >= ranges[r] && value <= ranges[r + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Decodes the segment's doc values of {@code field}. */
    static SegmentOrdinals read(LeafReader reader, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, field);
        RunBuilder runs = new RunBuilder(reader.maxDoc());
        int[] ords = new int[32];
        int valued = values.nextDoc();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            int count = 0;
            if (doc == valued) {
                count = values.docValueCount();
                if (count > ords.length) {
                    ords = new int[count];
                }
                for (int i = 0; i < count; i++) {
                    ords[i] = (int) values.nextOrd();
                }
                valued = values.nextDoc();
            }
            runs.add(ords, count);
        }
        return runs.build(Math.toIntExact(values.getValueCount()));
    }

    /**
     * Groups documents into runs as they come: a document joins the current run while the values
     * all its documents share stay at least half of what they were, and not none.
     */
    private static final class RunBuilder {
        private final Ints runStarts = new Ints();
        private final Ints sharedStarts = new Ints();
        private final Ints shared = new Ints();
        private final int[] ownStarts;
        private final Ints own = new Ints();
        private final int[][] runDocs = new int[MAX_RUN][];
        private int runLength;
        private int firstDoc;
        private int[] common = new int[0];
        private int commonLength;
        /** Where a candidate's intersection is written, so a document that does not join leaves {@code common} as it was. */
        private int[] scratch = new int[0];
        private int nextDoc;

        RunBuilder(int maxDoc) {
            ownStarts = new int[maxDoc + 1];
        }

        /** Adds the next document's values, {@code count} of {@code ords}, ascending. */
        void add(int[] ords, int count) {
            if (runLength > 0 && runLength < MAX_RUN) {
                if (scratch.length < commonLength) {
                    scratch = new int[common.length];
                }
                int kept = intersect(common, commonLength, ords, count, scratch);
                if (kept > 0 && 2 * kept >= commonLength) {
                    int[] previous = common;
                    common = scratch;
                    scratch = previous;
                    commonLength = kept;
                    runDocs[runLength++] = Arrays.copyOf(ords, count);
                    nextDoc++;
                    return;
                }
            }
            if (runLength > 0) {
                closeRun();
            }
            firstDoc = nextDoc++;
            runDocs[0] = Arrays.copyOf(ords, count);
            runLength = 1;
            common = Arrays.copyOf(ords, count);
            commonLength = count;
        }

        /** Writes to {@code out} the values of {@code a} also in {@code b}; returns how many. Both ascending. */
        private static int intersect(int[] a, int aLength, int[] b, int bLength, int[] out) {
            int kept = 0;
            for (int i = 0, j = 0; i < aLength && j < bLength; ) {
                if (a[i] < b[j]) {
                    i++;
                } else if (a[i] > b[j]) {
                    j++;
                } else {
                    out[kept++] = a[i++];
                    j++;
                }
            }
            return kept;
        }

        private void closeRun() {
            runStarts.add(firstDoc);
            sharedStarts.add(shared.size());
            for (int i = 0; i < commonLength; i++) {
                shared.add(common[i]);
            }
            for (int d = 0; d < runLength; d++) {
                int[] ords = runDocs[d];
                int c = 0;
                for (int ord : ords) {
                    while (c < commonLength && common[c] < ord) {
                        c++;
                    }
                    if (c == commonLength || common[c] != ord) {
                        own.add(ord);
                    }
                }
                ownStarts[firstDoc + d + 1] = own.size();
                runDocs[d] = null;
            }
            runLength = 0;
        }

        SegmentOrdinals build(int valueCount) {
            if (runLength > 0) {
                closeRun();
            }
            runStarts.add(nextDoc);
            sharedStarts.add(shared.size());
            return new SegmentOrdinals(valueCount, runStarts.toArray(), sharedStarts.toArray(), shared.toArray(),
                    ownStarts, own.toArray());
        }
    }

    /** A growing list of ints. */
    private static final class Ints {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size + (size >> 1));
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /**
     * Writes the arrays to {@code file} whole or not at all (a temporary file renamed into place),
     * with what counting the ranges {@code dropped} (pairs of first and last ordinal) by bit sets
     * needs: {@link #without} them and the {@link #valueBits} of each, so a restarted service builds
     * neither. Each int array after its length, then, from the next multiple of eight bytes, the bit
     * sets' words; in the machine's byte order, so reading them back is a plain copy.
     */
    void write(Path file, int[] dropped) throws IOException {
        // A name of its own: another process (a search beside the service) may write the same segment's file.
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        List<int[]> ints = new ArrayList<>(List.of(runStarts, sharedStarts, shared, ownStarts, own, dropped));
        List<long[]> words = new ArrayList<>();
        if (dropped.length > 0) {
            SegmentOrdinals rest = without(dropped);
            ints.addAll(List.of(rest.sharedStarts, rest.shared, rest.ownStarts, rest.own));
            for (int r = 0; r < dropped.length; r += 2) {
                for (FixedBitSet bits : valueBits(dropped[r], dropped[r + 1])) {
                    words.add(bits.getBits());
                }
            }
        }
        long intCount = 3;
        for (int[] array : ints) {
            intCount += 1 + array.length;
        }
        int wordsAt = Math.toIntExact(alignedBytes(intCount));
        ByteBuffer bytes = ByteBuffer.allocateDirect(Math.toIntExact(wordsAt
                + 8L * words.size() * FixedBitSet.bits2words(maxDoc))).order(ByteOrder.nativeOrder());
        IntBuffer out = bytes.asIntBuffer().put(MAGIC).put(VERSION).put(ints.size());
        for (int[] array : ints) {
            out.put(array.length).put(array);
        }
        LongBuffer longs = bytes.slice(wordsAt, bytes.capacity() - wordsAt).order(ByteOrder.nativeOrder())
                .asLongBuffer();
        words.forEach(longs::put);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Where the bit sets' words start after {@code ints} int values: at a multiple of eight bytes. */
    private static long alignedBytes(long ints) {
        return 4 * (ints + (ints & 1));
    }

    /**
     * The arrays kept in {@code file} for a segment of {@code maxDoc} documents and
     * {@code valueCount} ordinals, with what the file keeps for counting ranges of them by bit sets
     * ({@link #prepare}), or null when it holds none such (written by an older version, or on a
     * machine of another byte order, say).
     */
    static SegmentOrdinals load(Path file, int maxDoc, long valueCount) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            if (size < 12 || size > Integer.MAX_VALUE) {
                return null;
            }
            ByteBuffer bytes = in.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.nativeOrder());
            IntBuffer ints = bytes.asIntBuffer();
            int count = ints.get() == MAGIC && ints.get() == VERSION ? ints.get() : -1;
            if (count != WITH_RANGES && count != WITH_REST) {
                return null;
            }
            int[][] arrays = new int[count][];
            for (int i = 0; i < count; i++) {
                int length = ints.hasRemaining() ? ints.get() : -1;
                if (length < 0 || length > ints.remaining()) {
                    return null;
                }
                arrays[i] = new int[length];
                ints.get(arrays[i]);
            }
            int[] dropped = arrays[VALUES];
            int wordsAt = Math.toIntExact(alignedBytes(ints.position()));
            long words = (long) valuesIn(dropped) * FixedBitSet.bits2words(maxDoc);
            if (!consistent(arrays, maxDoc, valueCount) || !ranges(dropped, valueCount)
                    || (count == WITH_REST) != (dropped.length > 0) || size != wordsAt + 8 * words) {
                return null;
            }
            SegmentOrdinals ordinals = new SegmentOrdinals(Math.toIntExact(valueCount), arrays[0], arrays[1],
                    arrays[2], arrays[3], arrays[4]);
            if (count == WITH_REST) {
                int[][] rest = {arrays[0], arrays[6], arrays[7], arrays[8], arrays[9]};
                if (!consistent(rest, maxDoc, valueCount)) {
                    return null;
                }
                ordinals.projections.put(rangesKey(dropped), new SegmentOrdinals(Math.toIntExact(valueCount), rest[0],
                        rest[1], rest[2], rest[3], rest[4], ordinals.runOf));
                LongBuffer longs = bytes.slice(wordsAt, (int) (size - wordsAt)).order(ByteOrder.nativeOrder())
                        .asLongBuffer();
                for (int r = 0; r < dropped.length; r += 2) {
                    FixedBitSet[] bits = new FixedBitSet[dropped[r + 1] - dropped[r] + 1];
                    for (int i = 0; i < bits.length; i++) {
                        long[] stored = new long[FixedBitSet.bits2words(maxDoc)];
                        longs.get(stored);
                        bits[i] = new FixedBitSet(stored, maxDoc);
                    }
                    ordinals.valueBits.put(rangeKey(dropped[r], dropped[r + 1]), bits);
                }
            }
            return ordinals;
        }
    }

    /**
     * Whether {@code ranges} holds pairs of first and last ordinal, each empty (the first past the
     * last) or within the values.
     */
    private static boolean ranges(int[] ranges, long valueCount) {
        if (ranges.length % 2 != 0) {
            return false;
        }
        for (int r = 0; r < ranges.length; r += 2) {
            if (ranges[r] < 0 || ranges[r + 1] < ranges[r] - 1 || ranges[r + 1] >= valueCount) {
                return false;
            }
        }
        return true;
    }

    /** How many values the ranges hold together. */
    private static int valuesIn(int[] ranges) {
        int values = 0;
        for (int r = 0; r + 1 < ranges.length; r += 2) {
            values += ranges[r + 1] - ranges[r] + 1;
        }
        return values;
    }

    /** Whether the arrays fit each other and the segment, so counting never reads past an end. */
    private static boolean consistent(int[][] a, int maxDoc, long valueCount) {
        int[] runStarts = a[0];
        int[] sharedStarts = a[1];
        int[] ownStarts = a[3];
        return runStarts.length >= 1 && sharedStarts.length == runStarts.length
                && runStarts[0] == 0 && runStarts[runStarts.length - 1] == maxDoc && ascending(runStarts)
                && sharedStarts[0] == 0 && sharedStarts[sharedStarts.length - 1] == a[2].length && ascending(sharedStarts)
                && ownStarts.length == maxDoc + 1 && ownStarts[0] == 0 && ownStarts[maxDoc] == a[4].length
                && ascending(ownStarts) && ordinals(a[2], valueCount) && ordinals(a[4], valueCount);
    }

    private static boolean ordinals(int[] values, long valueCount) {
        for (int value : values) {
            if (value < 0 || value >= valueCount) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascending(int[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
