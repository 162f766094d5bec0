package dk.beslutningsarkiv.minutes;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern's matches in a text as {@link Matcher#find()} gives them, leftmost first, but tried only
 * where one can start: at an anchor (a string every match starts with), or, for a pattern that
 * starts with a name followed by its anchor, at a capital within the run of name characters
 * (letters, apostrophes, hyphens, dots, spaces) that ends at one. Trying every position of every
 * item's text was a sixth of the time spent parsing. Anchors where the text does not go on as
 * every match does are dropped first: most commas are not followed by a role word.
 */
final class AnchoredMatches {

    private final Matcher matcher;
    private final boolean nameFirst;
    private final String text;
    private final int[] anchors;
    private int next;
    /** Where the last match ended: the next starts there or later. */
    private int from;
    /** Below this, every position has been tried (a try's outcome does not depend on the anchor). */
    private int tried;

    /**
     * The matches of {@code pattern} in {@code text}: each starts at one of {@code anchors}, or,
     * if {@code nameFirst}, with a name that ends right before one. {@code atAnchor}, when not null,
     * is what every match holds from its anchor on (it may look behind).
     */
    AnchoredMatches(Pattern pattern, List<String> anchors, Pattern atAnchor, boolean nameFirst, String text) {
        this(pattern, positionsOf(anchors, atAnchor, text), nameFirst, text);
    }

    /** The same with the anchors' positions given, ascending (and checked, if there is a check). */
    AnchoredMatches(Pattern pattern, int[] anchors, boolean nameFirst, String text) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true);
        this.nameFirst = nameFirst;
        this.text = text;
        this.anchors = anchors;
    }

    /** Moves to the next match; {@link #matcher()} then holds it. */
    boolean find() {
        for (; next < anchors.length; next++) {
            int anchor = anchors[next];
            if (anchor < from) {
                continue;
            }
            if (!nameFirst) {
                if (matcher.region(anchor, text.length()).lookingAt()) {
                    from = matcher.end();
                    return true;
                }
                continue;
            }
            for (int s = nameRunStart(anchor, Math.max(from, tried)); s < anchor; s++) {
                tried = s + 1;
                if (Character.isUpperCase(text.codePointAt(s)) && matcher.region(s, text.length()).lookingAt()) {
                    from = matcher.end();
                    return true;
                }
            }
        }
        return false;
    }

    /** The current match. */
    Matcher matcher() {
        return matcher;
    }

    /**
     * The start of the run of characters a name and the space after it may hold that ends at
     * {@code end}, or {@code floor} if the run reaches back that far.
     */
    private int nameRunStart(int end, int floor) {
        int start = end;
        while (start > floor) {
            int c = text.codePointBefore(start);
            if (!(Character.isLetter(c) || c == '\'' || c == '’' || c == '-' || c == '.'
                    || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085')) {
                break;
            }
            start -= Character.charCount(c);
        }
        return Math.max(start, floor);
    }

    /**
     * Every start of any of the words in the text (inside other words too) where {@code atAnchor}
     * (if not null) matches, in ascending order.
     */
    static int[] positionsOf(List<String> words, Pattern atAnchor, String text) {
        int[] at = new int[8];
        int n = 0;
        for (String word : words) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                if (n == at.length) {
                    at = Arrays.copyOf(at, 2 * n);
                }
                at[n++] = i;
            }
        }
        Arrays.sort(at, 0, n);
        return where(Arrays.copyOf(at, n), atAnchor, text);
    }

    /** The positions where {@code atAnchor} matches; all of them when it is null. */
    static int[] where(int[] positions, Pattern atAnchor, String text) {
        if (atAnchor == null) {
            return positions;
        }
        Matcher check = atAnchor.matcher(text).useTransparentBounds(true);
        int[] at = new int[positions.length];
        int n = 0;
        for (int i : positions) {
            if (check.region(i, text.length()).lookingAt()) {
                at[n++] = i;
            }
        }
        return Arrays.copyOf(at, n);
    }
}
