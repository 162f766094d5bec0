package dk.beslutningsarkiv.minutes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the extracted text of an agenda or minutes into a {@link Meeting}. Works from the document's
 * structure (header, numbered items, section headings), so unseen templates parse too; what it cannot
 * recognise it reports in the meeting's warnings. Never throws.
 */
public final class MinutesParser {

    // Without items the header is unbounded; read only the top of the document for it.
    private static final int HEADER_LINES_WITHOUT_ITEMS = 60;
    private static final int MAX_UNREAD_WARNINGS = 5;

    private final Gazetteer gazetteer;
    private final CommitteeNames committees;
    private final RegionResolver regions;
    private final ItemBuilder items;
    private final ProjectFinder projects;
    private final OrganisationNames organisations;

    public MinutesParser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.committees = new CommitteeNames(gazetteer);
        this.regions = new RegionResolver(gazetteer, committees);
        this.projects = new ProjectFinder(gazetteer.projects());
        this.items = new ItemBuilder(projects);
        this.organisations = new OrganisationNames(gazetteer, committees);
    }

    /** A parser with the bundled data files. */
    public static MinutesParser withBundledData() {
        return new MinutesParser(Gazetteer.bundled());
    }

    /** A parser with the bundled data plus the projects of {@code projectsFile} (same format as data/projects.tsv). */
    public static MinutesParser withBundledData(Path projectsFile) {
        return new MinutesParser(Gazetteer.bundled().withProjectsFile(projectsFile));
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Parses one document; {@code sourceName} (the original file name) gives the fallback id and names warnings. */
    public Meeting parse(StructuredText text, String sourceName) {
        List<Line> lines = LineReader.read(text == null ? new StructuredText(List.of()) : text);
        String plain = lines.stream().map(Line::text).collect(Collectors.joining("\n"));
        List<String> warnings = new ArrayList<>();
        List<ItemSpan> spans = ItemSplitter.split(lines);
        int headerEnd = spans.isEmpty() ? Math.min(lines.size(), HEADER_LINES_WITHOUT_ITEMS) : spans.get(0).start();
        List<Line> headerLines = lines.subList(0, headerEnd);
        String headerText = headerLines.stream().map(Line::text).collect(Collectors.joining("\n"));
        Header header = HeaderParser.parse(headerLines, DateFinder.yearsMentioned(plain));
        ParticipantListParser.Result read = ParticipantListParser.parse(headerLines);
        ParticipantListParser.Result people = new ParticipantListParser.Result(
                read.present().stream().map(organisations::canonical).toList(),
                read.absent().stream().map(organisations::canonical).toList(), read.unread());
        String committee = committees.canonical(header.committee(), headerText);

        boolean hasDecisionHeadings = spans.stream().anyMatch(s -> lines.subList(s.bodyStart(), s.end()).stream()
                .map(l -> SectionHeadings.known(l.text()))
                .anyMatch(h -> h != null && h.kind() == SectionKind.DECISION));
        DocumentType type = documentType(header, hasDecisionHeadings, !spans.isEmpty(), committee,
                !people.present().isEmpty());
        List<AgendaItem> agenda = new ArrayList<>();
        if (type != DocumentType.UKENDT) {
            List<Participant> everyone = new ArrayList<>(people.present());
            everyone.addAll(people.absent());
            PeopleFinder finder = new PeopleFinder(everyone);
            for (ItemSpan span : spans) {
                agenda.add(items.build(span, lines, type == DocumentType.REFERAT, header.date(), finder));
            }
        }
        List<Participant> everyone = new ArrayList<>(people.present());
        everyone.addAll(people.absent());
        List<String> regionNames = regions.resolve(committee, everyone, header.date());
        Set<String> allProjects = new LinkedHashSet<>();
        agenda.forEach(i -> allProjects.addAll(i.projects()));
        if (agenda.isEmpty()) {
            allProjects.addAll(projects.find(WordStarts.of(plain)));
        }

        warn(warnings, lines.isEmpty(), "the document has no text");
        warn(warnings, !lines.isEmpty() && type == DocumentType.UKENDT, "not recognised as an agenda or minutes");
        warn(warnings, type != DocumentType.UKENDT && committee == null, "no committee name found in the header");
        warn(warnings, type != DocumentType.UKENDT && header.date() == null, "no meeting date found in the title or header");
        warn(warnings, type != DocumentType.UKENDT && spans.isEmpty(), "no numbered agenda items found");
        warn(warnings, committee != null && regionNames.isEmpty(), "region of \"" + committee + "\" not resolved");
        for (int i = 1; i < agenda.size(); i++) {
            warn(warnings, agenda.get(i).number() != agenda.get(i - 1).number() + 1,
                    "item numbering jumps from " + agenda.get(i - 1).number() + " to " + agenda.get(i).number());
        }
        people.unread().stream().limit(MAX_UNREAD_WARNINGS)
                .forEach(u -> warnings.add("participant line not understood: \"" + abbreviate(u) + "\""));

        String id = MeetingIds.of(header.date(), committee, type, sourceName);
        return new Meeting(id, type, committee, header.date(), header.startTime(), header.endTime(), header.location(),
                header.caseNumber(), regionNames, people.present(), people.absent(), agenda, List.copyOf(allProjects),
                warnings);
    }

    private static DocumentType documentType(Header header, boolean decisions, boolean hasItems, String committee,
            boolean hasParticipants) {
        if (header.kind() != null) {
            return header.kind();
        }
        if (decisions && hasItems) {
            return DocumentType.REFERAT;
        }
        boolean meetingLike = committee != null && (header.date() != null || hasParticipants);
        return hasItems && meetingLike ? DocumentType.DAGSORDEN : DocumentType.UKENDT;
    }

    private static void warn(List<String> warnings, boolean condition, String warning) {
        if (condition) {
            warnings.add(warning);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
