package dk.beslutningsarkiv.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds one agenda item from its lines: title, presenter ("v." / "v/"), case number, closed flag,
 * sections, recommendation, decision, outcome, attachments, projects and people.
 */
final class ItemBuilder {

    private static final Pattern PRESENTER = Pattern.compile("^(.*\\S)\\s+(?:\\(\\s*)?v(?:\\.|/)\\s*([^)]+?)\\)?\\.?$");
    private static final Pattern CLOSED_PREFIX = Pattern.compile("(?iu)^(?:lukket\\s+punkt|lukket)\\s*[:.\\-–]\\s*");
    private static final Pattern CLOSED_MARK = Pattern.compile("(?iu)\\s*\\((?:lukket|lukket punkt)\\)\\s*");
    private static final Pattern CLOSED_LINE = Pattern.compile("(?iu)^(?:lukket|lukket punkt|punktet er lukket|lukket dagsordenspunkt)\\.?$");

    private final ProjectFinder projects;

    ItemBuilder(ProjectFinder projects) {
        this.projects = projects;
    }

    AgendaItem build(ItemSpan span, List<Line> lines, boolean minutes, LocalDate meetingDate, PeopleFinder people) {
        String title = span.title();
        boolean closed = false;
        Matcher prefix = CLOSED_PREFIX.matcher(title);
        if (prefix.find() && prefix.end() < title.length()) {
            closed = true;
            title = title.substring(prefix.end());
        }
        Matcher mark = CLOSED_MARK.matcher(title);
        if (mark.find()) {
            closed = true;
            title = mark.replaceAll(" ").strip();
        }
        String caseNumber = span.caseNumber();
        List<Line> body = new ArrayList<>(lines.subList(span.bodyStart(), span.end()));
        for (int i = 0; i < Math.min(3, body.size()); i++) {
            Optional<String> cn = CaseNumbers.alone(body.get(i).text());
            if (cn.isPresent() && caseNumber == null) {
                caseNumber = cn.get();
                body.remove(i--);
            } else if (CLOSED_LINE.matcher(body.get(i).text()).matches()) {
                closed = true;
                body.remove(i--);
            }
        }
        String presenter = null;
        Matcher p = PRESENTER.matcher(title);
        if (p.matches()) {
            title = p.group(1).strip();
            presenter = p.group(2).strip();
        }
        List<RawSection> raw = SectionSplitter.split(body, minutes);
        List<Section> sections = new ArrayList<>();
        List<String> recommendation = new ArrayList<>();
        List<String> decision = new ArrayList<>();
        List<String> attachments = new ArrayList<>();
        StringBuilder all = new StringBuilder(title).append('\n').append(presenter == null ? "" : presenter);
        int accountEnds = accountBeforeRecommendation(raw, meetingDate);
        for (int i = 0; i < raw.size(); i++) {
            RawSection s = raw.get(i);
            SectionKind kind = i < accountEnds && isReferat(s) ? SectionKind.OTHER : dated(s, meetingDate);
            String text = kind == SectionKind.ATTACHMENTS ? String.join("\n", ProseJoiner.entries(s.lines()))
                    : ProseJoiner.join(s.lines());
            sections.add(new Section(s.heading(), text));
            all.append('\n').append(text);
            if (text.isEmpty()) {
                continue;
            }
            switch (kind) {
                case RECOMMENDATION -> recommendation.add(text);
                case DECISION -> decision.add(text);
                case ATTACHMENTS -> attachments.addAll(ProseJoiner.entries(s.lines()));
                default -> { }
            }
        }
        if (minutes && decision.isEmpty() && recommendation.isEmpty() && !raw.isEmpty()
                && raw.stream().allMatch(s -> s.heading() == null)) {
            // Minutes written as plain prose under the item title: that prose is the decision.
            sections.stream().map(Section::text).filter(t -> !t.isEmpty()).forEach(decision::add);
        }
        String rec = recommendation.isEmpty() ? null : String.join("\n", recommendation);
        String dec = !minutes || decision.isEmpty() ? null : String.join("\n", decision);
        Outcome outcome = minutes ? OutcomeClassifier.classify(dec, rec) : null;
        List<String> named = new ArrayList<>();
        if (presenter != null && PersonNames.looksLikeName(presenter)) {
            named.add(people.canonical(presenter));
        }
        WordStarts words = WordStarts.of(all.toString());
        people.find(words).stream().filter(n -> !named.contains(n)).forEach(named::add);
        return new AgendaItem(span.number(), title, presenter, caseNumber, closed, sections, rec, dec, outcome,
                projects.find(words), named, attachments);
    }

    /**
     * Where the case's account ends when a "Referat" heading above the recommendation is part of it:
     * the recommendation's index when a titled decision of this meeting ("Referat:", "Beslutning")
     * follows the recommendation, else 0. Minutes that record the discussion under "Referat" and then
     * the decision sentence after the recommendation ("Styregruppen tiltrådte indstillingen.") keep
     * both.
     */
    private static int accountBeforeRecommendation(List<RawSection> sections, LocalDate meetingDate) {
        int recommendation = -1;
        for (int i = 0; i < sections.size(); i++) {
            RawSection s = sections.get(i);
            if (s.lines().isEmpty()) {
                continue;
            }
            if (recommendation < 0 && s.kind() == SectionKind.RECOMMENDATION) {
                recommendation = i;
            } else if (recommendation >= 0 && s.heading() != null && dated(s, meetingDate) == SectionKind.DECISION) {
                return recommendation;
            }
        }
        return 0;
    }

    private static boolean isReferat(RawSection s) {
        return s.kind() == SectionKind.DECISION && s.heading() != null
                && s.heading().toLowerCase(Locale.ROOT).startsWith("referat");
    }

    /** "Beslutning i Magistraten den 2. september 2025" belongs to this meeting only when its date is this meeting's. */
    private static SectionKind dated(RawSection s, LocalDate meetingDate) {
        String of = SectionHeadings.decisionOf(s.heading());
        if (s.kind() != SectionKind.DECISION || of == null) {
            return s.kind();
        }
        Optional<DateFinder.DateMatch> d = DateFinder.first(of);
        if (d.isEmpty() || meetingDate == null) {
            return SectionKind.DECISION;
        }
        Optional<LocalDate> date = DateFinder.resolve(d.get(), List.of(meetingDate.getYear()));
        return date.isPresent() && !date.get().equals(meetingDate) ? SectionKind.HISTORY : SectionKind.DECISION;
    }
}
