package dk.beslutningsarkiv.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.IndexSnapshot;
import dk.beslutningsarkiv.index.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consistent copy of a running archive: the index's last commit (pinned by a Lucene snapshot, so
 * commits may go on) and every original it can name, then {@code backup.json}. Deletions of
 * originals wait while the copy runs; uploads and searches do not.
 */
public final class ArchiveBackup {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveBackup.class);

    private ArchiveBackup() {
    }

    /** Writes a backup into {@code target}, which must be new or empty. */
    public static BackupManifest write(ArchiveIndex index, OriginalStore store, Path target) throws IOException {
        if (!FileTrees.isEmpty(target)) {
            throw new IOException("the backup folder " + target + " is not empty");
        }
        try (OriginalStore.DeletionHold hold = store.holdDeletions(); IndexSnapshot snapshot = index.snapshot()) {
            snapshot.copyTo(target.resolve("index"));
            List<String> shas = new ArrayList<>();
            for (StoredOriginal original : store.all()) {
                // Stored after the commit began: not in the copied index; the next backup takes it.
                if (original.importedAt().isAfter(snapshot.committedAt())) {
                    continue;
                }
                Path content = store.contentPath(original.sha256());
                Path dir = Files.createDirectories(target.resolve("originals").resolve(store.root().relativize(content.getParent())));
                Files.copy(content, dir.resolve(content.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                Path record = store.recordPath(original.sha256());
                Files.copy(record, dir.resolve(record.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                shas.add(original.sha256());
            }
            String version = snapshot.userData().getOrDefault(Schema.VERSION_KEY, "0");
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, Instant.now(), snapshot.committedAt(),
                    Integer.parseInt(version), meetingsIn(target.resolve("index")), snapshot.fileNames(), shas);
            Path tmp = target.resolve(BackupManifest.FILE + ".tmp");
            JSON.writeValue(tmp.toFile(), manifest);
            Files.move(tmp, target.resolve(BackupManifest.FILE), StandardCopyOption.ATOMIC_MOVE);
            LOG.info("backup written: {} meetings, {} originals", manifest.meetings(), shas.size());
            return manifest;
        }
    }

    /** Opens the copied index on its own: proof that the copy is a whole commit, and its meeting count. */
    static long meetingsIn(Path indexDir) throws IOException {
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(Schema.KIND, Schema.KIND_MEETING)));
        }
    }
}
