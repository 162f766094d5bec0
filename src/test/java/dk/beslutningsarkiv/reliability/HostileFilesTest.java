package dk.beslutningsarkiv.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.archive.ImportReport;
import dk.beslutningsarkiv.archive.ImportResult;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.search.ArchiveSearcher;
import dk.beslutningsarkiv.search.SearchRequest;
import dk.beslutningsarkiv.search.SearchResponse;
import dk.beslutningsarkiv.testsupport.HostileFiles;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile set beside the fixtures, imported in one batch in this JVM: each bad file fails alone, with its reason. */
class HostileFilesTest {

    @TempDir
    static Path tmp;

    static ImportReport report;
    static Duration took;
    static long meetings;
    static SearchResponse danishWords;
    static SearchResponse fixtureWords;

    @BeforeAll
    static void importTheBatch() throws Exception {
        Path batch = TestFiles.copyFixtures(tmp.resolve("batch"));
        // 6 MB is past the 5 million character limit; the 100 MB file runs in HostileImportProcessTest.
        HostileFiles.writeAll(batch, 6L * 1024 * 1024);
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            long start = System.nanoTime();
            report = archive.importer().importPaths(List.of(batch), ImportListener.NONE);
            took = Duration.ofNanos(System.nanoTime() - start);
            meetings = archive.index().count(Schema.KIND_MEETING);
            ArchiveSearcher searcher = new ArchiveSearcher(archive.index());
            danishWords = searcher.search(SearchRequest.of("æbleskiverne østerbro"));
            fixtureWords = searcher.search(SearchRequest.of("governancemodel"));
        }
    }

    @Test
    void everyBadFileIsNamedWithAPlainReason() {
        Map<String, String> reasons = report.failures().stream()
                .collect(Collectors.toMap(r -> Path.of(r.fileName()).getFileName().toString(), ImportResult::reason));

        assertThat(reasons).containsOnlyKeys("korrupt.pdf", "afkortet.pdf", "krypteret.pdf", "tom.docx",
                "tilfaeldige-bytes.pdf", "program.exe", "referat-program", "zipbombe.docx", "kaempestor.txt", "tilbage");
        assertThat(reasons.get("korrupt.pdf")).startsWith("the file is damaged or not readable as its type");
        assertThat(reasons.get("afkortet.pdf")).startsWith("the file is damaged or not readable as its type");
        assertThat(reasons.get("tilfaeldige-bytes.pdf")).startsWith("the file is damaged or not readable as its type");
        assertThat(reasons.get("krypteret.pdf")).isEqualTo("the document is encrypted (password-protected)");
        assertThat(reasons.get("tom.docx")).isEqualTo("the file is empty");
        assertThat(reasons.get("program.exe")).startsWith("unsupported file type application/x-msdownload");
        assertThat(reasons.get("referat-program")).startsWith("unsupported file type application/x-executable");
        assertThat(reasons.get("zipbombe.docx"))
                .isEqualTo("the file looks like a zip bomb: word/document.xml unpacks to more than 100 times its packed size");
        assertThat(reasons.get("kaempestor.txt")).isEqualTo("the document holds more than 5000000 characters of text");
        assertThat(reasons.get("tilbage")).isEqualTo("symbolic link loop");
        assertThat(reasons.values()).allSatisfy(reason -> assertThat(reason)
                .doesNotContain("Exception", "\tat ", "java.", tmp.toString()));
    }

    @Test
    void theRestOfTheBatchLandsAndIsSearchable() {
        // Ten fixtures (five meetings), three encodings (three meetings) and the deep HTML (one, with warnings).
        assertThat(report.summary()).isEqualTo("imported 14, unchanged 0, failed 10");
        assertThat(meetings).isEqualTo(9);
        assertThat(fixtureWords.total()).isPositive();
    }

    @Test
    void unusualEncodingsKeepTheirDanishLetters() {
        // UTF-16 with a byte-order mark, ISO-8859-1, and UTF-8 with broken bytes after the text.
        assertThat(danishWords.hits()).extracting(h -> h.meetingId()).containsExactlyInAnyOrder(
                "2024-03-12-styregruppen-for-laerings-og-kvalitetsteams-referat",
                "2024-03-13-styregruppen-for-laerings-og-kvalitetsteams-referat",
                "2024-03-14-styregruppen-for-laerings-og-kvalitetsteams-referat");
    }

    @Test
    void aFileWithoutRecognisableMinutesImportsWithWarnings() {
        ImportResult deep = report.results().stream().filter(r -> r.fileName().equals("dyb.html")).findFirst().orElseThrow();

        assertThat(deep.status()).isEqualTo(ImportResult.Status.IMPORTED);
        assertThat(deep.warnings()).contains("no meeting date found in the title or header");
    }

    @Test
    void theWholeBatchTakesBoundedTime() {
        assertThat(took).isLessThan(Duration.ofSeconds(60));
    }
}
