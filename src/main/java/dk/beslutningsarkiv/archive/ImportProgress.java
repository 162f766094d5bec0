package dk.beslutningsarkiv.archive;

/** How far a batch has come, for other threads to read while it runs (a rebuild the service reports). */
public final class ImportProgress implements ImportListener {

    /** Files done and files in all, as one value so a reader never sees one from before the other. */
    private volatile long doneAndTotal;

    @Override
    public void fileDone(int done, int total, ImportResult result) {
        doneAndTotal = (long) done << 32 | total;
    }

    /** Files done so far. */
    public int done() {
        return (int) (doneAndTotal >>> 32);
    }

    /** Files in the batch; 0 until the first is done. */
    public int total() {
        return (int) doneAndTotal;
    }
}
