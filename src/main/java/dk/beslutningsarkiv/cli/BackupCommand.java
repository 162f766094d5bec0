package dk.beslutningsarkiv.cli;

import dk.beslutningsarkiv.archive.ArchiveBackup;
import dk.beslutningsarkiv.archive.BackupManifest;
import dk.beslutningsarkiv.archive.FileTrees;
import dk.beslutningsarkiv.archive.OriginalStore;
import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.IndexInUseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup --to DIR}: a consistent copy of the index and the originals, also while a serve runs. */
@Command(name = "backup", description = "Copy the archive (index snapshot and originals) into a new folder, also while serve runs.")
final class BackupCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "new or empty folder for the backup")
    Path to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data.dataDir.resolve("index"))) {
            throw new IOException("no archive in " + data.dataDir);
        }
        if (!FileTrees.isEmpty(to)) {
            throw new IOException("the backup folder " + to + " is not empty");
        }
        BackupManifest manifest;
        try (ArchiveIndex index = ArchiveIndex.open(data.dataDir)) {
            manifest = ArchiveBackup.write(index, new OriginalStore(data.dataDir), to);
        } catch (IndexInUseException e) {
            manifest = RunningServerBackup.backup(data.dataDir, to, System.getenv("ARKIV_API_TOKEN"));
        }
        spec.commandLine().getOut().println("backup of " + manifest.meetings() + " meetings and "
                + manifest.originals().size() + " originals in " + to);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
