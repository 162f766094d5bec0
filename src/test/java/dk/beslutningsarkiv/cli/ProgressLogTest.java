package dk.beslutningsarkiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.archive.ImportResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLogTest {

    private static final ImportResult FILE = new ImportResult("referat.txt", ImportResult.Status.IMPORTED, "sha",
            "2024-01-01-styregruppen-referat", null, List.of());

    @Test
    void logsOnceForEachTenthOfTheFilesDone() {
        List<String> lines = loggedFor(95);

        assertThat(lines).hasSize(10);
        assertThat(lines.getFirst()).isEqualTo("rebuilding the index: 10 of 95 files (10%)");
        assertThat(lines.get(4)).isEqualTo("rebuilding the index: 48 of 95 files (50%)");
        assertThat(lines.getLast()).isEqualTo("rebuilding the index: 95 of 95 files (100%)");
    }

    @Test
    void aBatchOfFewerThanTenFilesLogsTheTenthsItPasses() {
        assertThat(loggedFor(3)).containsExactly("rebuilding the index: 1 of 3 files (30%)",
                "rebuilding the index: 2 of 3 files (60%)", "rebuilding the index: 3 of 3 files (100%)");
    }

    /** The lines logged while a batch of {@code total} files is done one by one. */
    private static List<String> loggedFor(int total) {
        List<String> lines = new ArrayList<>();
        ImportListener progress = new ProgressLog("rebuilding the index", lines::add);
        for (int done = 1; done <= total; done++) {
            progress.fileDone(done, total, FILE);
        }
        return lines;
    }
}
