package dk.beslutningsarkiv.minutes;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The vocabulary of section headings inside agenda items, any case, with or without a colon. */
final class SectionHeadings {

    /** A recognised heading: its printed form, kind, and text following it on the same line (or ""). */
    record Heading(String heading, SectionKind kind, String inlineText) {
    }

    private static final Map<String, SectionKind> KNOWN = Map.ofEntries(
            Map.entry("indstilling", SectionKind.RECOMMENDATION), Map.entry("indstillinger", SectionKind.RECOMMENDATION),
            Map.entry("indstilling til punktet", SectionKind.RECOMMENDATION),
            Map.entry("indstilling til beslutning", SectionKind.RECOMMENDATION),
            Map.entry("administrationens indstilling", SectionKind.RECOMMENDATION),
            Map.entry("direktionens indstilling", SectionKind.RECOMMENDATION),
            Map.entry("forslag", SectionKind.RECOMMENDATION), Map.entry("forslag til beslutning", SectionKind.RECOMMENDATION),
            Map.entry("beslutningspunkter", SectionKind.RECOMMENDATION), Map.entry("indstilles", SectionKind.RECOMMENDATION),
            Map.entry("referat", SectionKind.DECISION), Map.entry("beslutning", SectionKind.DECISION),
            Map.entry("beslutninger", SectionKind.DECISION), Map.entry("afgørelse", SectionKind.DECISION),
            Map.entry("konklusion", SectionKind.DECISION), Map.entry("referat og beslutning", SectionKind.DECISION),
            Map.entry("beslutning/referat", SectionKind.DECISION), Map.entry("referat/beslutning", SectionKind.DECISION),
            Map.entry("udvalgets beslutning", SectionKind.DECISION), Map.entry("protokol", SectionKind.DECISION),
            Map.entry("sagsforløb", SectionKind.HISTORY), Map.entry("tidligere beslutninger", SectionKind.HISTORY),
            Map.entry("tidligere behandling", SectionKind.HISTORY), Map.entry("historik", SectionKind.HISTORY),
            Map.entry("bilag", SectionKind.ATTACHMENTS), Map.entry("bilagsliste", SectionKind.ATTACHMENTS),
            Map.entry("vedlagte bilag", SectionKind.ATTACHMENTS), Map.entry("bilag til punktet", SectionKind.ATTACHMENTS),
            Map.entry("indledning", SectionKind.OTHER), Map.entry("resumé", SectionKind.OTHER),
            Map.entry("resume", SectionKind.OTHER), Map.entry("sagsfremstilling", SectionKind.OTHER),
            Map.entry("baggrund", SectionKind.OTHER), Map.entry("proces", SectionKind.OTHER),
            Map.entry("økonomi", SectionKind.OTHER), Map.entry("økonomiske konsekvenser", SectionKind.OTHER),
            Map.entry("tidsplan", SectionKind.OTHER), Map.entry("kommunikation", SectionKind.OTHER),
            Map.entry("lovgrundlag", SectionKind.OTHER), Map.entry("høring", SectionKind.OTHER),
            Map.entry("vurdering", SectionKind.OTHER), Map.entry("sagens baggrund", SectionKind.OTHER),
            Map.entry("sagens indhold", SectionKind.OTHER), Map.entry("formål", SectionKind.OTHER),
            Map.entry("videre proces", SectionKind.OTHER), Map.entry("beslutningskompetence", SectionKind.OTHER),
            Map.entry("retsgrundlag", SectionKind.OTHER), Map.entry("administrationens bemærkninger", SectionKind.OTHER),
            Map.entry("data", SectionKind.OTHER), Map.entry("samlet vurdering", SectionKind.OTHER),
            Map.entry("sagsbeskrivelse", SectionKind.OTHER), Map.entry("supplerende sagsfremstilling", SectionKind.OTHER),
            Map.entry("konsekvenser", SectionKind.OTHER), Map.entry("handicappolitik", SectionKind.OTHER),
            Map.entry("klimakonsekvenser", SectionKind.OTHER), Map.entry("orientering", SectionKind.OTHER));
    private static final int LONGEST_KNOWN = KNOWN.keySet().stream().mapToInt(String::length).max().orElseThrow();
    private static final Pattern INLINE = Pattern.compile("^([\\p{L} /]{4,40}?)\\s*:\\s*(.*)$");
    private static final Pattern DECISION_OF = Pattern.compile("(?iu)^beslutning(?:er)?\\s+(?:i|fra)\\s+(.+?)(?:\\s+(?:den|d\\.)\\s+(.+?))?\\s*:?$");

    private SectionHeadings() {
    }

    /** The heading this line is, or null. "Beslutning i X den <date>" is a decision; its date is checked later. */
    static Heading known(String line) {
        return line == null || !couldBeHeading(line) ? null : read(line);
    }

    /** {@link #known} without the quick look at whether the line could be a heading. */
    static Heading read(String line) {
        String t = Folding.collapse(line);
        String bare = withoutTrailingColonsAndDots(t).strip();
        // Lower case is never shorter: a longer line is no heading of the list.
        String key = bare.length() <= LONGEST_KNOWN ? bare.toLowerCase(Locale.ROOT) : null;
        SectionKind kind = key == null ? null : KNOWN.get(key);
        if (kind != null) {
            return new Heading(Folding.capitalise(key), kind, "");
        }
        // Cheap checks first: most lines are prose, and neither pattern below can match them.
        if (t.length() <= 120 && (t.startsWith("b") || t.startsWith("B"))) {
            Matcher d = DECISION_OF.matcher(t);
            if (d.matches() && !t.contains(",") && t.split(" ").length <= 12) {
                return new Heading(t.replaceAll(":$", ""), SectionKind.DECISION, "");
            }
        }
        Matcher m = INLINE.matcher(t);
        if (t.indexOf(':') >= 4 && m.matches()) {
            SectionKind inline = KNOWN.get(m.group(1).strip().toLowerCase(Locale.ROOT));
            if (inline != null && !m.group(2).isBlank()) {
                return new Heading(Folding.capitalise(m.group(1).strip().toLowerCase(Locale.ROOT)), inline, m.group(2).strip());
            }
        }
        return null;
    }

    /**
     * False only for a line that none of the checks in {@link #known} can take: no colon, not starting
     * with "b", and more characters that folding keeps than any known heading has. Most lines are
     * prose, told apart here from their first few dozen characters without folding the whole line.
     */
    static boolean couldBeHeading(String line) {
        if (line.indexOf(':') >= 0) {
            return true;
        }
        int kept = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            // Spaces may fold away, and dots may end a heading ("Bilag."): neither is counted.
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '.') {
                continue;
            }
            if (kept == 0 && (c == 'b' || c == 'B')) {
                return true;
            }
            if (++kept > LONGEST_KNOWN) {
                return false;
            }
        }
        return true;
    }

    private static String withoutTrailingColonsAndDots(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ':' || text.charAt(end - 1) == '.')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The text after "Beslutning i" of a dated decision heading, e.g. "Magistraten den 30. september 2025", or null. */
    static String decisionOf(String heading) {
        Matcher d = DECISION_OF.matcher(heading == null ? "" : heading);
        return d.matches() ? heading.replaceFirst("(?iu)^beslutning(?:er)?\\s+(?:i|fra)\\s+", "") : null;
    }
}
