package dk.beslutningsarkiv.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an item's lines into sections at known headings ("Indstilling", "Referat", "Beslutning i X den
 * ..."), at "Det indstilles, at ..." and at free headings (short lines that stand alone between
 * sentences). In minutes, a decision sentence after a recommendation's points ("Styregruppen tiltrådte
 * indstillingen.") opens an untitled decision section.
 */
final class SectionSplitter {

    private static final Pattern BULLET = Pattern.compile("^(?:[-–•*·▪◦]|\\d{1,2}[a-z]?[.)])\\s*.*");
    private static final Pattern RECOMMENDS = Pattern.compile(
            "(?iu)^(det\\s+indstilles|(?:administrationen|direktionen|forvaltningen|sekretariatet)\\s+indstiller)");
    private static final Pattern DECIDED = Pattern.compile("(?iu).*\\b(tiltrådte|tiltrådt|tiltræder|tiltrædes|"
            + "blev\\s+godkendt|godkendte|godkendes|blev\\s+besluttet|besluttede|blev\\s+taget\\s+til\\s+efterretning|"
            + "tog\\s+.{0,60}til\\s+efterretning|blev\\s+drøftet|drøftede|blev\\s+udsat|blev\\s+afvist|blev\\s+vedtaget)\\b.*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:]$");
    /** A line ending in a word that needs one after it, in lower case ("Fase I" is a heading): a preposition, conjunction or article. */
    private static final Pattern CONTINUED = Pattern.compile("(?u)\\s(?:i|og|for|af|til|med|på|om|at|en|et|den|det|de|"
            + "fra|ved|som|eller|samt|under|over|efter|mod|mellem|hos|uden|inden)$");

    private SectionSplitter() {
    }

    static List<RawSection> split(List<Line> lines, boolean minutes) {
        List<RawSection> sections = new ArrayList<>();
        RawSection current = RawSection.open(null, SectionKind.OTHER);
        boolean recommendationPoints = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            SectionHeadings.Heading h = SectionHeadings.known(text);
            if (h != null) {
                current = next(sections, current, h.heading(), h.kind());
                recommendationPoints = false;
                if (!h.inlineText().isEmpty()) {
                    current.lines().add(withText(line, h.inlineText()));
                }
                continue;
            }
            if (RECOMMENDS.matcher(text).find() && current.kind() != SectionKind.RECOMMENDATION
                    && current.kind() != SectionKind.HISTORY && current.kind() != SectionKind.DECISION) {
                current = next(sections, current, "Indstilling", SectionKind.RECOMMENDATION);
                recommendationPoints = false;
            } else if (minutes && current.kind() == SectionKind.RECOMMENDATION && recommendationPoints
                    && !isListLine(line) && DECIDED.matcher(text).matches()) {
                current = next(sections, current, null, SectionKind.DECISION);
            } else if (current.kind() != SectionKind.ATTACHMENTS && freeHeading(lines, i)) {
                current = next(sections, current, Folding.collapse(text), SectionKind.OTHER);
                recommendationPoints = false;
                continue;
            }
            if (current.kind() == SectionKind.RECOMMENDATION && (isListLine(line) || RECOMMENDS.matcher(text).find())) {
                recommendationPoints = true;
            }
            current.lines().add(line);
        }
        if (!current.lines().isEmpty() || current.heading() != null) {
            sections.add(current);
        }
        return sections;
    }

    private static RawSection next(List<RawSection> sections, RawSection current, String heading, SectionKind kind) {
        if (!current.lines().isEmpty() || current.heading() != null) {
            sections.add(current);
        }
        return RawSection.open(heading, kind);
    }

    private static Line withText(Line line, String text) {
        return new Line(line.index(), line.kind(), line.level(), null, text, text, line.cells(), line.afterPageBreak());
    }

    static boolean isListLine(Line line) {
        return line.isListItem() || BULLET.matcher(line.text()).matches();
    }

    /** A short line standing alone between sentences, such as "Data" or "Samlet vurdering", or a heading block. */
    private static boolean freeHeading(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.isHeading()) {
            return !line.text().isBlank();
        }
        if (line.kind() != TextBlock.Kind.PARAGRAPH || i + 1 >= lines.size()) {
            return false;
        }
        String t = line.text();
        if (t.length() > 60 || WHITESPACE.split(t).length > 6 || !Character.isUpperCase(t.codePointAt(0)) || BULLET.matcher(t).matches()
                || SENTENCE_END.matcher(t).matches() || t.endsWith(",") || t.endsWith(";")
                || PersonNames.looksLikeName(t) || CaseNumbers.alone(t).isPresent() || DateFinder.first(t).isPresent()) {
            return false;
        }
        boolean afterSentence = i == 0 || SENTENCE_END.matcher(lines.get(i - 1).text()).matches()
                || lines.get(i - 1).isHeading() || SectionHeadings.known(lines.get(i - 1).text()) != null;
        Line next = lines.get(i + 1);
        // A line the next one goes on from ("Direktørforum godkendte" / "målgruppen ...", "Indsatserne i" /
        // "Akutplanen ...") is a sentence broken across lines, not a heading.
        boolean beforeText = next.kind() == TextBlock.Kind.PARAGRAPH && next.text().length() > t.length()
                && SectionHeadings.known(next.text()) == null && !Character.isLowerCase(next.text().codePointAt(0))
                && !CONTINUED.matcher(t).find();
        return afterSentence && beforeText;
    }
}
