package dk.beslutningsarkiv.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.minutes.StructuredText;
import dk.beslutningsarkiv.minutes.TextBlock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

    private static String clean(String text) {
        return TextCleaner.clean(StructuredText.fromPlainText(text)).plainText();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tager orienteringen til efter-\\nretning.                 | tager orienteringen til efterretning.
            tager orienteringen til efter-\\n\\nretning               | tager orienteringen til efterretning
            til efter-\\f\\nretning.                                  | til efterretning.\\n\\f
            Henrik Ravn, Sundheds og Seniorchef, Jammer-\\nbugt Kommune | Henrik Ravn, Sundheds og Seniorchef, Jammerbugt\\nKommune
            for Lærings- \\n\\nog Kvalitetsteams                      | for Lærings-\\nog Kvalitetsteams
            Lærings- og Kvalitetsteams                                | Lærings- og Kvalitetsteams
            LKT-\\nsekretariatet i Region Nordjylland                  | LKT-sekretariatet\\ni Region Nordjylland
            Lisbeth Høeg-\\nJensen, Kræftens Bekæmpelse               | Lisbeth Høeg-Jensen,\\nKræftens Bekæmpelse
            IPS for 15-\\n17årige                                     | IPS for 15-17årige
            patient- og pårørendeinddragelse                          | patient- og pårørendeinddragelse
            brug af e-\\nlæring                                       | brug af e-læring
            rigtig gode småskala-\\nerfa-\\nringer med planen         | rigtig gode småskala-erfaringer\\nmed planen
            Der er fokus på følgende to indsat-\\n\\nser:             | Der er fokus på følgende to indsatser:
            behov for tydelig og fokuseret ledelse - og mere          | behov for tydelig og fokuseret ledelse - og mere
            """)
    void joinsWordsBrokenAtLineEndsAndKeepsRealHyphens(String input, String expected) {
        assertThat(clean(input.replace("\\n", "\n").replace("\\f", "\f")))
                .isEqualTo(expected.replace("\\n", "\n").replace("\\f", "\f"));
    }

    @Test
    void dropsLeadingPageBreakSpacesAndBlankLines() {
        assertThat(clean("Maya Damgaard Larsen, Århus Kommune \n \n 1. Velkomst \n\n\n2. Organisatorisk"))
                .isEqualTo("Maya Damgaard Larsen, Århus Kommune\n1. Velkomst\n2. Organisatorisk");
    }

    @Test
    void unwrapsMarkdownEmphasisAndLinksAlsoAcrossLines() {
        assertThat(clean("- *At styregruppen tager status\ntil efterretning.*\n[Beskrivelse af forløb](#) | [Sundhedsstyrelsen](#)"))
                .isEqualTo("- At styregruppen tager status\ntil efterretning.\nBeskrivelse af forløb | Sundhedsstyrelsen");
    }

    @Test
    void keepsBracketsAndStarsThatAreNotMarkdown() {
        assertThat(clean("citat [sic] fra mødet\n3 * 4 timer")).isEqualTo("citat [sic] fra mødet\n3 * 4 timer");
    }

    @Test
    void dropsPageNumbersBesidePageBreaksButKeepsNumbersInText() {
        StructuredText text = new StructuredText(List.of(
                TextBlock.paragraph("slutningen af side et"),
                TextBlock.paragraph("Side 1 af 3"),
                TextBlock.pageBreak(),
                TextBlock.paragraph("2"),
                TextBlock.paragraph("15"),
                TextBlock.paragraph("indsatser i alt")));
        assertThat(TextCleaner.clean(text).plainText()).isEqualTo("slutningen af side et\n\f\n15\nindsatser i alt");
    }

    @Test
    void removesSoftHyphensAndFoldsSpaces() {
        assertThat(clean("sund\u00ADheds\u00A0klynge   Midt\t ")).isEqualTo("sundheds klynge Midt");
    }
}
