package dk.beslutningsarkiv.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How every analysis of the archive folds a word first: lower case; æ, ø and å with their other
 * spellings ("aa", "ae", "oe", "ä", "ö") as Lucene's Scandinavian normalization folds them; and the
 * accents off the vowels of loanwords and names, which people type as often without ("komité" and
 * "komite", "idé" and "ide", "café"). Used both word by word ({@link #folded}, in the cached
 * filters) and as a filter ({@link #filter}, for normalizing query terms and dictionary words).
 */
public final class WordFolding {

    private static final ScandinavianNormalizer NORMALIZER = new ScandinavianNormalizer(ScandinavianNormalizer.ALL_FOLDINGS);
    private static final String ACCENTED = "éèêëáàâíìîïóòôúùûýçñ";
    private static final String PLAIN = "eeeeaaaiiiiooouuuycn";

    private WordFolding() {
    }

    /** The first {@code length} characters of {@code buffer}, folded, in a new array. */
    static char[] folded(char[] buffer, int length) {
        char[] word = Arrays.copyOf(buffer, length);
        CharacterUtils.toLowerCase(word, 0, length);
        int folded = NORMALIZER.processToken(word, length);
        unaccent(word, folded);
        return Arrays.copyOf(word, folded);
    }

    /** A word or name folded as the index folds its words, for comparing what was typed with them. */
    public static String fold(String text) {
        return new String(folded(text.toCharArray(), text.length()));
    }

    /** {@code in}'s tokens folded: Lucene's lower case and Scandinavian filters, then the accents. */
    static TokenStream filter(TokenStream in) {
        return new Unaccented(new ScandinavianNormalizationFilter(new LowerCaseFilter(in)));
    }

    private static void unaccent(char[] word, int length) {
        for (int i = 0; i < length; i++) {
            int at = word[i] > 'z' ? ACCENTED.indexOf(word[i]) : -1;
            if (at >= 0) {
                word[i] = PLAIN.charAt(at);
            }
        }
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
            unaccent(term.buffer(), term.length());
            return true;
        }
    }
}
