package dk.beslutningsarkiv.archive;

/** Told of each file as a batch goes, e.g. to draw a progress bar. */
@FunctionalInterface
public interface ImportListener {

    ImportListener NONE = (done, total, result) -> { };

    void fileDone(int done, int total, ImportResult result);
}
