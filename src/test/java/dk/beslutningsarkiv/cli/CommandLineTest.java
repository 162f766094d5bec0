package dk.beslutningsarkiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.beslutningsarkiv.testsupport.BrokenFiles;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path tmp;

    /** One run of the command line: its exit code and what it printed. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importPrintsTheSummaryLineAndIsIdempotent() {
        String data = tmp.resolve("data").toString();

        Run first = run("import", "--data", data, TestFiles.fixtures().toString());
        Run second = run("import", "--data", data, TestFiles.fixtures().toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo("imported 10, unchanged 0, failed 0\n");
        assertThat(second.out()).isEqualTo("imported 0, unchanged 10, failed 0\n");
    }

    @Test
    void importNamesEachFailedFileWithItsReasonAndExitsNonZero() throws Exception {
        Path batch = tmp.resolve("batch");
        java.nio.file.Files.createDirectories(batch);
        BrokenFiles.emptyFile(batch);
        BrokenFiles.unsupportedFile(batch);
        java.nio.file.Files.copy(TestFiles.fixtures().resolve("003_c7bbfa67926f1f32.pdf"), batch.resolve("003.pdf"));

        Run result = run("import", "--data", tmp.resolve("data").toString(), batch.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out().lines()).containsExactly(
                "imported 1, unchanged 0, failed 2",
                "failed billede.png: unsupported file type image/png (the archive reads PDF, DOCX, DOC, ODT, RTF, HTML and TXT)",
                "failed tom.docx: the file is empty");
    }

    @Test
    void parsePrintsTheMeetingAsJsonAndTouchesNoIndex() throws Exception {
        Path data = tmp.resolve("data");
        Run result = run("parse", "--data", data.toString(),
                TestFiles.fixtures().resolve("001_a016bfd03270cee0.docx").toString());

        assertThat(result.exitCode()).isZero();
        JsonNode meeting = new ObjectMapper().readTree(result.out());
        assertThat(meeting.get("documentType").asText()).isEqualTo("referat");
        assertThat(meeting.get("meetingDate").asText()).isEqualTo("2024-08-28");
        assertThat(meeting.get("committee").asText()).isEqualTo("Styregruppen for Lærings- og Kvalitetsteams");
        assertThat(meeting.get("items")).hasSize(4);
        assertThat(data).doesNotExist();
    }

    @Test
    void parseOfAnUnreadableFileSaysWhyOnStderr() throws Exception {
        Path png = BrokenFiles.unsupportedFile(tmp);

        Run result = run("parse", png.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("billede.png").contains("unsupported file type image/png");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void searchFindsImportedItemsForATerminalAndAsJson() throws Exception {
        String data = tmp.resolve("data").toString();
        run("import", "--data", data, TestFiles.fixtures().toString());

        Run text = run("search", "--data", data, "governancemodel");
        Run json = run("search", "--data", data, "governancemodel", "--json");

        assertThat(text.exitCode()).isZero();
        // Item 2 has the word in its title, item 5 in its text: the title ranks first.
        assertThat(text.out()).startsWith("2 items\n\n1. 2023-04-17").contains("2. Governancemodel for handleplan")
                .contains("/moeder/2023-04-17-direktoerforum-sundhedsklynge-midt-referat#punkt-2");
        JsonNode answer = new ObjectMapper().readTree(json.out());
        assertThat(answer.get("total").asInt()).isEqualTo(2);
        assertThat(answer.get("hits").get(0).get("number").asInt()).isEqualTo(2);
        assertThat(answer.get("hits").get(1).get("number").asInt()).isEqualTo(5);
        assertThat(answer.get("hits").get(0).get("snippet").asText()).contains("<mark>");
    }

    @Test
    void searchWithBadSyntaxFailsWithAMessageAndNoStackTrace() {
        String data = tmp.resolve("data").toString();
        run("import", "--data", data, TestFiles.fixtures().resolve("000_ab5cc1dd3f794e91.pdf").toString());

        Run result = run("search", "--data", data, "\"ulukket citat");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("search: the query cannot be read").doesNotContain("at org.");
    }

    @Test
    void searchOnAFolderWithoutAnArchiveSaysSo() {
        Run result = run("search", "--data", tmp.resolve("tom").toString(), "tvang");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("no archive in");
    }
}
