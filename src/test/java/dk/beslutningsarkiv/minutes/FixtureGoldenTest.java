package dk.beslutningsarkiv.minutes;

import dk.beslutningsarkiv.extract.TikaExtractor;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Documents in other layouts, written at test time and read by the real extractor, parse to their golden JSON. */
class FixtureGoldenTest {

    private static final MinutesParser PARSER = MinutesParser.withBundledData();
    private static TikaExtractor extractor;

    @TempDir
    static Path dir;

    @BeforeAll
    static void open() {
        extractor = new TikaExtractor();
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    @TestFactory
    Stream<DynamicTest> every_fixture_parses_to_its_golden_json() {
        return FixtureDocuments.NAMES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path file = FixtureDocuments.write(name, dir);
            Meeting m = PARSER.parse(extractor.extract(file).text(), name);
            Goldens.check("fixture-" + name.replace('.', '-'), m);
        }));
    }
}
