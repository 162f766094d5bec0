package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.extract.TikaExtractor;
import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.DocumentType;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.minutes.Participant;
import dk.beslutningsarkiv.minutes.Section;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meeting read back from the index is the meeting that was indexed, though its document keeps
 * the sections' texts only once, in the items' bodies.
 */
class MeetingReaderTest {

    @TempDir
    Path tmp;

    @Test
    void everyFixtureReadsBackAsParsedFromItsPdfAndDocx() throws Exception {
        MinutesParser parser = MinutesParser.withBundledData();
        TikaExtractor extractor = new TikaExtractor();
        List<Path> files;
        try (Stream<Path> listed = Files.list(TestFiles.fixtures())) {
            files = listed.sorted().toList();
        }
        assertThat(files).hasSize(10);
        try (ArchiveIndex index = ArchiveIndex.open(tmp)) {
            MeetingReader reader = new MeetingReader(index);
            for (Path file : files) {
                Meeting parsed = parser.parse(extractor.extract(file).text(), file.getFileName().toString());
                index.putMeeting(parsed, "sha-" + file.getFileName());
                index.commit();

                assertThat(reader.find(parsed.id())).get().extracting(StoredMeeting::meeting)
                        .as(file.getFileName().toString()).isEqualTo(parsed);
            }
        }
    }

    @Test
    void sectionsReadBackWhateverTheirHeadingsTextsAndItemNumbers() throws Exception {
        AgendaItem first = item(1, List.of(new Section("Indstilling", "Det indstilles,\n\nat planen godkendes."),
                new Section(null, "Tekst uden overskrift."), new Section("  ", "Blank overskrift."),
                new Section("Bilag", ""), new Section("Beslutning", "Godkendt; æøå, \"citat\" og 12,5 %.")));
        AgendaItem noSections = item(2, List.of());
        AgendaItem sameNumber = item(1, List.of(new Section("Referat", "Samme nummer, andet punkt.")));
        Meeting meeting = meeting("kanter", List.of(first, noSections, sameNumber));
        Meeting empty = meeting("tom", List.of());
        try (ArchiveIndex index = ArchiveIndex.open(tmp)) {
            index.putMeeting(meeting, "sha-1");
            index.putMeeting(empty, "sha-2");
            index.commit();
            MeetingReader reader = new MeetingReader(index);

            assertThat(reader.find("kanter")).get().extracting(StoredMeeting::meeting).isEqualTo(meeting);
            assertThat(reader.find("tom")).get().extracting(StoredMeeting::meeting).isEqualTo(empty);
            assertThat(reader.find("ukendt")).isEmpty();
        }
    }

    @Test
    void theMeetingsOwnDocumentDoesNotHoldTheSectionsTexts() throws Exception {
        String text = "En lang sagsfremstilling om tvangsindlæggelser, der kun skal gemmes én gang.";
        Meeting meeting = meeting("en-gang", List.of(item(1, List.of(new Section("Sagsfremstilling", text)))));
        try (ArchiveIndex index = ArchiveIndex.open(tmp)) {
            index.putMeeting(meeting, "sha-1");
            index.commit();

            List<Document> docs = index.findMeetingDocuments("en-gang");
            List<String> stored = new ArrayList<>();
            docs.forEach(d -> d.forEach(f -> stored.add(f.name() + "=" + f.stringValue())));
            assertThat(stored.stream().filter(s -> s.contains(text)))
                    .containsExactly(Schema.BODY + "=Sagsfremstilling\n" + text);
        }
    }

    private static AgendaItem item(int number, List<Section> sections) {
        return new AgendaItem(number, "Punkt " + number, null, null, false, sections, null, null, null, List.of(),
                List.of(), List.of());
    }

    private static Meeting meeting(String id, List<AgendaItem> items) {
        return new Meeting(id, DocumentType.REFERAT, "Styregruppen", LocalDate.of(2024, 3, 1), null, null, null, null,
                List.of("Region Midtjylland"), List.of(new Participant("Anna Holm", "Region Midtjylland", null)),
                List.of(), items, List.of(), List.of());
    }
}
