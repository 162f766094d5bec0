package dk.beslutningsarkiv.index;

import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizer;

/**
 * What an analysis filter made of each word as written, kept per filter: words follow Zipf's law,
 * so almost every word has been seen before. One filter serves one thread (Lucene reuses token
 * streams per thread), so the cache needs no lock.
 */
final class WordCache<V> {

    /** Bounds the memory a long import's vocabulary can take; emptied when full. */
    private static final int MAX_CACHED = 100_000;
    /** Holds no state beyond its foldings: one serves every filter. */
    private static final ScandinavianNormalizer NORMALIZER = new ScandinavianNormalizer(ScandinavianNormalizer.ALL_FOLDINGS);

    private final CharArrayMap<V> words = new CharArrayMap<>(1024, false);

    /** What {@code length} characters of {@code buffer} were made into, or null when not seen yet. */
    V get(char[] buffer, int length) {
        return words.get(buffer, 0, length);
    }

    void put(char[] buffer, int length, V value) {
        if (words.size() >= MAX_CACHED) {
            words.clear();
        }
        words.put(Arrays.copyOf(buffer, length), value);
    }

    /** A word lower-cased and folded as Lucene's LowerCaseFilter and ScandinavianNormalizationFilter do. */
    static char[] folded(char[] buffer, int length) {
        char[] word = Arrays.copyOf(buffer, length);
        CharacterUtils.toLowerCase(word, 0, length);
        return Arrays.copyOf(word, NORMALIZER.processToken(word, length));
    }
}
