package dk.beslutningsarkiv.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.testsupport.HostileFiles;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": {@code import} of the hostile set (with the real 100 MB text file) beside
 * the samples, in a JVM with 1 GB of heap, names every bad file, shows no stack trace, and leaves
 * the samples searchable.
 */
class HostileImportProcessTest {

    @TempDir
    Path tmp;

    @Test
    void theHostileSetBesideTheSamplesImportsInOneGigabyteAndNamesEveryBadFile() throws Exception {
        Path batch = tmp.resolve("batch");
        Map<String, Path> hostile = HostileFiles.writeAll(batch, 100L * 1024 * 1024);
        for (String sample : Archive.SAMPLES) {
            Files.copy(TestFiles.fixtures().resolve(sample), batch.resolve(sample));
        }
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("import.log");

        int code = ChildJvm.run(log, Duration.ofMinutes(3), Map.of(), "import", "--data", data.toString(), batch.toString());
        String output = Files.readString(log);

        assertThat(code).as(output).isEqualTo(1);
        assertThat(output).contains("imported 9, unchanged 0, failed 10");
        for (String bad : Set.of("korrupt.pdf", "afkortet.pdf", "krypteret.pdf", "tom.docx", "tilfaeldige-bytes.pdf",
                "program.exe", "referat-program", "zipbombe.docx", "kaempestor.txt")) {
            assertThat(output).contains("failed " + bad + ": ");
        }
        assertThat(output).contains("tilbage: symbolic link loop");
        assertThat(output).doesNotContain("\tat ", "Exception", "OutOfMemoryError");
        assertThat(hostile).containsKey("kaempestor.txt");

        Path searchLog = tmp.resolve("search.log");
        assertThat(ChildJvm.run(searchLog, Duration.ofMinutes(1), Map.of(), "search", "governancemodel", "--data",
                data.toString(), "--json")).isZero();
        assertThat(Files.readString(searchLog)).contains("\"total\"").doesNotContain("\"total\" : 0,", "\"total\":0,");
    }
}
