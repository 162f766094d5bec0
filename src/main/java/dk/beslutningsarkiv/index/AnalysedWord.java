package dk.beslutningsarkiv.index;

/**
 * What one word as written becomes, worked out once and cached ({@link WordCache}): lower-cased
 * and folded, whether it is a stop word, its stem for the text fields ({@link DanishWordFilter};
 * null where only the words field met it) and its parts for the words field
 * ({@link WordPartsFilter}; null until that field first meets it). One entry serves both fields,
 * so an item's words field takes its title's and body's words as the text fields found them
 * ({@link ItemWords}). Used by one thread at a time: an item is indexed by one thread.
 */
final class AnalysedWord {

    final char[] folded;
    final boolean stop;
    final char[] stem;
    /** Not stop words, as (start, length) pairs into {@link #folded}. */
    private int[] parts;

    AnalysedWord(char[] folded, boolean stop, char[] stem) {
        this.folded = folded;
        this.stop = stop;
        this.stem = stem;
    }

    /** The parts the words field gave the word, or null when it has not met it yet. */
    int[] parts() {
        return parts;
    }

    void parts(int[] parts) {
        this.parts = parts;
    }
}
