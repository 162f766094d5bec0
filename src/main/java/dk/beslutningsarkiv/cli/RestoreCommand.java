package dk.beslutningsarkiv.cli;

import dk.beslutningsarkiv.archive.ArchiveRestore;
import dk.beslutningsarkiv.archive.BackupManifest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restore --from DIR}: checks a backup and brings it back into the data folder (serve stopped). */
@Command(name = "restore", description = "Check a backup and restore it into the data folder (stop serve first).")
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "a folder written by backup")
    Path from;

    @Option(names = "--replace", description = "move an archive already in the data folder aside (to replaced-TIME/) first")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BackupManifest manifest = ArchiveRestore.restore(from, data.dataDir, replace);
        spec.commandLine().getOut().println("restored " + manifest.meetings() + " meetings and "
                + manifest.originals().size() + " originals into " + data.dataDir);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
