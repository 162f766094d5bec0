package dk.beslutningsarkiv.cli;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportReport;
import dk.beslutningsarkiv.archive.ImportResult;
import dk.beslutningsarkiv.search.ArchiveSearcher;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import PATH...}: imports files and folders; one summary line, then one line per failed file. */
@Command(name = "import", description = "Import files and folders (recursively) into the archive.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to import")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Archive archive = Archives.open(data.dataDir)) {
            ImportReport report = archive.importer().importPaths(paths, ProgressBar.forTerminal(System.err));
            // The new segments' facet values go to their files now, so the service's first search reads them.
            new ArchiveSearcher(archive.index()).warmUp();
            var out = spec.commandLine().getOut();
            out.println(report.summary());
            for (ImportResult failure : report.failures()) {
                out.println("failed " + failure.fileName() + ": " + failure.reason());
            }
            out.flush();
            return report.failures().isEmpty() ? 0 : 1;
        }
    }
}
