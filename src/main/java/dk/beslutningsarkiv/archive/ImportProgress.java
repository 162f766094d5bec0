package dk.beslutningsarkiv.archive;

/** How far a batch has come, for other threads to read while it runs (a rebuild the service reports). */
public final class ImportProgress implements ImportListener {

    /** Files done and files in all, as one value so a reader never sees one from before the other. */
    private volatile long doneAndTotal;

    /** Files done so far, of {@code total} in the batch (0 until the first is done). */
    public record Count(int done, int total) {
    }

    @Override
    public void fileDone(int done, int total, ImportResult result) {
        doneAndTotal = (long) done << 32 | total;
    }

    /** Files done and in all, read together. */
    public Count count() {
        long value = doneAndTotal;
        return new Count((int) (value >>> 32), (int) value);
    }
}
