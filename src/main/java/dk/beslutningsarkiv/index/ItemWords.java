package dk.beslutningsarkiv.index;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;

/**
 * The words of an item's title and body as its text fields' analysis met them, handed on to its
 * words field ({@link Schema#WORDS}), which holds the same words again: that field then neither
 * tokenizes the texts a second time nor looks their words up again ({@link AnalysedWord}).
 *
 * <p>Lucene inverts a document's fields one after the other, in the document's order, on one
 * thread: the text fields made by {@link #textField} must come before the {@link #wordsField};
 * a words field inverted before them fails rather than index too few words. A document indexed
 * again (a second writer, a retry) records its texts' words anew.
 */
final class ItemWords {

    private AnalysedWord[] words = new AnalysedWord[256];
    private int size;
    /** The text fields made for this item, and those whose analysis has started. */
    private int texts;
    private int textsAnalysed;

    /** A text field of the item (title or body), whose words the words field takes over. */
    Field textField(String name, String value, IndexableFieldType type) {
        texts++;
        return new Field(name, value, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                TokenStream stream = super.tokenStream(analyzer, reuse);
                if (!(stream instanceof DanishWordFilter filter)) {
                    throw new IllegalStateException("field " + name + " is not analysed by DanishWordFilter");
                }
                startText();
                filter.recordInto(ItemWords.this);
                return stream;
            }
        };
    }

    /**
     * The item's words field: the text fields' words, then those of {@code more} (the completed
     * suspended compounds), analysed as the words field analyses text.
     */
    Field wordsField(String name, String more, IndexableFieldType type) {
        return new Field(name, more, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                if (textsAnalysed != texts) {
                    throw new IllegalStateException("field " + name + " analysed before the item's " + texts
                            + " text fields (" + textsAnalysed + " so far)");
                }
                TokenStream stream = super.tokenStream(analyzer, reuse);
                if (!(stream instanceof WordPartsFilter filter)) {
                    throw new IllegalStateException("field " + name + " is not analysed by WordPartsFilter");
                }
                filter.replayFirst(ItemWords.this);
                return stream;
            }
        };
    }

    /** A text field's analysis starts; when all had been analysed, the document is being indexed again. */
    private void startText() {
        if (textsAnalysed == texts) {
            size = 0;
            textsAnalysed = 0;
        }
        textsAnalysed++;
    }

    void add(AnalysedWord word) {
        if (size == words.length) {
            words = Arrays.copyOf(words, 2 * size);
        }
        words[size++] = word;
    }

    int size() {
        return size;
    }

    AnalysedWord get(int index) {
        return words[index];
    }
}
