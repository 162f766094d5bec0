package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One segment's facet values as the segment's own ordinals in plain arrays: what every reader of
 * the segment shares, since a segment never changes (only which of its documents are live does).
 * Kept in a file too, so a restarted service reads the arrays instead of decoding a million
 * documents' doc values again.
 */
final class SegmentOrdinals {

    private static final int MAGIC = 0x46414345; // "FACE"
    private static final int VERSION = 1;
    private static final int HEADER_INTS = 4;

    /** Where each document's ordinals start in {@link #ordinals}, and one more entry for the end. */
    final int[] starts;
    final int[] ordinals;

    private SegmentOrdinals(int[] starts, int[] ordinals) {
        this.starts = starts;
        this.ordinals = ordinals;
    }

    int maxDoc() {
        return starts.length - 1;
    }

    /** Decodes the segment's doc values of {@code field}. */
    static SegmentOrdinals read(LeafReader reader, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, field);
        int[] start = new int[reader.maxDoc() + 1];
        int[] ords = new int[Math.max(16, reader.maxDoc() * 20)]; // about what an item carries
        int n = 0;
        int next = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            Arrays.fill(start, next, doc + 1, n);
            next = doc + 1;
            int count = values.docValueCount();
            if (n + count > ords.length) {
                ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
            }
            for (int i = 0; i < count; i++) {
                ords[n++] = (int) values.nextOrd();
            }
        }
        Arrays.fill(start, next, start.length, n);
        return new SegmentOrdinals(start, Arrays.copyOf(ords, n));
    }

    /**
     * Writes the arrays to {@code file} whole or not at all (a temporary file renamed into place),
     * in the machine's byte order, so reading them back is a plain copy.
     */
    void write(Path file) throws IOException {
        // A name of its own: another process (a search beside the service) may write the same segment's file.
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        ByteBuffer bytes = ByteBuffer.allocateDirect(4 * (HEADER_INTS + starts.length + ordinals.length))
                .order(ByteOrder.nativeOrder());
        bytes.asIntBuffer().put(MAGIC).put(VERSION).put(starts.length).put(ordinals.length).put(starts).put(ordinals);
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The arrays kept in {@code file} for a segment of {@code maxDoc} documents, or null when it
     * holds none such (written on a machine of another byte order, say).
     */
    static SegmentOrdinals load(Path file, int maxDoc) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            if (size < 4L * HEADER_INTS || size > Integer.MAX_VALUE) {
                return null;
            }
            IntBuffer ints = in.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.nativeOrder()).asIntBuffer();
            if (ints.get() != MAGIC || ints.get() != VERSION) {
                return null;
            }
            int startsLength = ints.get();
            int ordinalsLength = ints.get();
            if (startsLength != maxDoc + 1 || ordinalsLength < 0
                    || (long) ints.remaining() != (long) startsLength + ordinalsLength) {
                return null;
            }
            int[] starts = new int[startsLength];
            int[] ordinals = new int[ordinalsLength];
            ints.get(starts).get(ordinals);
            return starts[startsLength - 1] == ordinalsLength ? new SegmentOrdinals(starts, ordinals) : null;
        }
    }
}
