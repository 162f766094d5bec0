package dk.beslutningsarkiv.cli;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.archive.ImportReport;
import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.MinutesParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the archive of a data folder the way every command needs it. */
final class Archives {

    private static final Logger LOG = LoggerFactory.getLogger(Archives.class);
    /** Projects users add without code: a TSV beside the index, read on top of the bundled list. */
    static final String USER_PROJECTS_FILE = "projects.tsv";

    private Archives() {
    }

    static MinutesParser parser(Path dataDir) {
        Path projects = dataDir.resolve(USER_PROJECTS_FILE);
        return Files.isRegularFile(projects) ? MinutesParser.withBundledData(projects) : MinutesParser.withBundledData();
    }

    /** Opens the archive; an index built with an older schema is rebuilt from the originals first. */
    static Archive open(Path dataDir) throws IOException {
        return open(dataDir, archive -> rebuild(archive, log -> archive.importer().reindex(log)));
    }

    /**
     * Opens the archive for a caller that rebuilds the index itself ({@code reindex}): an index of an
     * older schema is left as it is rather than rebuilt twice.
     */
    static Archive openToRebuild(Path dataDir) throws IOException {
        return open(dataDir, archive -> { });
    }

    /**
     * Opens the archive; {@code olderSchema} is given it when its index was built with an older
     * schema and the originals to rebuild it from are there.
     */
    static Archive open(Path dataDir, OlderSchema olderSchema) throws IOException {
        Archive archive = Archive.open(dataDir, parser(dataDir));
        try {
            boolean current = archive.index().isCurrentSchema();
            if (!current && !archive.store().isEmpty()) {
                olderSchema.found(archive);
            } else if (!current && archive.index().count(Schema.KIND_MEETING) > 0) {
                // Its fields are indexed differently from what this build writes: the first write would fail.
                throw new IllegalStateException(builtWith(dataDir, archive.index())
                        + " and its originals are missing, so it cannot be rebuilt; "
                        + "restore a backup, or import the files again into a new data folder");
            } else {
                archive.recoverUncommitted();
            }
            return archive;
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    /**
     * Rebuilds the index of an older schema from the stored originals, {@code rebuild} doing the
     * work with a listener that logs each tenth of the files.
     */
    static void rebuild(Archive archive, Rebuild rebuild) throws IOException {
        LOG.info("the index was built with schema {}; rebuilding it from the stored originals",
                archive.index().schemaVersion());
        ImportReport report = rebuild.run(ProgressLog.toLog("rebuilding the index"));
        LOG.info("rebuilt: {}", report.summary());
    }

    /** What opening does with an archive whose index was built with an older schema it can be rebuilt from. */
    @FunctionalInterface
    interface OlderSchema {
        void found(Archive archive) throws IOException;
    }

    /** A rebuild of the index from the stored originals, telling {@code log} of each file. */
    @FunctionalInterface
    interface Rebuild {
        ImportReport run(ImportListener log) throws IOException;
    }

    /**
     * Opens the index for searching beside a running service. An index of an older schema is refused:
     * its words were analysed otherwise than this build analyses a query, so answers would miss items,
     * and a reader cannot rebuild it.
     */
    static ArchiveIndex openToSearch(Path dataDir) throws IOException {
        ArchiveIndex index = ArchiveIndex.openReadOnly(dataDir);
        try {
            if (!index.isCurrentSchema()) {
                throw new IllegalStateException(builtWith(dataDir, index) + " and this version reads schema "
                        + Schema.VERSION + "; start the service or run reindex once to rebuild it");
            }
            return index;
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    private static String builtWith(Path dataDir, ArchiveIndex index) throws IOException {
        return "the index in " + dataDir + " was built with schema " + index.schemaVersion();
    }
}
