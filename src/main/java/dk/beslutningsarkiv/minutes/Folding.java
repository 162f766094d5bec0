package dk.beslutningsarkiv.minutes;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case, dash and diacritic folding shared by the matchers, so every lookup compares the same keys. */
public final class Folding {

    private static final Pattern DASHES = Pattern.compile("\\s*[\\-\u2010\u2011\u2012\u2013\u2014\u2212]\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** Lower case, every dash as "-", spaces collapsed: the key under which names are compared. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String s = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return DASHES.matcher(s).replaceAll("-");
    }

    /** Like {@link #key} but hyphens also become spaces, so "LKT-børnediabetes" meets "LKT børnediabetes". */
    public static String looseKey(String text) {
        String k = key(text).replace('-', ' ').replace('\u2019', '\'').replace('’', '\'');
        return SPACES.matcher(k).replaceAll(" ").strip();
    }

    /** ASCII transliteration: æ->ae, ø->oe, å->aa, other diacritics stripped. */
    public static String ascii(String text) {
        String s = text.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "oe").replace("Ø", "Oe")
                .replace("å", "aa").replace("Å", "Aa");
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Spaces collapsed and trimmed; null stays null. */
    public static String collapse(String text) {
        return text == null ? null : SPACES.matcher(text).replaceAll(" ").strip();
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
