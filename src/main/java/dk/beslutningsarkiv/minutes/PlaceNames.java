package dk.beslutningsarkiv.minutes;

/**
 * Whole-word search of place names in folded text, with the Århus/Aarhus spelling folded. A hand
 * scan rather than a regular expression: it runs for every municipality and region against each
 * committee line and organisation, and compiling a pattern per call was a tenth of parsing.
 */
final class PlaceNames {

    private PlaceNames() {
    }

    static boolean contains(String foldedText, String name) {
        return count(foldedText, name) > 0;
    }

    /** Non-overlapping occurrences of the name with neither a letter nor a digit on either side. */
    static int count(String foldedText, String name) {
        if (foldedText == null || name == null || name.isBlank()) {
            return 0;
        }
        String needle = aa(Folding.key(name));
        if (needle.isEmpty()) {
            return 0;
        }
        String text = aa(foldedText);
        int n = 0;
        int at = text.indexOf(needle);
        while (at >= 0) {
            int end = at + needle.length();
            if (!wordCharBefore(text, at) && !wordCharAt(text, end)) {
                n++;
                at = text.indexOf(needle, end);
            } else {
                at = text.indexOf(needle, at + 1);
            }
        }
        return n;
    }

    private static boolean wordCharBefore(String text, int at) {
        return at > 0 && isWordChar(text.codePointBefore(at));
    }

    private static boolean wordCharAt(String text, int at) {
        return at < text.length() && isWordChar(text.codePointAt(at));
    }

    /** What {@code [\p{L}\d]} matches: a letter, or an ASCII digit. */
    private static boolean isWordChar(int c) {
        return Character.isLetter(c) || (c >= '0' && c <= '9');
    }

    // "Århus" and "Aarhus" are one place; å and aa are the same letter in Danish place names.
    private static String aa(String s) {
        return s.indexOf('å') < 0 ? s : s.replace("å", "aa");
    }
}
