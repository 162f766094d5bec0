package dk.beslutningsarkiv.archive;

import java.time.Instant;
import java.util.List;

/**
 * {@code backup.json}, written last into a backup folder: what the backup holds. A folder without
 * it is an unfinished backup and is never restored.
 */
public record BackupManifest(int format, Instant createdAt, Instant committedAt, int schemaVersion, long meetings,
                             List<String> indexFiles, List<String> originals) {

    public static final String FILE = "backup.json";
    public static final int FORMAT = 1;

    public BackupManifest {
        indexFiles = List.copyOf(indexFiles);
        originals = List.copyOf(originals);
    }
}
