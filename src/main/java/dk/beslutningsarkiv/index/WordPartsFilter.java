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
 * cost as much as the splitting saved. An item's words field first takes the words its title and
 * body fields met ({@link ItemWords}), as a tokenizer would have given them, then its own text.
 */
final class WordPartsFilter extends TokenFilter {

    private static final int[] NO_PARTS = new int[0];

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final CompoundSplitter splitter;
    private final CharArraySet stopWords;
    private final int minWordSize;
    private final WordCache<AnalysedWord> words = new WordCache<>();

    /** Words to give before the input's, and how many of them were given; null when none. */
    private ItemWords replay;
    private int replayed;
    /** The word whose parts are being emitted, its parts, offsets and the next part's index in its parts. */
    private AnalysedWord current;
    private int[] parts;
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
            if (current != null && next < parts.length) {
                termAtt.copyBuffer(current.folded, parts[next], parts[next + 1]);
                offsetAtt.setOffset(startOffset, endOffset);
                posIncAtt.setPositionIncrement(skipped);
                skipped = 0;
                next += 2;
                return true;
            }
            if (replay != null && replayed < replay.size()) {
                current = replay.get(replayed++);
                // The field keeps no offsets; these only keep the input's from going backwards.
                startOffset = 0;
                endOffset = 0;
                posIncAtt.setPositionIncrement(1);
            } else if (input.incrementToken()) {
                current = analysed(termAtt.buffer(), termAtt.length());
                startOffset = offsetAtt.startOffset();
                endOffset = offsetAtt.endOffset();
            } else {
                current = null;
                return false;
            }
            parts = partsOf(current);
            next = 0;
            if (current.stop) {
                skipped += posIncAtt.getPositionIncrement();
            } else {
                termAtt.copyBuffer(current.folded, 0, current.folded.length);
                offsetAtt.setOffset(startOffset, endOffset);
                posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
                skipped = 0;
                return true;
            }
        }
    }

    /** Gives the words of {@code words} before the input's, in the next text only (until {@link #close}). */
    void replayFirst(ItemWords words) {
        this.replay = words;
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
        replayed = 0;
    }

    @Override
    public void close() throws IOException {
        replay = null;
        super.close();
    }

    private AnalysedWord analysed(char[] buffer, int length) {
        AnalysedWord found = words.get(buffer, length);
        if (found == null) {
            char[] word = WordFolding.folded(buffer, length);
            found = new AnalysedWord(word, stopWords.contains(word), null);
            words.put(buffer, length, found);
        }
        return found;
    }

    /** The word's parts, split the first time this field meets it (a stop word's too). */
    private int[] partsOf(AnalysedWord word) {
        int[] found = word.parts();
        if (found == null) {
            found = word.folded.length >= minWordSize ? splitter.parts(word.folded) : NO_PARTS;
            word.parts(found);
        }
        return found;
    }
}
