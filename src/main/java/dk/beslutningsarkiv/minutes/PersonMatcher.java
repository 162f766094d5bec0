package dk.beslutningsarkiv.minutes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides whether two printed names denote one person and picks the canonical spelling. Spelling
 * variants (doubled or dropped letters, th/t, Høeg/Høg) match on their own; a missing middle or last
 * name ("Jens Ravnholt" / "Jens Ravnholt Pedersen") matches only when the organisations agree.
 */
public final class PersonMatcher {

    private PersonMatcher() {
    }

    /** True when the two names (with their organisations, either may be null) denote the same person. */
    public static boolean samePerson(String nameA, String orgA, String nameB, String orgB) {
        return Spelling.of(nameA, orgA).samePerson(Spelling.of(nameB, orgB));
    }

    /** True when both organisations are printed and fold to the same key ("Århus Kommune" = "Aarhus Kommune"). */
    public static boolean sameOrganisation(String orgA, String orgB) {
        return Spelling.sameOrganisation(organisationKey(orgA), organisationKey(orgB));
    }

    /** A spelling-tolerant key of a name: equal keys mean spelling variants of one name. */
    public static String key(String name) {
        return String.join(" ", tokens(name));
    }

    /**
     * A name and organisation folded for comparing: made once for a name compared with many, as
     * folding cost more than comparing.
     */
    record Spelling(List<String> tokens, String key, String organisationKey) {

        static Spelling of(String name, String organisation) {
            List<String> tokens = PersonMatcher.tokens(name);
            return new Spelling(tokens, String.join(" ", tokens), PersonMatcher.organisationKey(organisation));
        }

        boolean samePerson(Spelling other) {
            List<String> a = tokens;
            List<String> b = other.tokens;
            if (a.isEmpty() || b.isEmpty()) {
                return false;
            }
            if (a.equals(b)) {
                return true;
            }
            if (!sameOrganisation(organisationKey, other.organisationKey) || a.size() < 2 || b.size() < 2
                    || !a.get(0).equals(b.get(0))) {
                return false;
            }
            List<String> shorter = a.size() <= b.size() ? a : b;
            List<String> longer = a.size() <= b.size() ? b : a;
            return isSubsequence(shorter, longer) || nearlyEqual(key, other.key);
        }

        private static boolean sameOrganisation(String a, String b) {
            return a != null && b != null && !a.isEmpty() && a.equals(b);
        }
    }

    private static String organisationKey(String organisation) {
        return organisation == null ? null : key(organisation);
    }

    /** The canonical spelling among occurrences of one person: most name parts, then most frequent, then first alphabetically. */
    public static String canonical(Collection<String> occurrences) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String o : occurrences) {
            if (o != null && !o.isBlank()) {
                counts.merge(Folding.collapse(o), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getKey().split(" ").length)
                        .thenComparing(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Groups mentions of people and maps every printed name to its group's canonical spelling; input
     * order does not change the result.
     */
    public static Map<String, String> canonicalNames(List<Participant> mentions) {
        List<Participant> sorted = new ArrayList<>(mentions.stream().filter(p -> p != null && p.name() != null).toList());
        sorted.sort(Comparator.comparing(Participant::name)
                .thenComparing(p -> p.organisation() == null ? "" : p.organisation()));
        List<Spelling> spellings = sorted.stream().map(p -> Spelling.of(p.name(), p.organisation())).toList();
        int[] parent = new int[sorted.size()];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                if (spellings.get(i).samePerson(spellings.get(j))) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<String>> groups = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sorted.get(i).name());
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (List<String> names : groups.values()) {
            String canonical = canonical(names);
            names.forEach(n -> result.putIfAbsent(n, canonical));
        }
        return result;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String word : letterWords(Folding.ascii(name.toLowerCase(java.util.Locale.ROOT)))) {
            out.add(phonetic(word));
        }
        return out;
    }

    /**
     * The runs of a-z between (regex) spaces, other characters dropped: {@code
     * s.replaceAll("[^a-z\\s]", "").split("\\s+")} without empty words, in one pass, as the two
     * expressions were compiled on every call.
     */
    static List<String> letterWords(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                word.append(c);
            } else if (Folding.isRegexSpace(c) && !word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    // Letters that Danish spellings of one name trade freely; doubled letters collapse last.
    private static String phonetic(String t) {
        String s = t.replace("th", "t").replace("ph", "f").replace("ch", "k").replace("ck", "k")
                .replace('c', 'k').replace('w', 'v').replace('z', 's').replace('q', 'k').replace("x", "ks");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static boolean isSubsequence(List<String> shorter, List<String> longer) {
        int j = 0;
        for (String t : longer) {
            if (j < shorter.size() && shorter.get(j).equals(t)) {
                j++;
            }
        }
        return j == shorter.size();
    }

    // One edit apart on a long name: a typo, accepted only with agreeing organisations.
    private static boolean nearlyEqual(String a, String b) {
        if (a.length() < 10 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= 1;
    }
}
