package dk.beslutningsarkiv.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sample files of src/test/resources, and copies of them in a test's own folder. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestFiles.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** The ten fixture files (five meetings as PDF and DOCX). */
    public static Path fixtures() {
        return resource("fixtures");
    }

    /** Copies the fixtures into {@code dir} and returns it. */
    public static Path copyFixtures(Path dir) {
        try (Stream<Path> files = Files.list(fixtures())) {
            Files.createDirectories(dir);
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
