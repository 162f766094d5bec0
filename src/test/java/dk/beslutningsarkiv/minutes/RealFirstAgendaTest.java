package dk.beslutningsarkiv.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.extract.TikaExtractor;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The real FirstAgenda HTML agenda of Aarhus Byråd, read by the real extractor. */
class RealFirstAgendaTest {

    @Test
    void aarhus_byraad_agenda_gives_committee_date_items_and_case_numbers() throws Exception {
        Path file = Path.of("src", "test", "resources", "real", "aarhus_byraad_dagsorden_2025-10-08.html");
        Meeting m;
        try (TikaExtractor extractor = new TikaExtractor()) {
            m = MinutesParser.withBundledData().parse(extractor.extract(file).text(), file.getFileName().toString());
        }
        assertThat(m.documentType()).isEqualTo(DocumentType.DAGSORDEN);
        assertThat(m.committee()).isEqualTo("Aarhus Byråd");
        assertThat(m.meetingDate()).isEqualTo(LocalDate.of(2025, 10, 8));
        assertThat(m.startTime()).isEqualTo("16:00");
        assertThat(m.location()).isEqualTo("Byrådssalen");
        assertThat(m.regions()).containsExactly("Region Midtjylland");
        assertThat(m.items()).hasSize(33);
        assertThat(m.items()).extracting(AgendaItem::number).startsWith(1, 2, 3).endsWith(33);
        AgendaItem first = m.items().get(0);
        assertThat(first.title()).isEqualTo("Godkendelse af dagsorden");
        assertThat(first.caseNumber()).isEqualTo("EMN-2023-009832");
        assertThat(m.items().get(1).title()).isEqualTo("Forslag til budget 2026-2029");
        assertThat(m.items().get(1).caseNumber()).isEqualTo("EMN-2025-008308");
        assertThat(m.items().get(32).caseNumber()).isEqualTo("EMN-2025-010810");
        assertThat(m.items()).allSatisfy(i -> assertThat(i.decision()).isNull());

        // Each item's texts sit in a layout table cell: they are read as sections, not lost.
        AgendaItem budget = m.items().get(1);
        assertThat(budget.sections()).extracting(Section::heading)
                .contains("Resume", "Beslutningspunkter", "Sagsforløb", "Bilag");
        assertThat(budget.sections()).filteredOn(s -> "Resume".equals(s.heading())).first()
                .satisfies(s -> assertThat(s.text()).contains("råderum på i alt 1.126 mio. kr."));
        assertThat(budget.recommendation()).contains("Byrådet drøfter og godkender eventuelle ændringer til budgetforslaget 2026");
    }
}
