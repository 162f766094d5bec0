package dk.beslutningsarkiv.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.extract.TextCleaner;
import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.DocumentType;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.minutes.StructuredText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus: reproducible from its seed, and every file parses to the meeting it was written from. */
class CorpusGeneratorTest {

    /** Enough meetings that the old generator's bodies met twice on one day (about 2 expected pairs). */
    private static final int MEETINGS = 3000;

    @TempDir
    static Path work;

    private static CorpusGenerator.Summary summary;
    private static Map<String, String> files;
    private static List<Meeting> meetings;
    /** The meetings of the layouts that list participants (FirstAgenda's export does not). */
    private static List<Meeting> withParticipantLists;

    @BeforeAll
    static void generate() throws IOException {
        summary = new CorpusGenerator().generate(MEETINGS, work.resolve("a"), 7);
        files = read(work.resolve("a"));
        MinutesParser parser = MinutesParser.withBundledData();
        meetings = new ArrayList<>();
        withParticipantLists = new ArrayList<>();
        files.forEach((name, text) -> {
            Meeting meeting = parser.parse(TextCleaner.clean(StructuredText.fromPlainText(text)), name);
            meetings.add(meeting);
            if (!layout(text).equals("firstagenda")) {
                withParticipantLists.add(meeting);
            }
        });
    }

    @Test
    void the_same_seed_writes_the_same_files_and_another_seed_others() throws IOException {
        CorpusGenerator generator = new CorpusGenerator();
        generator.generate(200, work.resolve("b1"), 7);
        // The same generator again (it must not remember the first corpus), and a new one.
        generator.generate(200, work.resolve("b2"), 7);
        new CorpusGenerator().generate(200, work.resolve("b3"), 7);
        new CorpusGenerator().generate(200, work.resolve("c"), 8);

        Map<String, String> first = read(work.resolve("b1"));
        assertThat(first).hasSize(200);
        assertThat(read(work.resolve("b2"))).isEqualTo(first);
        assertThat(read(work.resolve("b3"))).isEqualTo(first);
        // The first 200 of a longer corpus are the same files: one random stream, consumed in one order.
        assertThat(files).containsAllEntriesOf(first);
        Map<String, String> other = read(work.resolve("c"));
        assertThat(other.keySet()).hasSize(200);
        assertThat(other.values()).doesNotContainAnyElementsOf(first.values());
    }

    @Test
    void every_file_is_one_meeting_with_the_items_written() {
        assertThat(files).hasSize(MEETINGS);
        assertThat(summary.meetings()).isEqualTo(MEETINGS);
        // A body meets at most once a day: no two files become one meeting in the archive.
        assertThat(meetings.stream().map(Meeting::id).distinct()).hasSize(MEETINGS);
        assertThat(meetings.stream().mapToLong(m -> m.items().size()).sum()).isEqualTo(summary.items());
        assertThat(meetings).allSatisfy(m -> {
            assertThat(m.id()).as("id").doesNotStartWith("dokument-");
            assertThat(m.meetingDate().getYear()).as("year of %s", m.id()).isBetween(2007, 2026);
            assertThat(m.items().size()).as("items of %s", m.id()).isBetween(3, 8);
        });
        assertThat(withParticipantLists).isNotEmpty().allSatisfy(m ->
                assertThat(m.participants()).as("participants of %s", m.id()).isNotEmpty());
    }

    @Test
    void a_body_meets_at_most_once_a_day_in_each_document_type() {
        // Enough meetings that the bodies' days would collide by chance: 20,000 over 20 years.
        MeetingFactory factory = new MeetingFactory(ZipfWords.bundled());
        SplittableRandom random = new SplittableRandom(3);
        Set<String> days = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            SyntheticMeeting m = factory.next(random);
            assertThat(days.add(m.committee() + "|" + m.placeLine() + "|" + m.date() + "|" + m.minutes()))
                    .as("meeting %d: %s, %s on %s", i, m.committee(), m.placeLine(), m.date()).isTrue();
        }
    }

    @Test
    void the_corpus_mixes_layouts_bodies_years_and_document_types() {
        Set<String> layouts = files.values().stream().map(CorpusGeneratorTest::layout).collect(Collectors.toSet());
        assertThat(layouts).containsExactlyInAnyOrder("classic", "firstagenda", "form");
        assertThat(meetings.stream().map(Meeting::documentType)).contains(DocumentType.REFERAT, DocumentType.DAGSORDEN);
        assertThat(meetings.stream().map(m -> m.meetingDate().getYear()).distinct().count()).isEqualTo(20);
        Set<String> committees = meetings.stream().map(Meeting::committee).collect(Collectors.toSet());
        assertThat(committees).anyMatch(c -> c.startsWith("Direktørforum"))
                .anyMatch(c -> c.startsWith("Regionsrådet"))
                .anyMatch(c -> c.contains("Kommune"));
        assertThat(meetings.stream().flatMap(m -> m.regions().stream()).distinct().count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void an_item_holds_about_300_to_500_words_and_minutes_carry_decisions() {
        List<AgendaItem> items = meetings.stream().flatMap(m -> m.items().stream()).toList();
        IntSummaryStatistics words = items.stream().mapToInt(CorpusGeneratorTest::words).summaryStatistics();
        // 300-500 drawn words, a recommendation and in minutes a decision; a topic drawn among the words
        // may be several words long ("børn og unges mentale sundhed").
        assertThat(words.getMin()).isGreaterThanOrEqualTo(300);
        assertThat(words.getMax()).isLessThanOrEqualTo(800);
        assertThat(words.getAverage()).isBetween(400.0, 550.0);
        assertThat(meetings.stream().filter(m -> m.documentType() == DocumentType.REFERAT)
                .flatMap(m -> m.items().stream()).map(AgendaItem::decision))
                .allSatisfy(decision -> assertThat(decision).isNotBlank());
        assertThat(items).anyMatch(item -> !item.projects().isEmpty());
    }

    private static int words(AgendaItem item) {
        return item.sections().stream().mapToInt(s -> s.text().split("\\s+").length).sum();
    }

    private static String layout(String text) {
        if (text.startsWith("Referat af møde i ") || text.startsWith("Dagsorden til møde i ")) {
            return "classic";
        }
        return text.contains("\f\nPunkt 1: ") ? "firstagenda" : text.startsWith("Møde ") ? "form" : "unknown";
    }

    private static Map<String, String> read(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            Map<String, String> texts = new TreeMap<>();
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                texts.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
            return texts;
        }
    }
}
