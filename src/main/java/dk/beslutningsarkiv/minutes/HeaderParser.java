package dk.beslutningsarkiv.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header block: kind word, title ("Dagsorden til møde i X den ..."), form fields ("Tid ...",
 * "Sted ...", "Udvalg: ..."), case number. The meeting date is taken only from the title or a date
 * field, never from a bare issue date or from body text.
 */
final class HeaderParser {

    private static final Pattern TITLE = Pattern.compile("^(dagsorden|referat|mødereferat|beslutningsprotokol|beslutningsreferat)"
            + "\\b[\\s:]*(?:(?:til|af|fra|for|over)\\s+)?(?:(?:det\\s+)?(?:ordinære\\s+|ekstraordinære\\s+)?møde(?:t|r)?\\s+(?:i|for|med)\\s+)?(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern KIND_ALONE = Pattern.compile("^(dagsorden|referat|notat|beslutningsprotokol|mødereferat)[.:]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COMMITTEE_END = Pattern.compile("\\s+(?:den|d\\.)\\s+(?=\\d|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
            + "|\\s+kl\\.|,?\\s+(?=(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\\b)|\\s+(?=\\d{1,2}[.\\-/])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE_CONTINUATION = Pattern.compile("^(?:den|d\\.|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern VIRTUAL = Pattern.compile("virtuel|teams|online|zoom|skype|videomøde", Pattern.CASE_INSENSITIVE);
    private static final Pattern HELD = Pattern.compile("^mødet\\s+(?:afholdes|holdes|foregår)\\s+(?:i|på)\\s+([^.]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> DATE_LABELS = Set.of("mødedato", "dato", "tid", "tidspunkt", "mødetid", "dato og tid",
            "mødetidspunkt", "tid og sted");
    private static final Set<String> PLACE_LABELS = Set.of("sted", "mødested", "lokale", "lokation", "mødelokale", "adresse");
    private static final Set<String> BODY_LABELS = Set.of("møde", "udvalg", "mødeforum", "forum", "organ", "råd");

    private HeaderParser() {
    }

    static Header parse(List<Line> header, List<Integer> years) {
        DocumentType kind = null;
        DocumentType titleKind = null;
        String committee = null;
        String titleCommittee = null;
        DateFinder.DateMatch labelledDate = null;
        DateFinder.DateMatch titleDate = null;
        TimeFinder.TimeRange labelledTime = null;
        TimeFinder.TimeRange titleTime = null;
        String location = null;
        String caseNumber = null;
        String standaloneBody = null;
        for (int i = 0; i < header.size(); i++) {
            Line line = header.get(i);
            String text = line.text();
            Optional<String[]> field = FormFields.split(line);
            if (field.isPresent()) {
                String label = field.get()[0];
                String value = field.get()[1];
                if (DATE_LABELS.contains(label)) {
                    Optional<DateFinder.DateMatch> d = DateFinder.first(value);
                    if (d.isPresent() && labelledDate == null) {
                        labelledDate = d.get();
                    }
                    String rest = d.map(m -> value.substring(m.end())).orElse(value);
                    if (labelledTime == null) {
                        labelledTime = TimeFinder.find(rest, true).orElse(null);
                    }
                    continue;
                }
                if (PLACE_LABELS.contains(label)) {
                    location = location == null ? place(value) : location;
                    continue;
                }
                if (BODY_LABELS.contains(label)) {
                    committee = committee == null ? bodyName(value.replaceFirst("(?i)^i\\s+", "")) : committee;
                    continue;
                }
                if (label.startsWith("sag") || label.startsWith("j")) {
                    caseNumber = caseNumber == null ? CaseNumbers.alone(value).orElse(null) : caseNumber;
                    continue;
                }
            }
            Matcher kindAlone = KIND_ALONE.matcher(text);
            if (kindAlone.matches()) {
                kind = kind == null ? kindOf(kindAlone.group(1)) : kind;
                // "REFERAT" on its own line is often followed by the body's name on the next.
                if (i + 1 < header.size() && standaloneBody == null) {
                    standaloneBody = bodyLine(header.get(i + 1));
                }
                continue;
            }
            Matcher title = TITLE.matcher(text);
            if (title.matches() && titleKind == null) {
                titleKind = kindOf(title.group(1));
                String rest = title.group(2);
                String withNext = rest;
                if (DateFinder.first(rest).isEmpty() && i + 1 < header.size()
                        && DATE_CONTINUATION.matcher(header.get(i + 1).text()).find()) {
                    withNext = rest + " " + header.get(i + 1).text();
                }
                titleCommittee = bodyName(rest);
                Optional<DateFinder.DateMatch> d = DateFinder.first(withNext);
                if (d.isPresent()) {
                    titleDate = d.get();
                    titleTime = TimeFinder.find(withNext.substring(d.get().end()), false).orElse(null);
                }
                continue;
            }
            Matcher held = HELD.matcher(text);
            if (location == null && VIRTUAL.matcher(text).find() && text.toLowerCase(Locale.ROOT).startsWith("mødet")) {
                location = "Virtuelt";
            } else if (location == null && held.find()) {
                location = place(held.group(1));
            }
            if (caseNumber == null) {
                caseNumber = CaseNumbers.alone(text).orElse(null);
            }
        }
        DateFinder.DateMatch dateMatch = labelledDate != null ? labelledDate : titleDate;
        LocalDate date = dateMatch == null ? null : DateFinder.resolve(dateMatch, years).orElse(null);
        TimeFinder.TimeRange time = labelledTime != null ? labelledTime : titleTime;
        String body = committee != null ? committee : titleCommittee != null ? titleCommittee : standaloneBody;
        return new Header(titleKind != null ? titleKind : kind, body, date, time == null ? null : time.start(),
                time == null ? null : time.end(), location, caseNumber);
    }

    private static DocumentType kindOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("dagsorden")) {
            return DocumentType.DAGSORDEN;
        }
        // A memo (NOTAT) is minutes only when its title says so; alone it says nothing.
        return w.equals("notat") ? null : DocumentType.REFERAT;
    }

    /** The body named at the start of a title remainder, cut before its date or time. */
    static String bodyName(String rest) {
        Matcher end = COMMITTEE_END.matcher(rest);
        String name = end.find() ? rest.substring(0, end.start()) : rest;
        name = name.replaceAll("[\\s,:;\\-–]+$", "").strip();
        return name.isEmpty() || name.length() > 120 || Character.isDigit(name.charAt(0)) ? null : name;
    }

    /** A line that is only a body's name: short, capitalised, no digits, not a form field, title or person. */
    private static String bodyLine(Line line) {
        String t = line.text();
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || t.matches(".*\\d.*") || t.split("\\s+").length > 8
                || FormFields.split(line).isPresent() || TITLE.matcher(t).matches() || KIND_ALONE.matcher(t).matches()
                || PersonNames.looksLikeName(t) || t.endsWith(":") || t.endsWith(".")) {
            return null;
        }
        return bodyName(t);
    }

    private static String place(String value) {
        String v = Folding.collapse(value).replaceAll("[.;]+$", "");
        if (v.isEmpty()) {
            return null;
        }
        return VIRTUAL.matcher(v).find() && v.split(" ").length <= 4 ? "Virtuelt" : v;
    }
}
