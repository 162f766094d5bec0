package dk.beslutningsarkiv.cli;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportReport;
import dk.beslutningsarkiv.archive.ImportResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reindex}: rebuilds the whole index from the stored originals (after a schema change). */
@Command(name = "reindex", description = "Rebuild the index from the stored originals.")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Archive archive = Archives.openToRebuild(data.dataDir)) {
            ImportReport report = archive.importer().reindex(ProgressBar.forTerminal(System.err));
            var out = spec.commandLine().getOut();
            out.println("reindexed " + report.count(ImportResult.Status.IMPORTED) + ", failed "
                    + report.count(ImportResult.Status.FAILED));
            report.failures().forEach(f -> out.println("failed " + f.fileName() + ": " + f.reason()));
            out.flush();
            return report.failures().isEmpty() ? 0 : 1;
        }
    }
}
