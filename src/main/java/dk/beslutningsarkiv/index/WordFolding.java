package dk.beslutningsarkiv.index;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How every analysis of the archive folds a word first: lower case; the accents off the letters of
 * loanwords and names, which people type as often without ("komité" and "komite", "idé" and "ide",
 * "Müller" and "Muller"), but for æ, ø, å, ä and ö; then æ, ø and å with their other spellings
 * ("aa", "ae", "oe", "ä", "ö") as Lucene's Scandinavian normalization folds them. Accents go first,
 * so "Israël" meets "Israel" as "isræl". Used word by word ({@link #folded}, in the cached filters)
 * and as a filter ({@link #filter}, for normalizing query terms and dictionary words).
 */
public final class WordFolding {

    private static final ScandinavianNormalizer NORMALIZER =
            new ScandinavianNormalizer(ScandinavianNormalizer.ALL_FOLDINGS);
    private static final char FIRST_MAPPED = '\u00c0';
    /** Each letter from U+00C0 to U+024F without its accents (itself when it has none to lose, or is kept). */
    private static final char[] PLAIN = plainLetters('\u024f');
    private static final String KEPT = "æøåäöÆØÅÄÖ";

    private WordFolding() {
    }

    /** A word or name folded as the index folds its words, for comparing what was typed with them. */
    public static String fold(String text) {
        return new String(folded(text.toCharArray(), text.length()));
    }

    /** The first {@code length} characters of {@code buffer}, folded, in a new array. */
    static char[] folded(char[] buffer, int length) {
        char[] word = unaccented(Arrays.copyOf(buffer, length));
        CharacterUtils.toLowerCase(word, 0, word.length);
        return Arrays.copyOf(word, NORMALIZER.processToken(word, word.length));
    }

    /** {@code in}'s tokens folded: Lucene's lower case filter, the accents, Lucene's Scandinavian filter. */
    static TokenStream filter(TokenStream in) {
        return new ScandinavianNormalizationFilter(new Unaccented(new LowerCaseFilter(in)));
    }

    /**
     * {@code word} without accents (in place, or a new array when letters written as a base and a
     * combining accent, as some PDFs carry them, had to be composed first).
     */
    private static char[] unaccented(char[] word) {
        char[] plain = composed(word);
        for (int i = 0; i < plain.length; i++) {
            char c = plain[i];
            if (c >= FIRST_MAPPED && c - FIRST_MAPPED < PLAIN.length) {
                plain[i] = PLAIN[c - FIRST_MAPPED];
            }
        }
        return plain;
    }

    private static char[] composed(char[] word) {
        for (char c : word) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return Normalizer.normalize(new String(word), Normalizer.Form.NFC).toCharArray();
            }
        }
        return word;
    }

    private static char[] plainLetters(char last) {
        char[] plain = new char[last - FIRST_MAPPED + 1];
        for (int i = 0; i < plain.length; i++) {
            char c = (char) (FIRST_MAPPED + i);
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            boolean accented = decomposed.length() > 1 && decomposed.charAt(0) < FIRST_MAPPED;
            plain[i] = accented && KEPT.indexOf(c) < 0 ? decomposed.charAt(0) : c;
        }
        return plain;
    }

    private static final class Unaccented extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Unaccented(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] word = unaccented(Arrays.copyOf(term.buffer(), term.length()));
            term.copyBuffer(word, 0, word.length);
            return true;
        }
    }
}
