package dk.beslutningsarkiv.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.minutes.StructuredText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TikaExtractorFixturesTest {

    private static final TikaExtractor EXTRACTOR = new TikaExtractor();

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(resource("fixtures"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} extracts to the cleaned text of its seed")
    @MethodSource("fixtures")
    void fixtureExtractsToItsSeedsCleanedText(String fixture) throws Exception {
        Extraction extraction = EXTRACTOR.extract(resource("fixtures").resolve(fixture));
        String seedName = fixture.replaceAll("\\.(pdf|docx)$", ".txt");
        String seed = Files.readString(resource("seeds").resolve(seedName), StandardCharsets.UTF_8);

        String expected = TextCleaner.clean(StructuredText.fromPlainText(seed)).plainText();
        String actual = extraction.text().plainText();

        assertThat(withoutWhitespace(actual)).isEqualTo(withoutWhitespace(expected));
        assertThat(extraction.mediaType()).isIn("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    private static String withoutWhitespace(String s) {
        return s.replaceAll("[\\s\\f]+", "");
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(TikaExtractorFixturesTest.class.getClassLoader().getResource(name).toURI());
    }
}
