package dk.beslutningsarkiv.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/minutes/golden. Run with -Dgolden.update=true to rewrite them
 * deliberately, then read every changed file before committing it.
 */
final class Goldens {

    private static final Path DIR = Path.of("src", "test", "resources", "minutes", "golden");

    private Goldens() {
    }

    static void check(String name, Meeting meeting) {
        String actual = MeetingJson.write(meeting);
        Path file = DIR.resolve(name + ".json");
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s (create it with -Dgolden.update=true and read it)", file).exists();
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(actual).as("parse of %s", name).isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
