package dk.beslutningsarkiv.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every imported original byte for byte under {@code originals/ab/<sha256>} with a JSON
 * sidecar of its name, media type and import time. Files are written to a temporary name and
 * moved into place, so a crash never leaves half an original under its final name.
 */
public final class OriginalStore {

    private static final Logger LOG = LoggerFactory.getLogger(OriginalStore.class);
    private static final Pattern RECORD_NAME = Pattern.compile("[0-9a-f]{64}\\.json");
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final Duration FILE_TIME_SLACK = Duration.ofSeconds(5);

    private final Path root;
    private final Clock clock;
    /** Deletions take the write side; a backup copying the store holds the read side, so nothing it lists vanishes. */
    private final ReentrantReadWriteLock deletions = new ReentrantReadWriteLock();

    public OriginalStore(Path dataDir, Clock clock) {
        this.root = dataDir.resolve("originals");
        this.clock = clock;
    }

    public OriginalStore(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    /** Stores the file under its hash unless the same bytes are already there; returns the record either way. */
    public StoredOriginal put(Path file, String sha256, String fileName, String mediaType) throws IOException {
        Optional<StoredOriginal> existing = find(sha256);
        if (existing.isPresent()) {
            return existing.get();
        }
        Path target = contentPath(sha256);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), sha256, ".tmp");
        try {
            try (OutputStream out = intoNew(tmp)) {
                Files.copy(file, out);
            }
            moveIntoPlace(tmp, target);
            StoredOriginal original = new StoredOriginal(sha256, fileName, mediaType, Files.size(target), clock.instant());
            Path sidecarTmp = Files.createTempFile(target.getParent(), sha256, ".json.tmp");
            try (OutputStream out = intoNew(sidecarTmp)) {
                JSON.writeValue(out, original);
            }
            moveIntoPlace(sidecarTmp, sidecarPath(sha256));
            return original;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Makes a stored original durable: its bytes, its record and the folder entries naming them.
     * An upload is answered only after that. A bulk import does not wait for each of its files
     * (syncing them all cost 5-16% of a 100k import's time); see {@link #find} for what a power cut
     * soon after one can leave.
     */
    public void sync(String sha256) throws IOException {
        Path content = contentPath(sha256);
        IOUtils.fsync(content, false);
        IOUtils.fsync(sidecarPath(sha256), false);
        IOUtils.fsync(content.getParent(), true);
        // A prefix folder made for this original is itself an entry of the store's folder.
        IOUtils.fsync(root, true);
    }

    /**
     * The record of a stored original whose record can be read and whose bytes are as many as it
     * says. A power cut soon after a bulk import can leave either empty; such an original counts as
     * not stored, so importing its file again stores it anew instead of calling it unchanged.
     */
    public Optional<StoredOriginal> find(String sha256) throws IOException {
        if (!Sha256.isValid(sha256)) {
            return Optional.empty();
        }
        Path sidecar = sidecarPath(sha256);
        Path content = contentPath(sha256);
        try {
            if (!Files.isRegularFile(sidecar) || !Files.isRegularFile(content)) {
                return Optional.empty();
            }
            Optional<StoredOriginal> original = readRecord(sidecar);
            return original.isPresent() && Files.size(content) == original.get().size() ? original : Optional.empty();
        } catch (NoSuchFileException e) {
            // Deleted while looking.
            return Optional.empty();
        }
    }

    /** Removes an original and its record; true when it was there. The record goes first, so a crash never leaves a record without bytes. */
    public boolean delete(String sha256) throws IOException {
        if (!Sha256.isValid(sha256)) {
            return false;
        }
        deletions.writeLock().lock();
        try {
            boolean recorded = Files.deleteIfExists(sidecarPath(sha256));
            return Files.deleteIfExists(contentPath(sha256)) || recorded;
        } finally {
            deletions.writeLock().unlock();
        }
    }

    /** Holds deletions back until closed (on the same thread): a backup's copy of the store stays complete. */
    public DeletionHold holdDeletions() {
        deletions.readLock().lock();
        return () -> deletions.readLock().unlock();
    }

    /** Closing it lets deletions go on. */
    @FunctionalInterface
    public interface DeletionHold extends AutoCloseable {
        @Override
        void close();
    }

    /** The folder of the store, for copies of it. */
    public Path root() {
        return root;
    }

    /** The record's own path beside the bytes. */
    public Path recordPath(String sha256) {
        return sidecarPath(sha256);
    }

    /** The stored bytes of an original; the hash is validated, so no path can escape the store. */
    public Path contentPath(String sha256) {
        if (!Sha256.isValid(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Every stored original with a readable record, in import order (then hash), the order a rebuild replays them in. */
    public List<StoredOriginal> all() throws IOException {
        return records().stream()
                .map(this::read)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(StoredOriginal::importedAt).thenComparing(StoredOriginal::sha256))
                .toList();
    }

    /**
     * The record files, found by name only. An import may be renaming its temporary files in the same
     * folders: unlike a file-tree walk, directory listings never stumble over a file that just vanished.
     */
    private List<Path> records() throws IOException {
        return records(prefix -> true, Integer.MAX_VALUE);
    }

    /**
     * At most {@code limit} records, from the prefix folders {@code folders} accepts. A million
     * originals are a million files: a start-up must not list (or stat) them all to learn little.
     */
    private List<Path> records(Predicate<Path> folders, int limit) throws IOException {
        List<Path> records = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return records;
        }
        try (DirectoryStream<Path> prefixes = Files.newDirectoryStream(root, "[0-9a-f][0-9a-f]")) {
            for (Path prefix : prefixes) {
                if (!folders.test(prefix)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(prefix, "*.json")) {
                    for (Path file : files) {
                        if (RECORD_NAME.matcher(file.getFileName().toString()).matches()) {
                            records.add(file);
                            if (records.size() >= limit) {
                                return records;
                            }
                        }
                    }
                } catch (NoSuchFileException | NotDirectoryException e) {
                    // Removed or not a folder of ours: it holds no records.
                }
            }
        }
        return records;
    }

    /**
     * Originals stored at or after {@code since}, oldest first. File times only narrow the search;
     * the records' own import times decide. A record's file and folder are written after its import
     * time is taken, on the same clock, so the slack only covers file systems that keep coarse
     * times (two seconds on FAT). It was a minute: after a large import every folder had a record
     * from the last minute before the final commit, and the next start read every record's time
     * (the first start after importing 100k items: 4.4 s, now 2.5 s).
     */
    public List<StoredOriginal> importedSince(Instant since) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        FileTime cutoff = FileTime.from(since.minus(FILE_TIME_SLACK));
        // A record is moved into its folder when written, which makes the folder at least as new as
        // the record: folders older than the cutoff hold no record newer than it.
        return records(prefix -> modifiedSince(prefix, cutoff), Integer.MAX_VALUE).stream()
                .filter(p -> modifiedSince(p, cutoff))
                .map(this::read)
                .flatMap(Optional::stream)
                .filter(o -> !o.importedAt().isBefore(since))
                .sorted(Comparator.comparing(StoredOriginal::importedAt).thenComparing(StoredOriginal::sha256))
                .toList();
    }

    private static boolean modifiedSince(Path file, FileTime cutoff) {
        try {
            return Files.getLastModifiedTime(file).compareTo(cutoff) >= 0;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable record " + file.getFileName(), e);
        }
    }

    /** True when no original is stored; looks for one record rather than reading them all. */
    public boolean isEmpty() throws IOException {
        return records(prefix -> true, 1).isEmpty();
    }

    /** {@link #readRecord} for streams of records. */
    private Optional<StoredOriginal> read(Path sidecar) {
        try {
            return readRecord(sidecar);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable record " + sidecar.getFileName(), e);
        }
    }

    /**
     * A record, or empty when a power cut left it torn (empty, zeros, or cut short): that must not
     * stop a start or a rebuild, which go on without the original (logged; importing its file again
     * restores it). A record that is whole but not one of ours still fails.
     */
    private static Optional<StoredOriginal> readRecord(Path sidecar) throws IOException {
        byte[] bytes = Files.readAllBytes(sidecar);
        try {
            return Optional.of(JSON.readValue(bytes, StoredOriginal.class));
        } catch (JsonProcessingException e) {
            if (bytes.length == 0 || bytes[0] == 0 || endedEarly(e)) {
                LOG.warn("passed over the torn record {}: {}", sidecar.getFileName(), e.getOriginalMessage());
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Whether the parser met the end of the record too soon (databind wraps that in a mapping error). */
    private static boolean endedEarly(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonEOFException) {
                return true;
            }
        }
        return false;
    }

    private Path sidecarPath(String sha256) {
        return contentPath(sha256).resolveSibling(sha256 + ".json");
    }

    /**
     * Writes into a temporary file just created, as it is: replacing it (a copy's REPLACE_EXISTING)
     * deletes it and creates another, and truncating it (a plain open for writing) makes ext4 start
     * writing it back when it is closed, in the importing thread (a tenth of a 100k import's time).
     */
    private static OutputStream intoNew(Path tmp) throws IOException {
        return Files.newOutputStream(tmp, StandardOpenOption.WRITE);
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
