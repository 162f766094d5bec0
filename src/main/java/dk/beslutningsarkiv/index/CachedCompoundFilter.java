package dk.beslutningsarkiv.index;

import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Emits every dictionary word inside a long word, as Lucene's DictionaryCompoundWordTokenFilter
 * does (all matches, not only the longest), but remembers each word's parts. Trying every
 * substring of every long word against a 300,000-word dictionary was the largest single cost of
 * indexing; word frequencies follow Zipf's law, so almost every word has been split before.
 * One filter serves one thread (Lucene reuses token streams per thread), so the cache needs no lock.
 */
final class CachedCompoundFilter extends CompoundWordTokenFilterBase {

    /** Bounds the memory a long import's vocabulary can take; emptied when full. */
    private static final int MAX_CACHED = 100_000;
    private static final int[] NO_PARTS = new int[0];

    /** A word's parts as (start, length) pairs. */
    private final CharArrayMap<int[]> parts = new CharArrayMap<>(1024, false);

    CachedCompoundFilter(TokenStream input, CharArraySet dictionary, int minWordSize, int minPart, int maxPart) {
        super(input, dictionary, minWordSize, minPart, maxPart, false);
    }

    @Override
    protected void decompose() {
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        int[] found = parts.get(buffer, 0, length);
        if (found == null) {
            found = split(buffer, length);
            if (parts.size() >= MAX_CACHED) {
                parts.clear();
            }
            parts.put(termAtt.toString(), found);
        }
        for (int i = 0; i < found.length; i += 2) {
            tokens.add(new CompoundToken(found[i], found[i + 1]));
        }
    }

    private int[] split(char[] buffer, int length) {
        int[] found = NO_PARTS;
        int count = 0;
        for (int start = 0; start <= length - minSubwordSize; start++) {
            for (int size = minSubwordSize; size <= maxSubwordSize && start + size <= length; size++) {
                if (dictionary.contains(buffer, start, size)) {
                    if (count + 2 > found.length) {
                        found = Arrays.copyOf(found, Math.max(8, 2 * found.length));
                    }
                    found[count++] = start;
                    found[count++] = size;
                }
            }
        }
        return count == found.length ? found : Arrays.copyOf(found, count);
    }
}
