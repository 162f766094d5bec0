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
        List<String> lines = new ArrayList<>();
        ImportListener progress = new ProgressLog("rebuilding the index", lines::add);

        for (int done = 1; done <= 95; done++) {
            progress.fileDone(done, 95, FILE);
        }

        assertThat(lines).hasSize(10);
        assertThat(lines.getFirst()).isEqualTo("rebuilding the index: 10 of 95 files (10%)");
        assertThat(lines.get(4)).isEqualTo("rebuilding the index: 48 of 95 files (50%)");
        assertThat(lines.getLast()).isEqualTo("rebuilding the index: 95 of 95 files (100%)");
    }

    @Test
    void aBatchOfFewerThanTenFilesLogsTheTenthsItPasses() {
        List<String> lines = new ArrayList<>();
        ImportListener progress = new ProgressLog("rebuilding the index", lines::add);

        for (int done = 1; done <= 3; done++) {
            progress.fileDone(done, 3, FILE);
        }

        assertThat(lines).containsExactly("rebuilding the index: 1 of 3 files (30%)",
                "rebuilding the index: 2 of 3 files (60%)", "rebuilding the index: 3 of 3 files (100%)");
    }
}
