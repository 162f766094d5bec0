package dk.beslutningsarkiv.minutes;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case, dash and diacritic folding shared by the matchers, so every lookup compares the same keys. */
public final class Folding {

    /** What {@link #key} and {@link #collapse} treat as space: regex \\s and the no-break space. */
    private static final String SPACES = " \t\n\u000b\f\r\u00a0";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** Lower case, every dash as "-", spaces collapsed: the key under which names are compared. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String s = collapseRuns(text.strip(), SPACES).toLowerCase(Locale.ROOT);
        return hasDash(s) ? joinDashes(s) : s;
    }

    private static boolean hasDash(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDash(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDash(char c) {
        return c == '-' || c >= '\u2010' && c <= '\u2014' || c == '\u2212';
    }

    /** Every dash with the spaces (regex \\s) around it as one "-"; a loop, as the regex it replaced was a hot spot. */
    private static String joinDashes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isDash(c)) {
                out.append(c);
                continue;
            }
            int end = out.length();
            while (end > 0 && isRegexSpace(out.charAt(end - 1))) {
                end--;
            }
            out.setLength(end);
            out.append('-');
            while (i + 1 < s.length() && isRegexSpace(s.charAt(i + 1))) {
                i++;
            }
        }
        return out.toString();
    }

    /** A space as regex \\s (without UNICODE_CHARACTER_CLASS) has it. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Like {@link #key} but hyphens also become spaces, so "LKT-børnediabetes" meets "LKT børnediabetes". */
    public static String looseKey(String text) {
        String k = key(text).replace('-', ' ').replace('\u2019', '\'').replace('’', '\'');
        return collapseRuns(k, SPACES).strip();
    }

    /** ASCII transliteration: æ->ae, ø->oe, å->aa, other diacritics stripped. */
    public static String ascii(String text) {
        if (isAscii(text)) {
            // Nothing to replace or decompose; names and keys mostly are ASCII.
            return text;
        }
        String s = text.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "oe").replace("Ø", "Oe")
                .replace("å", "aa").replace("Å", "Aa");
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Spaces collapsed and trimmed; null stays null. */
    public static String collapse(String text) {
        return text == null ? null : collapseRuns(text, SPACES).strip();
    }

    /**
     * Every run of the given space characters (each at most U+0020, U+00A0 or from U+0100 on) as one plain
     * space. A hand-written loop: the regex equivalent ran over every line of every import and
     * rebuilt strings that needed no change.
     */
    public static String collapseRuns(String text, String spaces) {
        assert spaces.chars().noneMatch(c -> c > ' ' && c < '\u0100' && c != '\u00a0') : "isSpace would miss one of " + spaces;
        int i = firstRun(text, spaces);
        if (i < 0) {
            return text;
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        // Text between runs is copied a stretch at a time, not a character at a time.
        int copied = 0;
        while (i < n) {
            if (isSpace(text.charAt(i), spaces)) {
                out.append(text, copied, i).append(' ');
                while (i < n && isSpace(text.charAt(i), spaces)) {
                    i++;
                }
                copied = i;
            } else {
                i++;
            }
        }
        return out.append(text, copied, n).toString();
    }

    /**
     * Where the first run to rewrite may start (any space but a single plain one), or -1 when the
     * text has none: the usual case, found by one String.indexOf per kind of space, which the JVM
     * runs vectorised (a loop over the characters was 4.7% of an import's CPU at 1M items).
     */
    private static int firstRun(String text, String spaces) {
        int first = Integer.MAX_VALUE;
        for (int k = 0; k < spaces.length(); k++) {
            char space = spaces.charAt(k);
            int at = space == ' ' ? text.indexOf("  ") : text.indexOf(space);
            if (at >= 0) {
                first = Math.min(first, at);
            }
        }
        if (first == Integer.MAX_VALUE) {
            return -1;
        }
        // A plain space just before another kind of space starts the run.
        return first > 0 && text.charAt(first - 1) == ' ' && spaces.indexOf(' ') >= 0 ? first - 1 : first;
    }

    /** Printable Latin-1 (ASCII, and æ, ø, å), most of any text, is told apart without a look-up. */
    private static boolean isSpace(char c, String spaces) {
        return (c <= ' ' || c == '\u00a0' || c >= '\u0100') && spaces.indexOf(c) >= 0;
    }

    /** First letter in upper case (Locale.ROOT), the rest untouched. */
    public static String capitalise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + text.substring(Character.charCount(first));
    }
}
