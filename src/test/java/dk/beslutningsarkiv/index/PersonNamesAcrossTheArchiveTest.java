package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.DocumentType;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.Participant;
import dk.beslutningsarkiv.minutes.Section;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One name per person across meetings, whichever spelling a later meeting prints. */
class PersonNamesAcrossTheArchiveTest {

    @TempDir
    Path tmp;

    private static Meeting meeting(String id, LocalDate date, List<Participant> participants, List<String> named) {
        AgendaItem item = new AgendaItem(1, "Status", null, null, false, List.of(new Section("Referat", "Tekst.")),
                null, "Taget til efterretning.", null, List.of(), named, List.of());
        return new Meeting(id, DocumentType.REFERAT, "Styregruppen", date, null, null, null, null, List.of("Hele landet"),
                participants, List.of(), List.of(item), List.of(), List.of());
    }

    private static long itemsOf(ArchiveIndex index, String person) throws Exception {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            return searcher.count(new TermQuery(new Term(Schema.PERSON, person)));
        } finally {
            index.searchers().release(searcher);
        }
    }

    @Test
    void laterSpellingsAndShorterFormsWithTheSameOrganisationTakeTheFirstName() throws Exception {
        try (ArchiveIndex index = ArchiveIndex.open(tmp)) {
            index.putMeeting(meeting("a", LocalDate.of(2021, 2, 10), List.of(
                    new Participant("Marianne Terkelsen", "Region Nordjylland", null),
                    new Participant("Jens Ravnholt Pedersen", "Region Nordjylland", null)), List.of()), "sha-a");
            index.putMeeting(meeting("b", LocalDate.of(2024, 8, 28), List.of(
                    new Participant("Mariane Therkelsen", "Region Nordjylland", null),
                    new Participant("Jens Ravnholt", "Region Nordjylland", null),
                    new Participant("Jens Ravnholt", "Region Hovedstaden", null)), List.of("Marianne Terkelsen")), "sha-b");
            index.commit();

            assertThat(itemsOf(index, "Marianne Terkelsen")).isEqualTo(2);
            assertThat(itemsOf(index, "Mariane Therkelsen")).isZero();
            assertThat(itemsOf(index, "Jens Ravnholt Pedersen")).isEqualTo(2);
            assertThat(index.canonicalPerson("Mariane Therkelsen")).isEqualTo("Marianne Terkelsen");
            assertThat(index.canonicalPerson("Ukendt Person")).isEqualTo("Ukendt Person");
        }
    }

    @Test
    void theNamesSurviveAReopenAndAreRebuiltInTheSameOrder() throws Exception {
        try (ArchiveIndex index = ArchiveIndex.open(tmp)) {
            index.putMeeting(meeting("a", LocalDate.of(2021, 2, 10), List.of(
                    new Participant("Lisbeth Høg-Jensen", "Kræftens Bekæmpelse", null)), List.of()), "sha-a");
            index.commit();
        }
        try (ArchiveIndex index = ArchiveIndex.open(tmp)) {
            index.putMeeting(meeting("b", LocalDate.of(2023, 8, 23), List.of(
                    new Participant("Lisbeth Høeg-Jensen", "Kræftens Bekæmpelse", null)), List.of()), "sha-b");
            index.commit();

            assertThat(itemsOf(index, "Lisbeth Høg-Jensen")).isEqualTo(2);
        }
    }
}
