package dk.beslutningsarkiv.minutes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people an item names: the meeting's participants and absentees when mentioned (also by
 * first name alone when that is unambiguous), and other capitalised names that the text marks as people
 * ("v. Anne Hansen", "Tenna Bloch Olesen, oversygeplejerske", "Maria Frank fortalte").
 */
final class PeopleFinder {

    private static final List<String> ROLE_WORDS = List.of("direktør", "chef", "leder", "konsulent", "læge",
            "sygeplejerske", "formand", "forperson", "koordinator", "medarbejder", "rådgiver", "tovholder", "projektleder",
            "specialist", "psykolog", "borgmester", "rådmand");
    private static final List<String> VERB_WORDS = List.of("fortalte", "gav", "holdt", "præsenterede", "bemærkede",
            "motiverede", "indledte", "bød", "understregede", "pointerede", "sagde", "konkluderede", "orienterede",
            "redegjorde", "fremlagde", "deltog", "oplyste", "spurgte", "foreslog", "nævnte", "supplerede", "takkede",
            "påpegede");
    private static final String NAME = "(\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?)){1,3})";
    private static final Pattern AFTER_V = Pattern.compile("(?U)\\bv(?:\\.|/)\\s*" + NAME);
    private static final String ROLE_AFTER = ",\\s+(?:\\p{Ll}+\\s+){0,2}(?=\\p{Ll}*(?:" + String.join("|", ROLE_WORDS)
            + ")\\b)";
    private static final Pattern BEFORE_ROLE = Pattern.compile("(?U)" + NAME + ROLE_AFTER);
    private static final String VERB = "(?:" + String.join("|", VERB_WORDS) + ")\\b";
    private static final String VERBS = "\\s+" + VERB;
    private static final Pattern BEFORE_VERB = Pattern.compile("(?U)" + NAME + VERBS);
    /** What the text holds from a comma on where a name with a role may end. */
    private static final Pattern AT_ROLE = Pattern.compile("(?U)" + ROLE_AFTER);
    /** What the text holds from a verb on where a name may end before it. */
    private static final Pattern AT_VERB = Pattern.compile("(?U)(?<=\\s)" + VERB);

    private final List<Participant> known;
    /** The known people's name keys, in the same order: folded once per meeting, not per item. */
    private final List<String> knownKeys;
    /** Known people by first name; "" for a first name that several of them have. */
    private final Map<String, String> byFirst = new LinkedHashMap<>();
    /** A name and what must follow it, as an expression: compiled when first needed, once per meeting (one thread). */
    private final Map<String, Pattern> namePatterns = new HashMap<>();

    PeopleFinder(List<Participant> known) {
        this.known = List.copyOf(known);
        this.knownKeys = this.known.stream().map(p -> PersonMatcher.key(p.name())).toList();
        for (Participant p : known) {
            byFirst.merge(p.name().split("\\s+")[0], p.name(), (a, b) -> a.equals(b) ? a : "");
        }
    }

    /**
     * Canonical names of the people the text names, in order of first mention. Each expression is
     * tried only where its words stand: at a "v.", before a comma followed by a role, before a verb.
     */
    List<String> find(WordStarts words) {
        String text = words.text();
        if (text.isEmpty()) {
            return List.of();
        }
        TreeMap<Integer, String> found = new TreeMap<>();
        for (Participant p : known) {
            int at = firstAt(words, p.name(), "\\b");
            if (at >= 0) {
                found.putIfAbsent(at, p.name());
            }
        }
        collect(AFTER_V, words.startsOf(List.of("v.", "v/")), false, text, found);
        if (ROLE_WORDS.stream().anyMatch(text::contains)) {
            collect(BEFORE_ROLE, AnchoredMatches.positionsOf(List.of(","), AT_ROLE, text), true, text, found);
        }
        int[] verbs = AnchoredMatches.where(words.startsOf(VERB_WORDS), AT_VERB, text);
        collect(BEFORE_VERB, verbs, true, text, found);
        if (verbs.length > 0) {
            firstNamesBeforeVerbs(words, found);
        }
        List<String> out = new ArrayList<>();
        for (String n : found.values()) {
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** A first name alone ("Kathrine pointerede") is a known person when no other known person has it. */
    private void firstNamesBeforeVerbs(WordStarts words, TreeMap<Integer, String> found) {
        for (Map.Entry<String, String> e : byFirst.entrySet()) {
            if (!e.getValue().isEmpty() && !found.containsValue(e.getValue())) {
                int at = firstAt(words, e.getKey(), VERBS);
                if (at >= 0) {
                    found.putIfAbsent(at, e.getValue());
                }
            }
        }
    }

    /** The names {@code pattern} finds at or before (if {@code nameFirst}) the anchors that look like names. */
    private void collect(Pattern pattern, int[] anchors, boolean nameFirst, String text, TreeMap<Integer, String> found) {
        AnchoredMatches matches = new AnchoredMatches(pattern, anchors, nameFirst, text);
        while (matches.find()) {
            Matcher m = matches.matcher();
            String name = m.group(1);
            if (PersonNames.looksLikeName(name)) {
                found.putIfAbsent(m.start(1), canonical(name));
            }
        }
    }

    /** The known person's printed name when the name is a spelling variant of one, else the name. */
    String canonical(String name) {
        int at = knownKeys.indexOf(PersonMatcher.key(name));
        return at >= 0 ? known.get(at).name() : name;
    }

    /** Where the text first holds {@code name} as a word of its own followed by {@code after} (an expression), or -1. */
    private int firstAt(WordStarts words, String name, String after) {
        int[] starts = words.startsOf(name, false);
        if (starts.length == 0) {
            return -1;
        }
        Matcher m = namePatterns.computeIfAbsent(after + name, k -> Pattern.compile("(?U)\\b" + Pattern.quote(name) + after))
                .matcher(words.text()).useTransparentBounds(true);
        for (int start : starts) {
            if (m.region(start, words.text().length()).lookingAt()) {
                return start;
            }
        }
        return -1;
    }
}
