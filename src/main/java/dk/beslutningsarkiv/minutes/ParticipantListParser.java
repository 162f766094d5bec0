package dk.beslutningsarkiv.minutes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who was present and absent in the header: blocks under Deltagere / Tilstede / Medlemmer and
 * Afbud / Fraværende, sub-groups ("Direktørforum:", "Sekretariat"), one-line lists and tables (with a
 * "Navn | Organisation | Rolle" header row or without). A person listed both present and absent is absent.
 */
final class ParticipantListParser {

    /** Present and absent people in document order, plus lines that could not be read. */
    record Result(List<Participant> present, List<Participant> absent, List<String> unread) {
    }

    private enum Mode { NONE, PRESENT, ABSENT }

    private static final Pattern PRESENT = Pattern.compile("(?iu)^(deltagere|deltager|deltog|tilstede|til stede|til stede var|"
            + "mødedeltagere|medlemmer|deltagende|fremmødte|til stede fra|deltagerliste)\\b\\s*[:.]?\\s*(.*)$");
    private static final Pattern ABSENT = Pattern.compile("(?iu)^(afbud|fraværende med afbud|fraværende|fravær|forfald|"
            + "ikke til stede|afbud fra|meldt afbud|afbud til mødet)\\b\\s*[:.]?\\s*(.*)$");
    private static final Pattern STOP = Pattern.compile("(?iu)^(indholdsfortegnelse|dagsorden|referat|indhold|punkter|"
            + "mødeleder|referent|dirigent|ordstyrer|kopi til|sted|mødested|tid|dato|mødedato|bemærkninger)\\b.*");

    private static final Set<String> ORGANISATION_TAILS = Set.of("Kommune", "Kommunes", "Regioner", "Hospital",
            "Sygehus", "Universitetshospital", "Hospitalsenhed", "Psykiatri", "Sundhedsklynge");

    private ParticipantListParser() {
    }

    static Result parse(List<Line> header) {
        List<Participant> present = new ArrayList<>();
        List<Participant> absent = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        Mode mode = Mode.NONE;
        int[] columns = null;
        String lastLine = null;
        List<Participant> lastTarget = present;
        for (Line line : header) {
            String text = line.text();
            Matcher p = PRESENT.matcher(firstCell(line));
            Matcher a = ABSENT.matcher(firstCell(line));
            if (a.matches() && !looksLikePerson(text)) {
                mode = Mode.ABSENT;
                addInline(line, a.group(2), absent, absent, unread);
                columns = null;
                continue;
            }
            if (p.matches() && !looksLikePerson(text)) {
                mode = Mode.PRESENT;
                addInline(line, p.group(2), present, absent, unread);
                columns = null;
                continue;
            }
            if (mode == Mode.NONE) {
                continue;
            }
            if (STOP.matcher(text).matches() || text.contains(".....")) {
                mode = Mode.NONE;
                continue;
            }
            List<Participant> target = mode == Mode.PRESENT ? present : absent;
            if (line.isTableRow()) {
                int[] header2 = TableParticipants.columns(line.cells());
                if (header2 != null) {
                    columns = header2;
                    continue;
                }
                TableParticipants.read(line.cells(), columns).ifPresent(target::add);
                continue;
            }
            if (lastLine != null && continues(lastLine, text) && !lastTarget.isEmpty()) {
                List<ParticipantLineParser.Parsed> again = ParticipantLineParser.parse(lastLine + " " + text);
                if (again.size() == 1) {
                    lastTarget.set(lastTarget.size() - 1, again.get(0).participant());
                    lastLine = lastLine + " " + text;
                    continue;
                }
            }
            lastLine = null;
            if (isGroupHeading(text)) {
                continue;
            }
            List<ParticipantLineParser.Parsed> parsed = ParticipantLineParser.parse(text);
            if (parsed.size() == 1) {
                lastLine = text;
                lastTarget = parsed.get(0).absent() ? absent : target;
            }
            if (parsed.isEmpty()) {
                unread.add(text);
            }
            for (ParticipantLineParser.Parsed x : parsed) {
                (x.absent() ? absent : target).add(x.participant());
            }
        }
        return new Result(withoutAbsent(dedupe(present), absent), dedupe(absent), unread);
    }

    private static void addInline(Line line, String rest, List<Participant> target, List<Participant> absent,
            List<String> unread) {
        if (line.isTableRow() && line.cells().size() > 1) {
            rest = String.join(", ", line.cells().subList(1, line.cells().size()));
        }
        if (rest == null || rest.isBlank()) {
            return;
        }
        List<ParticipantLineParser.Parsed> parsed = ParticipantLineParser.parse(rest);
        if (parsed.isEmpty()) {
            unread.add(rest);
        }
        for (ParticipantLineParser.Parsed x : parsed) {
            (x.absent() ? absent : target).add(x.participant());
        }
    }

    /** A line that carries on the previous person's line: "bugt Kommune" after "..., Jammer-" or "Kommune". */
    private static boolean continues(String previous, String text) {
        String first = text.split("[\\s,]+")[0];
        return Character.isLowerCase(text.codePointAt(0)) || previous.endsWith(",") || previous.endsWith("-")
                || ORGANISATION_TAILS.contains(first);
    }

    private static String firstCell(Line line) {
        if (line.isTableRow() && !line.cells().isEmpty()) {
            return line.cells().get(0).strip();
        }
        return line.text();
    }

    private static boolean looksLikePerson(String text) {
        return PersonNames.looksLikeName(text.split(",")[0].strip());
    }

    /** "Direktørforum:", "Sekretariat", "Fra Region Nordjylland:" introduce a sub-group, not a person. */
    private static boolean isGroupHeading(String text) {
        String t = text.strip();
        if (t.endsWith(":") && !t.contains(",")) {
            return true;
        }
        return !t.contains(" ") && !t.contains(",");
    }

    private static List<Participant> dedupe(List<Participant> people) {
        List<Participant> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Participant p : people) {
            if (seen.add(PersonMatcher.key(p.name()))) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Participant> withoutAbsent(List<Participant> present, List<Participant> absent) {
        List<PersonMatcher.Spelling> gone = absent.stream()
                .map(a -> PersonMatcher.Spelling.of(a.name(), a.organisation())).toList();
        List<Participant> out = new ArrayList<>();
        for (Participant p : present) {
            PersonMatcher.Spelling spelling = PersonMatcher.Spelling.of(p.name(), p.organisation());
            if (gone.stream().noneMatch(a -> spelling.samePerson(a) || spelling.key().equals(a.key()))) {
                out.add(p);
            }
        }
        return out;
    }
}
