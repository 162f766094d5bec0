package dk.beslutningsarkiv.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agenda items. Item starts are numbered lines ("1. Velkomst", "Punkt 2: ...", "Pkt. 3",
 * "Ad 1.", numbered headings, Word auto-numbering, FirstAgenda table rows) that run in sequence; a
 * table of contents and numbered lists inside items (which restart at 1) are never items.
 */
final class ItemSplitter {

    /** A line that may start an item; strong markers (Punkt, Pkt., Ad, headings) outrank plain numbers. */
    record Candidate(int line, int number, String title, boolean strong) {
    }

    private static final Pattern STRONG = Pattern.compile("(?iu)^(?:punkt|pkt\\.?)\\s*(\\d{1,3})\\s*(?:[:.)\\-–]\\s*(.+)|\\s+(\\p{Lu}.*))$");
    private static final Pattern AD = Pattern.compile("(?iu)^ad\\s+(?:pkt\\.?\\s*|punkt\\s+)?(\\d{1,3})\\s*[.:)]?\\s+(\\S.*)$");
    private static final Pattern WEAK = Pattern.compile("^(\\d{1,3})\\s*[.)]\\s+(\\S.*)$");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d{1,3})[.)]?\\s+(\\S.*)$");
    private static final Pattern LABEL = Pattern.compile("^(\\d{1,3})[.)]?$");
    private static final Pattern NUMBER_ALONE = Pattern.compile("\\d{1,3}\\.?");
    private static final Pattern TOC_LINE = Pattern.compile("(?:\\.{4,}|…{2,}|\\t)\\s*\\d{1,3}\\s*$");
    private static final Pattern DOT_LEADER = Pattern.compile("\\.{4,}\\s*\\d{0,3}$");
    private static final Pattern MONTH_START = Pattern.compile("(?iu)^(januar|februar|marts|april|maj|juni|juli|august|"
            + "september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec|kvartal|halvår|"
            + "behandling|klasse|gang|del)\\b");
    // Lines between two list entries that still belong to the list (wrapped text, sub-labels such as "1a.").
    private static final int LIST_GAP = 3;
    private static final Set<String> CONNECTORS = Set.of("og", "i", "for", "af", "til", "med", "om", "på", "ved", "v.",
            "v/", "–", "-", "samt", "fra", "mod", "efter", "under", "jf.", "vedr.", "herunder", "&", "eller", "der", "som");

    private ItemSplitter() {
    }

    static List<ItemSpan> split(List<Line> lines) {
        List<Candidate> all = candidates(lines);
        List<Candidate> strong = all.stream().filter(Candidate::strong).toList();
        List<Candidate> chosen = strong.size() >= 2 ? strong : all;
        chosen = withoutTableOfContents(chosen);
        List<Candidate> chain = chain(chosen, lines);
        List<ItemSpan> spans = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            Candidate c = chain.get(i);
            int end = i + 1 < chain.size() ? chain.get(i + 1).line() : lines.size();
            spans.add(span(c, end, lines));
        }
        return spans;
    }

    static List<Candidate> candidates(List<Line> lines) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (endsInDigit(line.rawText()) && TOC_LINE.matcher(line.rawText()).find() || line.text().contains("....") && DOT_LEADER.matcher(line.text()).find()) {
                continue;
            }
            Candidate c = candidate(line, i, lines);
            if (c != null && !c.title().isBlank()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Contents lines end in a page number; the patterns are only worth trying on those. */
    private static boolean endsInDigit(String text) {
        String s = text.stripTrailing();
        return !s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1));
    }

    private static Candidate candidate(Line line, int i, List<Line> lines) {
        String text = line.text();
        if (line.isTableRow()) {
            List<String> cells = line.cells().stream().filter(c -> !c.isBlank()).toList();
            if (cells.size() >= 2 && NUMBER_ALONE.matcher(cells.get(0).strip()).matches()) {
                return new Candidate(i, Integer.parseInt(cells.get(0).strip().replace(".", "")), cells.get(1), true);
            }
            return null;
        }
        Matcher m = STRONG.matcher(text);
        if (m.matches()) {
            return new Candidate(i, Integer.parseInt(m.group(1)), m.group(2) != null ? m.group(2) : m.group(3), true);
        }
        m = AD.matcher(text);
        if (m.matches()) {
            return new Candidate(i, Integer.parseInt(m.group(1)), m.group(2), true);
        }
        if (NUMBER_ALONE.matcher(text).matches() && i + 1 < lines.size() && lines.get(i + 1).isHeading()) {
            return new Candidate(i, Integer.parseInt(text.replace(".", "")), lines.get(i + 1).text(), true);
        }
        if (line.isHeading()) {
            Matcher h = NUMBERED_HEADING.matcher(text);
            if (line.label() != null && LABEL.matcher(line.label()).matches()) {
                return new Candidate(i, number(line.label()), text, true);
            }
            return h.matches() && titleLike(h.group(2)) ? new Candidate(i, Integer.parseInt(h.group(1)), h.group(2), true) : null;
        }
        if (line.isListItem()) {
            if (line.level() <= 1 && line.label() != null && LABEL.matcher(line.label()).matches() && titleLike(text)) {
                return new Candidate(i, number(line.label()), text, false);
            }
            return null;
        }
        Matcher w = WEAK.matcher(text);
        if (w.matches() && titleLike(w.group(2))) {
            return new Candidate(i, Integer.parseInt(w.group(1)), w.group(2), false);
        }
        return null;
    }

    private static int number(String label) {
        return Integer.parseInt(label.replaceAll("[.)]", ""));
    }

    private static boolean titleLike(String rest) {
        String r = rest.strip();
        return !r.isEmpty() && !MONTH_START.matcher(r).find()
                && (Character.isUpperCase(r.codePointAt(0)) || Character.isDigit(r.codePointAt(0)) || "\"”'«".indexOf(r.charAt(0)) >= 0);
    }

    /** A title listed twice under one number is a table of contents (or agenda list) before the real item: keep the last. */
    private static List<Candidate> withoutTableOfContents(List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            Candidate c = cs.get(i);
            boolean repeated = false;
            for (int j = i + 1; j < cs.size(); j++) {
                Candidate d = cs.get(j);
                if (d.number() == c.number() && titleKey(d.title()).equals(titleKey(c.title()))) {
                    repeated = true;
                    break;
                }
            }
            if (!repeated) {
                out.add(c);
            }
        }
        return out;
    }

    private static String titleKey(String title) {
        String k = Folding.looseKey(title).replaceAll("[^\\p{L}\\d ]", "").replace(" ", "");
        return k.length() > 24 ? k.substring(0, 24) : k;
    }

    /**
     * Items run in sequence from 0 or 1. A candidate that restarts at 1 (or repeats a number already used)
     * opens a nested list; its entries, close together, are skipped until the list ends.
     */
    private static List<Candidate> chain(List<Candidate> cs, List<Line> lines) {
        List<Candidate> items = new ArrayList<>();
        Candidate nestedLast = null;
        for (Candidate c : cs) {
            if (nestedLast != null && c.number() == nestedLast.number() + 1 && close(nestedLast, c, lines)) {
                nestedLast = c;
                continue;
            }
            nestedLast = null;
            if (items.isEmpty()) {
                if (c.number() <= 1 || c.strong()) {
                    items.add(c);
                }
                continue;
            }
            int expected = items.get(items.size() - 1).number() + 1;
            if (c.number() == expected) {
                items.add(c);
            } else if (c.number() < expected) {
                nestedLast = c;
            } else if (c.strong() && c.number() <= expected + 3) {
                // A strong marker that skips a number or two (a withdrawn item) still starts an item.
                items.add(c);
            }
        }
        return items;
    }

    private static boolean close(Candidate a, Candidate b, List<Line> lines) {
        if (b.line() - a.line() - 1 > LIST_GAP) {
            return false;
        }
        for (int i = a.line() + 1; i < b.line(); i++) {
            if (lines.get(i).isHeading() || SectionHeadings.known(lines.get(i).text()) != null) {
                return false;
            }
        }
        return true;
    }

    private static ItemSpan span(Candidate c, int end, List<Line> lines) {
        String title = c.title();
        String caseNumber = null;
        Line line = lines.get(c.line());
        int body = c.line() + 1;
        if (line.isTableRow()) {
            Matcher cn = Pattern.compile("\\b([A-ZÆØÅ]{2,6}-\\d{4}-\\d{3,7})\\b").matcher(title);
            if (cn.find()) {
                caseNumber = cn.group(1);
                title = title.substring(0, cn.start());
            }
        } else if (!line.isHeading() && NUMBER_ALONE.matcher(lines.get(c.line()).text()).matches()) {
            body = c.line() + 2;
        }
        while (body < end && continuesTitle(title, lines.get(body))) {
            title = title + " " + lines.get(body).text();
            body++;
        }
        return new ItemSpan(c.number(), Folding.collapse(title), caseNumber, c.line(), Math.min(body, end), end);
    }

    /** A title wraps when it ends in a connecting word, or when a long title line is followed by a short tail. */
    private static boolean continuesTitle(String title, Line next) {
        String n = next.text();
        if (next.isHeading() || next.isTableRow() || next.label() != null || SectionHeadings.known(n) != null
                || CaseNumbers.alone(n).isPresent() || n.endsWith(":") || n.matches("^[-–•*·].*")) {
            return false;
        }
        String[] words = title.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (CONNECTORS.contains(last)) {
            return n.length() <= 80;
        }
        return title.length() >= 65 && n.length() <= 40 && !n.matches(".*[.!?]$") && n.split("\\s+").length <= 5;
    }
}
