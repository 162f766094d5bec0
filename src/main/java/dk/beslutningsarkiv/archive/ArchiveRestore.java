package dk.beslutningsarkiv.archive;

import dk.beslutningsarkiv.index.IndexInUseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Brings a backup back into a data folder. The backup is checked first (complete, every original
 * matching its hash, the index opening with the meetings it should hold); an archive already in the
 * folder is moved aside to {@code replaced-<time>/}, never deleted. The folder must not be in use.
 */
public final class ArchiveRestore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ArchiveRestore() {
    }

    /** Checks a backup folder and returns its manifest; throws with the reason when it cannot be restored. */
    public static BackupManifest verify(Path backup) throws IOException {
        Path manifestFile = backup.resolve(BackupManifest.FILE);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IOException(backup + " is not a complete backup (it has no " + BackupManifest.FILE + ")");
        }
        BackupManifest manifest = ArchiveBackup.JSON.readValue(manifestFile.toFile(), BackupManifest.class);
        OriginalStore originals = new OriginalStore(backup);
        for (String sha : manifest.originals()) {
            if (originals.find(sha).isEmpty() || !sha.equals(Sha256.of(originals.contentPath(sha)))) {
                throw new IOException("the backup's original " + sha + " is missing or damaged");
            }
        }
        long meetings;
        try {
            meetings = ArchiveBackup.meetingsIn(backup.resolve("index"));
        } catch (IOException e) {
            throw new IOException("the backup's index cannot be opened: " + e.getMessage(), e);
        }
        if (meetings != manifest.meetings()) {
            throw new IOException("the backup's index holds " + meetings + " meetings, not " + manifest.meetings());
        }
        return manifest;
    }

    /**
     * Restores {@code backup} into {@code dataDir}. Without {@code replace}, a folder that already
     * holds an archive is left alone and an exception says so.
     */
    public static BackupManifest restore(Path backup, Path dataDir, boolean replace) throws IOException {
        BackupManifest manifest = verify(backup);
        Path index = dataDir.resolve("index");
        Path store = dataDir.resolve("originals");
        boolean occupied = !FileTrees.isEmpty(index) || !FileTrees.isEmpty(store);
        if (occupied && !replace) {
            throw new IOException("the data folder " + dataDir + " already holds an archive; "
                    + "restore --replace moves it aside first");
        }
        Files.createDirectories(index);
        // The index's own write lock: a running serve or import holds it, and must be stopped first.
        try (FSDirectory dir = FSDirectory.open(index); Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            String stamp = LocalDateTime.now().format(STAMP);
            Path staging = dataDir.resolve("restoring-" + stamp);
            FileTrees.delete(staging);
            FileTrees.copy(backup.resolve("index"), staging.resolve("index"));
            FileTrees.copy(backup.resolve("originals"), staging.resolve("originals"));
            if (occupied) {
                Path aside = dataDir.resolve("replaced-" + stamp);
                moveIfPresent(store, aside.resolve("originals"));
                moveIfPresent(index, aside.resolve("index"));
            } else {
                FileTrees.delete(index);
            }
            FileTrees.move(staging.resolve("index"), index);
            FileTrees.move(staging.resolve("originals"), store);
            FileTrees.delete(staging);
        } catch (LockObtainFailedException e) {
            throw new IndexInUseException(dataDir, e);
        }
        return manifest;
    }

    private static void moveIfPresent(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            FileTrees.move(from, to);
        }
    }
}
