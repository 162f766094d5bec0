package dk.beslutningsarkiv.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns structured text into clean lines. The extractor's cleaner normally does this already; the
 * parser repeats the cheap parts (blank lines, page-break spaces, *italics*, words hyphenated at line
 * ends) so that it reads any input the same way.
 */
final class LineReader {

    private static final String SPACES = " \u00a0\u2007\u202f\u200b";
    private static final Pattern ASTERISKS = Pattern.compile("(?<![\\w*])\\*{1,2}(?=\\S)|(?<=\\S)\\*{1,2}(?![\\w*])");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\t]]");
    // A typographic apostrophe inside a word ("LKT’er") is the plain one; quotation marks stay as printed.
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})[\u2019\u2018\u02BC](?=\\p{L})");
    private static final Pattern BROKEN_WORD_END = Pattern.compile(".*\\p{Ll}-$");
    // After "Lærings- " the hyphen is real: the phrase continues with a conjunction.
    private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt", "til", "som", "&");

    private LineReader() {
    }

    static List<Line> read(StructuredText text) {
        List<Line> lines = new ArrayList<>();
        boolean pageBreak = false;
        for (TextBlock b : text.blocks()) {
            if (b == null || b.kind() == null) {
                continue;
            }
            if (b.kind() == TextBlock.Kind.PAGE_BREAK) {
                pageBreak = true;
                continue;
            }
            List<String> cells = b.kind() == TextBlock.Kind.TABLE_ROW
                    ? b.cells().stream().map(c -> c == null ? "" : clean(c)).toList() : List.of();
            String raw = b.text() == null ? "" : b.text();
            List<String> parts = b.kind() == TextBlock.Kind.TABLE_ROW
                    ? List.of(String.join("\t", cells)) : LineBreaks.split(raw, true);
            for (String part : parts) {
                String clean = b.kind() == TextBlock.Kind.TABLE_ROW
                        ? String.join(" ", cells.stream().filter(c -> !c.isEmpty()).toList()) : clean(part);
                if (clean.isEmpty() || clean.equals("\t")) {
                    continue;
                }
                String label = b.label() == null ? null : clean(b.label());
                lines.add(new Line(lines.size(), b.kind(), b.level(), label, clean, part, cells, pageBreak));
                pageBreak = false;
            }
        }
        return joinBrokenWords(lines);
    }

    static String clean(String s) {
        String t = hasControl(s) ? CONTROL.matcher(s).replaceAll(" ") : s;
        // The look-around patterns are costly; most lines hold neither stars nor typographic apostrophes.
        if (t.indexOf('*') >= 0) {
            t = ASTERISKS.matcher(t).replaceAll("");
        }
        t = t.replace('\t', ' ');
        if (t.indexOf('\u2019') >= 0 || t.indexOf('\u2018') >= 0 || t.indexOf('\u02BC') >= 0) {
            t = APOSTROPHE.matcher(t).replaceAll("'");
        }
        return Folding.collapseRuns(t, SPACES).strip();
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' && c != '\t' || c >= '\u007f' && c <= '\u009f') {
                return true;
            }
        }
        return false;
    }

    /** Joins "efter-" + "retning" across lines; keeps "Lærings- og" and "LKT-sekretariatet". */
    private static List<Line> joinBrokenWords(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            while (i + 1 < lines.size() && brokenAtEnd(line, lines.get(i + 1))) {
                Line next = lines.get(i + 1);
                String joined = line.text().substring(0, line.text().length() - 1) + next.text();
                line = new Line(line.index(), line.kind(), line.level(), line.label(), joined,
                        line.rawText() + next.rawText(), line.cells(), line.afterPageBreak());
                i++;
            }
            out.add(new Line(out.size(), line.kind(), line.level(), line.label(), line.text(), line.rawText(),
                    line.cells(), line.afterPageBreak()));
        }
        return out;
    }

    private static boolean brokenAtEnd(Line line, Line next) {
        if (line.isTableRow() || next.isTableRow() || next.isHeading() || next.label() != null) {
            return false;
        }
        String t = line.text();
        // The cheap test first: most lines do not end in a hyphen.
        if (!t.endsWith("-") || !BROKEN_WORD_END.matcher(t).matches() || t.length() < 3 || t.charAt(t.length() - 2) == ' ') {
            return false;
        }
        String n = next.text();
        if (n.isEmpty() || !Character.isLowerCase(n.codePointAt(0))) {
            return false;
        }
        String firstWord = n.split("[ ,.;:]", 2)[0];
        return !CONJUNCTIONS.contains(firstWord);
    }
}
