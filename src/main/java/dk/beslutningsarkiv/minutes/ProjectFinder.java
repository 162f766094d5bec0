package dk.beslutningsarkiv.minutes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the projects a text names, as canonical names: known projects and their aliases from the data
 * files (case, hyphens and spacing folded; all-capital aliases such as "IPS" matched exactly), unknown
 * "LKT <Name>" projects, and quoted names announced as a project ("projektet "Kom Trygt Hjem"").
 */
final class ProjectFinder {

    /** A name's pattern, with its first word in lower case: a text without that word cannot match. */
    private record Alias(Pattern pattern, String canonical, String firstWord) {
    }

    private static final Pattern LKT = Pattern.compile("(?U)\\bLKT[- ]((?:\\p{Lu}[\\p{L}]+)(?:\\s+(?:i\\s+)?\\p{Ll}[\\p{L}]+)?)");
    private static final Pattern QUOTED = Pattern.compile("(?U)\\b(projekt|projektet|initiativ|initiativet|indsats|indsatsen|"
            + "programmet|program|konceptet|koncept)\\s+[\"”“'‘’«]([\\p{Lu}][^\"”“'‘’«»\\d]{2,50}?)[\"”“'‘’»]");
    private static final List<String> QUOTED_WORDS = List.of("projekt", "initiativ", "indsats", "program", "koncept");
    private static final Set<String> LKT_NOT_A_PROJECT = Set.of("lkt", "lkt'er", "lkt'et", "lkterne", "lkt'erne");

    private final List<Alias> aliases = new ArrayList<>();
    private final TreeMap<String, String> byKey = new TreeMap<>();

    ProjectFinder(List<Gazetteer.Project> projects) {
        for (Gazetteer.Project p : projects) {
            List<String> names = new ArrayList<>(p.aliases());
            names.add(0, p.canonical());
            for (String name : names) {
                aliases.add(new Alias(pattern(name), p.canonical(), Folding.looseKey(name).split(" ")[0]));
                byKey.putIfAbsent(Folding.looseKey(name), p.canonical());
            }
        }
        // Longer names first, so "LKT Sammenhængende hoftebrudsforløb" is tried before shorter aliases.
        aliases.sort((a, b) -> Integer.compare(b.pattern().pattern().length(), a.pattern().pattern().length()));
    }

    private static Pattern pattern(String name) {
        boolean acronym = name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
        String[] words = Folding.looseKey(name).split(" ");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\d])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("[\\s\\-\u2010\u2011\u2013]+");
            }
            regex.append(Pattern.quote(acronym ? words[i].toUpperCase(Locale.ROOT) : words[i]));
        }
        // Danish definite endings: "Akutplanen", "IPS-projektet" is covered by the hyphen rule.
        regex.append("(?:en|et|s)?(?![\\p{L}\\d])");
        return acronym ? Pattern.compile(regex.toString())
                : Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Canonical project names in order of first mention. */
    List<String> find(WordStarts words) {
        String text = words.text();
        if (text.isEmpty()) {
            return List.of();
        }
        TreeMap<Integer, String> found = new TreeMap<>();
        List<int[]> taken = new ArrayList<>();
        // Most aliases share their first word with others ("lkt"): each word is looked for once.
        Map<String, int[]> starts = new HashMap<>();
        for (Alias a : aliases) {
            int[] at = starts.computeIfAbsent(a.firstWord(), w -> words.startsOf(w, true));
            if (at.length == 0) {
                continue;
            }
            // A name starts where its first word does: the pattern is tried only there.
            Matcher m = a.pattern().matcher(text).useTransparentBounds(true);
            for (int start : at) {
                if (m.region(start, text.length()).lookingAt()) {
                    take(m, a.canonical(), taken, found);
                }
            }
        }
        // Like the names above, the pattern is only tried where the word it starts with stands.
        AnchoredMatches lktNames = new AnchoredMatches(LKT, words.startsOf("LKT", false), false, text);
        while (lktNames.find()) {
            Matcher lkt = lktNames.matcher();
            if (overlaps(taken, lkt.start(), lkt.end())) {
                continue;
            }
            String name = "LKT " + lkt.group(1).split("\\s+")[0];
            if (!LKT_NOT_A_PROJECT.contains(Folding.looseKey(name.substring(4)))) {
                found.putIfAbsent(lkt.start(), byKey.getOrDefault(Folding.looseKey(name), name));
            }
        }
        // A quoted name follows one of a few words: the pattern is tried where they stand, left to right.
        AnchoredMatches quoted = new AnchoredMatches(QUOTED, words.startsOf(QUOTED_WORDS), false, text);
        while (quoted.find()) {
            Matcher q = quoted.matcher();
            String name = Folding.collapse(q.group(2));
            int nameWords = name.split(" ").length;
            if (nameWords >= 1 && nameWords <= 6 && !overlaps(taken, q.start(2), q.end(2))) {
                found.putIfAbsent(q.start(2), byKey.getOrDefault(Folding.looseKey(name), name));
            }
        }
        return List.copyOf(new LinkedHashSet<>(found.values()));
    }

    /** Records the match unless it overlaps one taken before. */
    private static void take(Matcher m, String canonical, List<int[]> taken, TreeMap<Integer, String> found) {
        if (!overlaps(taken, m.start(), m.end())) {
            taken.add(new int[] {m.start(), m.end()});
            found.putIfAbsent(m.start(), canonical);
        }
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && end > t[0]) {
                return true;
            }
        }
        return false;
    }
}
