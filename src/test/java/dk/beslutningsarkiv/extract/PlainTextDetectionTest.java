package dk.beslutningsarkiv.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.testsupport.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shortcut past Tika's detection takes only plain text named .txt; everything else Tika still detects. */
class PlainTextDetectionTest {

    private static final TikaExtractor EXTRACTOR = new TikaExtractor();

    @TempDir
    Path tmp;

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    @Test
    void danishTextNamedTxtIsPlainTextInUtf8AndLatin1() throws Exception {
        String text = "Referat\nStyregruppen for LKT Tvang\n1. Godkendelse af dagsorden\nØkonomi og sundhedsklynger: æ ø å.\n";
        Path utf8 = Files.writeString(tmp.resolve("referat.txt"), text, StandardCharsets.UTF_8);
        Path latin1 = Files.writeString(tmp.resolve("REFERAT.TXT"), text, StandardCharsets.ISO_8859_1);
        Path bom = Files.writeString(tmp.resolve("bom.txt"), "\uFEFF" + text, StandardCharsets.UTF_8);

        assertThat(PlainTextSniffer.isPlainText(utf8)).isTrue();
        assertThat(PlainTextSniffer.isPlainText(latin1)).isTrue();
        assertThat(PlainTextSniffer.isPlainText(bom)).isTrue();
        assertThat(EXTRACTOR.extract(latin1).text().plainText()).contains("Økonomi og sundhedsklynger: æ ø å.");
    }

    @Test
    void otherFormatsUnderATxtNameAreLeftToTikaAndDetectedAsWhatTheyAre() throws Exception {
        Path pdf = tmp.resolve("wrongly-named-pdf.txt");
        Files.copy(firstFixture(".pdf"), pdf);
        Path docx = tmp.resolve("wrongly-named-docx.txt");
        Files.copy(firstFixture(".docx"), docx);
        Path html = Files.writeString(tmp.resolve("page.txt"), "  <html><body><p>Referat</p></body></html>");
        Path rtf = Files.writeString(tmp.resolve("letter.txt"), "{\\rtf1\\ansi Referat}");
        Path utf16 = Files.writeString(tmp.resolve("wide.txt"), "Referat af mødet", StandardCharsets.UTF_16);
        Path bomHtml = Files.writeString(tmp.resolve("bom.txt"), "\uFEFF<html><body><p>Referat</p></body></html>");

        for (Path file : new Path[] {pdf, docx, html, rtf, utf16, bomHtml}) {
            assertThat(PlainTextSniffer.isPlainText(file)).as(file.getFileName().toString()).isFalse();
        }
        assertThat(EXTRACTOR.detect(pdf).getBaseType().toString()).isEqualTo("application/pdf");
        assertThat(EXTRACTOR.detect(docx).getBaseType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EXTRACTOR.detect(html).getBaseType().toString()).isEqualTo("text/html");
        assertThat(EXTRACTOR.detect(rtf).getBaseType().toString()).isEqualTo("application/rtf");
    }

    @Test
    void plainTextUnderAnotherNameIsLeftToTika() throws Exception {
        Path markdown = Files.writeString(tmp.resolve("referat.md"), "Referat\n1. Godkendelse af dagsorden\n");

        assertThat(PlainTextSniffer.isPlainText(markdown)).isFalse();
    }

    private static Path firstFixture(String extension) throws Exception {
        try (var files = Files.list(TestFiles.fixtures())) {
            return files.filter(f -> f.toString().endsWith(extension)).sorted().findFirst().orElseThrow();
        }
    }
}
