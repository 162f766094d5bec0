package dk.beslutningsarkiv.reliability;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.beslutningsarkiv.extract.ExtractionException;
import dk.beslutningsarkiv.extract.ExtractionLimits;
import dk.beslutningsarkiv.extract.TikaExtractor;
import dk.beslutningsarkiv.testsupport.HostileFiles;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bound of {@link ExtractionLimits} refuses a file with a plain reason; lowered bounds keep the tests fast. */
class ExtractionLimitsTest {

    @TempDir
    Path tmp;

    @Test
    void aFileOverTheDefaultSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        // A hole of 100 MB and one byte: no disk is used, and no byte of it is parsed.
        Path big = HostileFiles.sparseFile(tmp, "stor.pdf", 100L * 1024 * 1024 + 1);
        try (TikaExtractor extractor = new TikaExtractor()) {
            assertThatThrownBy(() -> extractor.extract(big)).isInstanceOf(ExtractionException.class)
                    .hasMessage("the file is 101 MB, more than the limit of 100 MB");
        }
    }

    @Test
    void aLoweredCharacterLimitStopsARealDocument() throws Exception {
        Path pdf = TestFiles.fixtures().resolve("001_a016bfd03270cee0.pdf");
        try (TikaExtractor extractor = new TikaExtractor(new ExtractionLimits(100L * 1024 * 1024, 1_000, Duration.ofSeconds(60)))) {
            assertThatThrownBy(() -> extractor.extract(pdf)).isInstanceOf(ExtractionException.class)
                    .hasMessage("the document holds more than 1000 characters of text");
        }
    }

    @Test
    void aLoweredTimeoutStopsASlowExtraction() throws Exception {
        Path text = HostileFiles.hugeText(tmp, 4L * 1024 * 1024);
        try (TikaExtractor extractor = new TikaExtractor(new ExtractionLimits(100L * 1024 * 1024, 5_000_000, Duration.ofMillis(1)))) {
            assertThatThrownBy(() -> extractor.extract(text)).isInstanceOf(ExtractionException.class)
                    .hasMessage("extraction took longer than 1 ms");
        }
    }

    @Test
    void aLoweredUnpackLimitStopsALargeButHonestDocx() throws Exception {
        // The fixture's parts unpack to more than twice 10 KB, though they compress only a few times.
        Path docx = TestFiles.fixtures().resolve("001_a016bfd03270cee0.docx");
        try (TikaExtractor extractor = new TikaExtractor(new ExtractionLimits(10 * 1024, 5_000_000, Duration.ofSeconds(60)))) {
            assertThatThrownBy(() -> extractor.extract(docx)).isInstanceOf(ExtractionException.class)
                    .hasMessage("the file unpacks to more than 20 KB");
        }
    }
}
