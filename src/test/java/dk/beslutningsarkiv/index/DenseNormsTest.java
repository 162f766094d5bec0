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
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every document (meeting, item, person) has a norm for each text field, so Lucene keeps them dense. */
class DenseNormsTest {

    @TempDir
    Path tmp;

    @Test
    void meetingsItemsAndPeopleAllHaveNormsForTheTextFields() throws Exception {
        try (ArchiveIndex index = ArchiveIndex.open(tmp)) {
            index.putMeeting(meeting(), "sha");
            index.commit();
            IndexSearcher searcher = index.searchers().acquire();
            try {
                LeafReader reader = searcher.getIndexReader().leaves().getFirst().reader();
                // A meeting, two items and two people.
                assertThat(reader.maxDoc()).isEqualTo(5);
                for (String field : List.of(Schema.TITLE, Schema.BODY, Schema.DECISION, Schema.WORDS)) {
                    assertThat(documentsWithNorms(reader.getNormValues(field))).as(field).isEqualTo(5);
                }
            } finally {
                index.searchers().release(searcher);
            }
        }
    }

    private static int documentsWithNorms(NumericDocValues norms) throws Exception {
        int count = 0;
        while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
            count++;
        }
        return count;
    }

    private static Meeting meeting() {
        List<AgendaItem> items = List.of(item(1, "Status"), item(2, "Eventuelt"));
        return new Meeting("m1", DocumentType.REFERAT, "Styregruppen", LocalDate.of(2024, 1, 2), null, null, null, null,
                List.of("Hele landet"), List.of(new Participant("Anna Hansen", "Region Hovedstaden", null),
                        new Participant("Bo Jensen", "KL", null)), List.of(), items, List.of(), List.of());
    }

    private static AgendaItem item(int number, String title) {
        return new AgendaItem(number, title, null, null, false, List.of(new Section("Referat", "Tekst.")),
                null, "Taget til efterretning.", null, List.of(), List.of(), List.of());
    }
}
