package dk.beslutningsarkiv.minutes;

import java.util.ArrayList;
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

    /**
     * A name pattern; its anchors: strings every match starts with, or, when {@code nameFirst},
     * that every match has right after its name; what every match holds from its anchor on (null:
     * the pattern itself is tried there); and words beside the anchors it cannot match without
     * (none: the anchors say enough), so a text without one is not scanned.
     */
    private record NamePattern(Pattern pattern, List<String> anchors, Pattern atAnchor, boolean nameFirst,
            List<String> alsoNeedsOneOf) {
    }

    private static final List<NamePattern> NAME_PATTERNS = List.of(
            new NamePattern(AFTER_V, List.of("v.", "v/"), null, false, List.of()),
            new NamePattern(BEFORE_ROLE, List.of(","), Pattern.compile("(?U)" + ROLE_AFTER), true, ROLE_WORDS),
            new NamePattern(BEFORE_VERB, VERB_WORDS, Pattern.compile("(?U)(?<=\\s)" + VERB), true, List.of()));

    private final List<Participant> known;
    /** The known people's name keys, in the same order: folded once per meeting, not per item. */
    private final List<String> knownKeys;
    /** Known people by first name; "" for a first name that several of them have. */
    private final Map<String, String> byFirst = new LinkedHashMap<>();

    PeopleFinder(List<Participant> known) {
        this.known = List.copyOf(known);
        this.knownKeys = this.known.stream().map(p -> PersonMatcher.key(p.name())).toList();
        for (Participant p : known) {
            byFirst.merge(p.name().split("\\s+")[0], p.name(), (a, b) -> a.equals(b) ? a : "");
        }
    }

    /** Canonical names of the people the text names, in order of first mention. */
    List<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        TreeMap<Integer, String> found = new TreeMap<>();
        for (Participant p : known) {
            int at = indexOfName(text, p.name());
            if (at >= 0) {
                found.putIfAbsent(at, p.name());
            }
        }
        for (NamePattern named : NAME_PATTERNS) {
            if (!named.alsoNeedsOneOf().isEmpty() && named.alsoNeedsOneOf().stream().noneMatch(text::contains)) {
                continue;
            }
            AnchoredMatches matches = new AnchoredMatches(named.pattern(), named.anchors(), named.atAnchor(),
                    named.nameFirst(), text);
            while (matches.find()) {
                Matcher m = matches.matcher();
                String name = m.group(1);
                if (PersonNames.looksLikeName(name)) {
                    found.putIfAbsent(m.start(1), canonical(name));
                }
            }
        }
        // A first name alone ("Kathrine pointerede") is a known person when no other known person has it.
        boolean verbsSeen = false;
        for (Map.Entry<String, String> e : byFirst.entrySet()) {
            if (e.getValue().isEmpty() || found.containsValue(e.getValue()) || text.indexOf(e.getKey()) < 0) {
                continue;
            }
            // Most texts name no one this way: the verbs are looked for only once a candidate is there.
            if (!verbsSeen && VERB_WORDS.stream().noneMatch(text::contains)) {
                break;
            }
            verbsSeen = true;
            Matcher m = Pattern.compile("(?U)\\b" + Pattern.quote(e.getKey()) + VERBS).matcher(text);
            if (m.find()) {
                found.putIfAbsent(m.start(), e.getValue());
            }
        }
        List<String> out = new ArrayList<>();
        for (String n : found.values()) {
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The known person's printed name when the name is a spelling variant of one, else the name. */
    String canonical(String name) {
        int at = knownKeys.indexOf(PersonMatcher.key(name));
        return at >= 0 ? known.get(at).name() : name;
    }

    private static int indexOfName(String text, String name) {
        // Most names are not in most texts: a plain search first spares compiling a pattern.
        if (text.indexOf(name) < 0) {
            return -1;
        }
        Matcher m = Pattern.compile("(?U)\\b" + Pattern.quote(name) + "\\b").matcher(text);
        return m.find() ? m.start() : -1;
    }
}
