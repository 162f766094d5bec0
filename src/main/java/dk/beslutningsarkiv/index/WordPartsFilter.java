package dk.beslutningsarkiv.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lucene's lower case, Scandinavian normalization and stop filters plus compound splitting
 * ({@link CompoundSplitter}) in one, remembering what each word as written becomes
 * ({@link WordCache}): the word and the words it is built from, each unless a stop word.
 * Trying every substring of every long word against a 300,000-word dictionary was the largest
 * single cost of indexing. A part is emitted after its word, at its position and with its
 * offsets; a dropped stop word's position goes to the next token kept, as the stop filter does.
 * Parts are written straight into the term instead of through captured attribute states, which
 * cost as much as the splitting saved.
 */
final class WordPartsFilter extends TokenFilter {

    private static final int[] NO_PARTS = new int[0];

    /** A word as written, analysed: folded, whether it is a stop word, and its parts that are not, as (start, length) pairs. */
    private record Analysed(char[] word, boolean stop, int[] parts) {
    }

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final CompoundSplitter splitter;
    private final CharArraySet stopWords;
    private final int minWordSize;
    private final WordCache<Analysed> words = new WordCache<>();

    /** The word whose parts are being emitted, its offsets and the next part's index in its parts. */
    private Analysed current;
    private int startOffset;
    private int endOffset;
    private int next;
    /** Positions of stop words dropped since the last token emitted. */
    private int skipped;

    WordPartsFilter(TokenStream input, CompoundSplitter splitter, CharArraySet stopWords, int minWordSize) {
        super(input);
        this.splitter = splitter;
        this.stopWords = stopWords;
        this.minWordSize = minWordSize;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            if (current != null && next < current.parts().length) {
                termAtt.copyBuffer(current.word(), current.parts()[next], current.parts()[next + 1]);
                offsetAtt.setOffset(startOffset, endOffset);
                posIncAtt.setPositionIncrement(skipped);
                skipped = 0;
                next += 2;
                return true;
            }
            if (!input.incrementToken()) {
                current = null;
                return false;
            }
            current = analysed(termAtt.buffer(), termAtt.length());
            next = 0;
            startOffset = offsetAtt.startOffset();
            endOffset = offsetAtt.endOffset();
            if (current.stop()) {
                skipped += posIncAtt.getPositionIncrement();
            } else {
                termAtt.copyBuffer(current.word(), 0, current.word().length);
                posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
                skipped = 0;
                return true;
            }
        }
    }

    @Override
    public void end() throws IOException {
        super.end();
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        current = null;
        next = 0;
        skipped = 0;
    }

    private Analysed analysed(char[] buffer, int length) {
        Analysed found = words.get(buffer, length);
        if (found == null) {
            char[] word = WordCache.folded(buffer, length);
            found = new Analysed(word, stopWords.contains(word), word.length >= minWordSize ? splitter.parts(word) : NO_PARTS);
            words.put(buffer, length, found);
        }
        return found;
    }
}
