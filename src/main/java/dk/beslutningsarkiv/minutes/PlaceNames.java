package dk.beslutningsarkiv.minutes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whole-word search of place names in folded text, with the Århus/Aarhus spelling folded. */
final class PlaceNames {

    private PlaceNames() {
    }

    static boolean contains(String foldedText, String name) {
        return count(foldedText, name) > 0;
    }

    static int count(String foldedText, String name) {
        if (foldedText == null || name == null || name.isBlank()) {
            return 0;
        }
        String text = aa(foldedText);
        Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(aa(Folding.key(name))) + "(?![\\p{L}\\d])")
                .matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    // "Århus" and "Aarhus" are one place; å and aa are the same letter in Danish place names.
    private static String aa(String s) {
        return s.replace("å", "aa");
    }
}
