package dk.beslutningsarkiv.minutes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a person's name and a role word look like in Danish documents. */
final class PersonNames {

    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}?[\\p{L}'’]+)*|\\p{Lu}\\.");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s/]+");
    private static final Set<String> PARTICLES = Set.of("von", "van", "de", "la", "af", "du", "le", "da", "el", "der", "den");
    // Words that make a capitalised phrase an organisation or a heading rather than a person.
    private static final Set<String> NOT_NAME = Set.of("region", "regionen", "kommune", "kommunes", "kommunen", "regioner",
            "danske", "hospital", "hospitalet", "sygehus", "sygehuset", "universitetshospital", "styrelsen", "ministeriet",
            "sundhedsstyrelsen", "styregruppen", "styregruppe", "sundhedsklynge", "klynge", "forum", "direktørforum",
            "chefforum", "koordinationsforum", "sekretariat", "sekretariatet", "psykiatrien", "kl", "plo", "rkkp", "lkt",
            "det", "den", "der", "de", "og", "i", "for", "til", "af", "på", "med", "om", "punkt", "bilag", "referat",
            "dagsorden", "indstilling", "beslutning", "sagsfremstilling", "status", "velkomst", "eventuelt", "orientering",
            "godkendelse", "drøftelse", "afbud", "deltagere", "patienter", "bekæmpelse", "kræftens", "landsforening",
            "kommunernes", "praksis", "almen", "team", "gruppe", "gruppen", "udvalg", "udvalget", "byråd", "rådet",
            "mødet", "møde", "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
            "oktober", "november", "december", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
            "nationale", "national", "sundhed", "sundheds", "social", "kvalitet", "lærings", "kvalitetsteams", "akutplan",
            "regionshuset", "rådhuset", "hele", "landet", "formand", "forperson", "næstformand", "direktør", "sag");
    /** Words ending a function's name: "Kontorchef" and "Afdelingsleder" end in one. */
    private static final List<String> ROLE_ENDINGS = List.of("direktør", "chef", "formand", "forperson", "forkvinde",
            "leder", "konsulent", "sekretær", "koordinator", "medarbejder", "borgmester", "rådmand", "overlæge",
            "cheflæge", "læge", "sygeplejerske", "specialist", "fuldmægtig", "rådgiver", "medlem", "referent",
            "repræsentant", "tovholder", "analytiker", "projektejer", "dirigent", "ordstyrer", "kommunaldirektør",
            "sundhedsfaglig", "observatør", "gæst", "oplægsholder", "psykolog", "terapeut", "jordemoder", "medformand",
            "næstformand", "næstforperson");

    private PersonNames() {
    }

    /** Two to five capitalised name parts (particles such as "von" allowed inside), no organisation words. */
    static boolean looksLikeName(String text) {
        if (text == null) {
            return false;
        }
        String[] tokens = SPACES.split(text.strip());
        if (tokens.length < 2 || tokens.length > 5) {
            return false;
        }
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            String lower = t.toLowerCase(Locale.ROOT);
            boolean inside = i > 0 && i < tokens.length - 1;
            if (inside && PARTICLES.contains(t)) {
                continue;
            }
            if (!NAME_TOKEN.matcher(t).matches() || NOT_NAME.contains(lower) || isRole(t)) {
                return false;
            }
            if (t.endsWith(".") && (i == 0 || i == tokens.length - 1)) {
                return false;
            }
            if (t.length() > 1 && t.chars().skip(1).allMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return true;
    }

    /** True for a word naming a function or a meeting role (direktør, kontorchef, formand, medformand). */
    static boolean isRole(String word) {
        if (word == null) {
            return false;
        }
        String w = word.strip();
        for (String ending : ROLE_ENDINGS) {
            if (w.regionMatches(true, w.length() - ending.length(), ending, 0, ending.length())) {
                // A word broken over lines is no role (as the regular expression this replaced had it).
                return w.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029');
            }
        }
        return false;
    }

    /** True when any word of the phrase is a role word. */
    static boolean containsRole(String phrase) {
        if (phrase == null) {
            return false;
        }
        for (String w : WORD_BREAK.split(phrase)) {
            if (isRole(w)) {
                return true;
            }
        }
        return false;
    }
}
