package dk.beslutningsarkiv.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Emits every dictionary word inside a long word after the word itself, at its position and with
 * its offsets, as Lucene's DictionaryCompoundWordTokenFilter does (all matches, not only the
 * longest), but remembers each word's parts. Trying every substring of every long word against a
 * 300,000-word dictionary was the largest single cost of indexing; word frequencies follow Zipf's
 * law, so almost every word has been split before. Parts are written straight into the term
 * instead of through Lucene's captured attribute states and part strings, which cost as much as
 * the splitting saved. Only the term, offsets and position increment are set for a part: the
 * filters after this one (stop words) change no other attribute.
 * One filter serves one thread (Lucene reuses token streams per thread), so the cache needs no lock.
 */
final class CachedCompoundFilter extends TokenFilter {

    /** Bounds the memory a long import's vocabulary can take; emptied when full. */
    private static final int MAX_CACHED = 100_000;
    private static final int[] NO_PARTS = new int[0];

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final CharArraySet dictionary;
    private final int minWordSize;
    private final int minPart;
    private final int maxPart;
    /** A word's parts as (start, length) pairs. */
    private final CharArrayMap<int[]> parts = new CharArrayMap<>(1024, false);

    /** The word whose parts are being emitted, its offsets, its parts and the next one's index in them. */
    private char[] word = new char[32];
    private int startOffset;
    private int endOffset;
    private int[] pending = NO_PARTS;
    private int next;

    CachedCompoundFilter(TokenStream input, CharArraySet dictionary, int minWordSize, int minPart, int maxPart) {
        super(input);
        this.dictionary = dictionary;
        this.minWordSize = minWordSize;
        this.minPart = minPart;
        this.maxPart = maxPart;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.length) {
            termAtt.copyBuffer(word, pending[next], pending[next + 1]);
            offsetAtt.setOffset(startOffset, endOffset);
            posIncAtt.setPositionIncrement(0);
            next += 2;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        pending = NO_PARTS;
        next = 0;
        int length = termAtt.length();
        if (length >= minWordSize) {
            pending = partsOf(termAtt.buffer(), length);
            if (pending.length > 0) {
                word = ArrayUtil.grow(word, length);
                System.arraycopy(termAtt.buffer(), 0, word, 0, length);
                startOffset = offsetAtt.startOffset();
                endOffset = offsetAtt.endOffset();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = NO_PARTS;
        next = 0;
    }

    private int[] partsOf(char[] buffer, int length) {
        int[] found = parts.get(buffer, 0, length);
        if (found == null) {
            found = split(buffer, length);
            if (parts.size() >= MAX_CACHED) {
                parts.clear();
            }
            parts.put(Arrays.copyOf(buffer, length), found);
        }
        return found;
    }

    private int[] split(char[] buffer, int length) {
        int[] found = NO_PARTS;
        int count = 0;
        for (int start = 0; start <= length - minPart; start++) {
            for (int size = minPart; size <= maxPart && start + size <= length; size++) {
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
