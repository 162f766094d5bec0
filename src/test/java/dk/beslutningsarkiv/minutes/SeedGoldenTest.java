package dk.beslutningsarkiv.minutes;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each sample parses to exactly its hand-checked golden JSON. */
class SeedGoldenTest {

    private static final MinutesParser PARSER = MinutesParser.withBundledData();

    @TestFactory
    Stream<DynamicTest> every_sample_parses_to_its_golden_json() {
        return Seeds.FILES.stream().map(file -> DynamicTest.dynamicTest(file, () -> Goldens.check(
                "seed-" + file.replace(".txt", ""), PARSER.parse(Seeds.structured(file), file))));
    }
}
