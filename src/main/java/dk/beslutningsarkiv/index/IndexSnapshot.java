package dk.beslutningsarkiv.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;

/**
 * One commit of the index, pinned: its files are immutable and kept until {@link #close()}, so
 * they can be copied while searches, uploads and new commits go on.
 */
public final class IndexSnapshot implements AutoCloseable {

    private final IndexWriter writer;
    private final SnapshotDeletionPolicy policy;
    private final IndexCommit commit;

    IndexSnapshot(IndexWriter writer, SnapshotDeletionPolicy policy) throws IOException {
        this.writer = writer;
        this.policy = policy;
        this.commit = policy.snapshot();
    }

    /** The files of the commit, its segments_N last (as Lucene lists them). */
    public List<String> fileNames() throws IOException {
        return List.copyOf(commit.getFileNames());
    }

    /** When the commit began; originals imported later are not in it. */
    public Instant committedAt() throws IOException {
        String at = commit.getUserData().get(ArchiveIndex.COMMITTED_AT_KEY);
        return at == null ? Instant.EPOCH : Instant.parse(at);
    }

    public Map<String, String> userData() throws IOException {
        return commit.getUserData();
    }

    /** Copies the commit's files into {@code target} (a new folder) and syncs them to disk. */
    public void copyTo(Path target) throws IOException {
        Files.createDirectories(target);
        Directory from = writer.getDirectory();
        try (Directory to = FSDirectory.open(target)) {
            List<String> names = fileNames();
            for (String name : names) {
                to.copyFrom(from, name, name, IOContext.DEFAULT);
            }
            to.sync(names);
            to.syncMetaData();
        }
    }

    @Override
    public void close() throws IOException {
        policy.release(commit);
        // The pinned files may be unreferenced by now: let the writer remove them.
        writer.deleteUnusedFiles();
    }
}
