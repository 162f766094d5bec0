package dk.beslutningsarkiv.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small parsers on their own, with the input inline and the exact expected output. */
class SmallPartsTest {

    @Test
    void meeting_ids_are_stable_and_url_safe() {
        assertThat(MeetingIds.of(LocalDate.of(2023, 8, 23), "Styregruppen for Lærings- og Kvalitetsteams",
                DocumentType.DAGSORDEN, "x.pdf")).isEqualTo("2023-08-23-styregruppen-for-laerings-og-kvalitetsteams-dagsorden");
        assertThat(MeetingIds.of(null, "Aarhus Byråd", DocumentType.REFERAT, "/in/Møde 12 (endelig).DOCX"))
                .isEqualTo("dokument-moede-12-endelig");
        assertThat(MeetingIds.of(null, null, DocumentType.UKENDT, null)).isEqualTo("dokument-uden-navn");
        assertThat(MeetingIds.slug("Sundheds- og Omsorgsudvalget, Varde Kommune")).isEqualTo("sundheds-og-omsorgsudvalget-varde-kommune");
    }

    @Test
    void place_names_are_whole_words_with_aa_and_aa_folded() {
        assertThat(PlaceNames.count("aarhus kommune og region midtjylland, aarhus", "Århus")).isEqualTo(2);
        assertThat(PlaceNames.count("aarhusianske forhold i aarhus2", "Aarhus")).isZero();
        assertThat(PlaceNames.count("sundhedsklynge nordsjælland", "Nordsjælland")).isEqualTo(1);
        assertThat(PlaceNames.count("syd syd syd", "syd syd")).isEqualTo(1);
        assertThat(PlaceNames.contains("vestegnen", "Vest")).isFalse();
        assertThat(PlaceNames.contains("region", " ")).isFalse();
    }

    @Test
    void line_breaks_split_like_the_regular_expression_they_replace() {
        for (String text : List.of("", "a", "a\r\nb\rc\nd", "\n\na\r\n", "a\fb\n\f", "\r\r\n\n")) {
            assertThat(LineBreaks.split(text, false)).as(text).containsExactly(text.split("\r\n|\r|\n", -1));
            assertThat(LineBreaks.split(text, true)).as(text).containsExactly(text.split("\r\n|\r|\n|\f", -1));
        }
    }

    @Test
    void a_missing_year_comes_from_the_weekday_and_the_years_mentioned() {
        DateFinder.DateMatch d = DateFinder.first("Tid Mandag d. 17. april, kl. 10:30-12:00").orElseThrow();
        assertThat(DateFinder.resolve(d, List.of(2022, 2023))).contains(LocalDate.of(2023, 4, 17));
        assertThat(DateFinder.resolve(d, List.of(2021))).isEmpty();
    }

    @Test
    void dates_in_every_printed_form() {
        assertThat(date("den 23. august 2023 kl. 15-16.30")).isEqualTo(LocalDate.of(2023, 8, 23));
        assertThat(date("REFERAT X d. 09-10-2025")).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(date("onsdag den 8. oktober 2025 kl. 16.00")).isEqualTo(LocalDate.of(2025, 10, 8));
        assertThat(date("Mødedato 2024-03-05")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(date("12.06.2024")).isEqualTo(LocalDate.of(2024, 6, 12));
    }

    private static LocalDate date(String s) {
        return DateFinder.resolve(DateFinder.first(s).orElseThrow(), List.of()).orElseThrow();
    }

    @Test
    void times_with_and_without_minutes() {
        assertThat(TimeFinder.find("den 23. august 2023 kl. 15-16.30", false))
                .contains(new TimeFinder.TimeRange("15:00", "16:30"));
        assertThat(TimeFinder.find("kl. 13:00", false)).contains(new TimeFinder.TimeRange("13:00", null));
        assertThat(TimeFinder.find("14.00 - 16.00", true)).contains(new TimeFinder.TimeRange("14:00", "16:00"));
    }

    @Test
    void participant_lines_with_roles_before_and_after_the_name() {
        assertThat(parse("Eva Sejersdal Knudsen, direktør i Region Nordjylland (medformand)"))
                .isEqualTo(new Participant("Eva Sejersdal Knudsen", "Region Nordjylland", "direktør, medformand"));
        assertThat(parse("Hospitalsdirektør Anne Hansen, Sygehus Lillebælt"))
                .isEqualTo(new Participant("Anne Hansen", "Sygehus Lillebælt", "Hospitalsdirektør"));
        assertThat(parse("Formand Bo Jensen (A)")).isEqualTo(new Participant("Bo Jensen", "A", "Formand"));
        assertThat(parse("Perle Darsø, Region Hovedstaden – deltager under punkt 1"))
                .isEqualTo(new Participant("Perle Darsø", "Region Hovedstaden", null));
        assertThat(ParticipantLineParser.parse("Anne Hansen, Bo Jensen og Ida Holm")).hasSize(3);
    }

    private static Participant parse(String line) {
        return ParticipantLineParser.parse(line).get(0).participant();
    }

    @Test
    void outcome_of_agreeing_to_a_note_taking_recommendation_is_taken_to_note() {
        assertThat(OutcomeClassifier.classify("Styregruppen tiltrådte indstillingen.",
                "At styregruppen tager oplægget til efterretning.")).isEqualTo(Outcome.TAGET_TIL_EFTERRETNING);
        assertThat(OutcomeClassifier.classify("Fremsendes til Teknisk Udvalg til behandling.", null)).isEqualTo(Outcome.OVERSENDT);
        assertThat(OutcomeClassifier.classify("Punktet blev udsat til næste møde.", null)).isEqualTo(Outcome.UDSAT);
        assertThat(OutcomeClassifier.classify("Forslaget blev ikke godkendt.", null)).isEqualTo(Outcome.AFVIST);
        assertThat(OutcomeClassifier.classify(null, "At udvalget godkender.")).isNull();
    }

    @Test
    void projects_fold_case_hyphens_and_aliases() {
        ProjectFinder finder = new ProjectFinder(Gazetteer.bundled().projects());
        assertThat(finder.find(WordStarts.of("Forlængelse af LKT-børnediabetes og LKT Børnediabetes; projektet \"Kom Trygt Hjem\"; ips")))
                .containsExactly("LKT Børnediabetes", "Kom Trygt Hjem");
        assertThat(finder.find(WordStarts.of("IPS og SAM:BO samt LKT Delirium"))).containsExactly("IPS", "SAM:BO", "LKT Delirium");
    }

    @Test
    void regions_change_in_2027() {
        Gazetteer g = Gazetteer.bundled();
        assertThat(g.regionOn("Region Sjælland", LocalDate.of(2026, 12, 31))).isEqualTo("Region Sjælland");
        assertThat(g.regionOn("Region Sjælland", LocalDate.of(2027, 1, 1))).isEqualTo("Region Østdanmark");
        assertThat(g.clusters()).hasSize(22);
    }
}
