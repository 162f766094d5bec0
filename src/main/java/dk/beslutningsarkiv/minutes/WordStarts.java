package dk.beslutningsarkiv.minutes;

import java.util.Arrays;
import java.util.List;

/**
 * Where the words of a text start, grouped by first letter, found in one pass: the people and project
 * finders look for some eighty words in every item (names, verbs, project names), and a search of
 * the whole text for each of them was a few percent of an import. A word starts at a letter or digit
 * that does not follow a letter or an ASCII digit, so every match of an expression that begins
 * with a word after {@code \b} or {@code (?<![\p{L}\d])} starts at one of them.
 */
final class WordStarts {

    /** Letters beyond Latin-1 (after case folding) share the last group. */
    private static final int OTHER = 256;
    /** Latin-1 characters' groups, and which of them start a word or continue one: looked up, not computed. */
    private static final char[] LATIN1_GROUP = new char[OTHER];
    private static final boolean[] LATIN1_STARTS = new boolean[OTHER];
    private static final boolean[] LATIN1_IN_WORD = new boolean[OTHER];

    static {
        for (char c = 0; c < OTHER; c++) {
            LATIN1_GROUP[c] = (char) fold(c);
            LATIN1_STARTS[c] = Character.isLetterOrDigit(c);
            LATIN1_IN_WORD[c] = inWord(c);
        }
    }

    private final String text;
    /** The starts, grouped: group g holds {@code starts[groupStart[g] .. groupStart[g + 1])}, ascending. */
    private final int[] starts;
    private final int[] groupStart;

    private WordStarts(String text, int[] starts, int[] groupStart) {
        this.text = text;
        this.starts = starts;
        this.groupStart = groupStart;
    }

    static WordStarts of(String text) {
        int[] found = new int[Math.max(16, text.length() / 4)];
        char[] groups = new char[found.length];
        int[] count = new int[OTHER + 2];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean latin1 = c < OTHER;
            if (!inWord && (latin1 ? LATIN1_STARTS[c] : Character.isLetterOrDigit(c))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, 2 * n);
                    groups = Arrays.copyOf(groups, 2 * n);
                }
                char g = (char) group(c);
                found[n] = i;
                groups[n++] = g;
                count[g + 1]++;
            }
            inWord = latin1 ? LATIN1_IN_WORD[c] : inWord(c);
        }
        for (int g = 1; g < count.length; g++) {
            count[g] += count[g - 1];
        }
        int[] groupStart = count.clone();
        int[] starts = new int[n];
        for (int k = 0; k < n; k++) {
            starts[count[groups[k]]++] = found[k];
        }
        return new WordStarts(text, starts, groupStart);
    }

    /** A letter or an ASCII digit: no word starts right after one. */
    private static boolean inWord(char c) {
        return Character.isLetter(c) || (c >= '0' && c <= '9');
    }

    /**
     * The character's group: characters that are equal ignoring case (as {@code Pattern.CASE_INSENSITIVE
     * | UNICODE_CASE} compares them) fall in the same one.
     */
    private static int fold(char c) {
        int folded = Character.toLowerCase(Character.toUpperCase(c));
        return folded < OTHER ? folded : OTHER;
    }

    String text() {
        return text;
    }

    /**
     * The word starts where the text goes on with {@code word} (ignoring case if asked), ascending;
     * for a word that does not begin with a letter or digit, every position where the text does.
     */
    int[] startsOf(String word, boolean ignoreCase) {
        if (word.isEmpty() || !Character.isLetterOrDigit(word.charAt(0))) {
            return anywhere(word, ignoreCase);
        }
        int g = group(word.charAt(0));
        int[] at = new int[groupStart[g + 1] - groupStart[g]];
        int n = 0;
        for (int k = groupStart[g]; k < groupStart[g + 1]; k++) {
            int start = starts[k];
            if (secondMayMatch(start, word, ignoreCase)
                    && text.regionMatches(ignoreCase, start, word, 0, word.length())) {
                at[n++] = start;
            }
        }
        return Arrays.copyOf(at, n);
    }

    /**
     * False when the text's character after {@code start} cannot be the word's second, by a table
     * look-up: most starts of a letter's group differ there, and String.regionMatches ignoring case
     * costs more (characters equal ignoring case fold alike, so their groups are equal).
     */
    private boolean secondMayMatch(int start, String word, boolean ignoreCase) {
        if (word.length() < 2 || start + 1 >= text.length()) {
            return true;
        }
        char inText = text.charAt(start + 1);
        char inWord = word.charAt(1);
        return ignoreCase ? group(inText) == group(inWord) : inText == inWord;
    }

    private static int group(char c) {
        return c < OTHER ? LATIN1_GROUP[c] : fold(c);
    }

    private int[] anywhere(String word, boolean ignoreCase) {
        int[] at = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (text.regionMatches(ignoreCase, i, word, 0, word.length())) {
                at[n++] = i;
            }
        }
        return Arrays.copyOf(at, n);
    }

    /** The word starts where the text goes on with any of {@code words} (case as written), ascending. */
    int[] startsOf(List<String> words) {
        int[] at = new int[0];
        for (String word : words) {
            int[] more = startsOf(word, false);
            if (more.length > 0) {
                int n = at.length;
                at = Arrays.copyOf(at, n + more.length);
                System.arraycopy(more, 0, at, n, more.length);
            }
        }
        Arrays.sort(at);
        return at;
    }
}
