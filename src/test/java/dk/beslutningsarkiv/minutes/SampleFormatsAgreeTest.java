package dk.beslutningsarkiv.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.extract.TikaExtractor;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sample meeting as PDF and as DOCX is one meeting: the same items with the same sections,
 * decisions and outcomes. A PDF's text comes a line at a time, so a sentence broken across lines
 * must not open a section of its own ("Direktørforum god-" / "kendte målgruppen ...").
 */
class SampleFormatsAgreeTest {

    private static final TikaExtractor EXTRACTOR = new TikaExtractor();
    private static final MinutesParser PARSER = MinutesParser.withBundledData();

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    /** What a meeting page shows of an item, beside its texts' line breaks. */
    record Shown(String title, List<String> headings, String decision, Outcome outcome) {
    }

    @ParameterizedTest(name = "{0}: the PDF and the DOCX give the same items")
    @ValueSource(strings = {"000_ab5cc1dd3f794e91", "001_a016bfd03270cee0", "002_e78797d65e38c847",
            "003_c7bbfa67926f1f32", "004_a7e590f0fd05756c"})
    void pdfAndDocxParseToTheSameItems(String sample) throws Exception {
        assertThat(items(sample + ".pdf")).isEqualTo(items(sample + ".docx"));
    }

    private static List<Shown> items(String file) throws Exception {
        Meeting meeting = PARSER.parse(EXTRACTOR.extract(TestFiles.fixtures().resolve(file)).text(), file);
        return meeting.items().stream().map(item -> new Shown(item.title(),
                item.sections().stream().map(Section::heading).toList(),
                item.decision() == null ? null : item.decision().replaceAll("\\s+", " "), item.outcome())).toList();
    }
}
