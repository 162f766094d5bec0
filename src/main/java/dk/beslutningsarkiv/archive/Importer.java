package dk.beslutningsarkiv.archive;

import dk.beslutningsarkiv.extract.Extraction;
import dk.beslutningsarkiv.extract.ExtractionException;
import dk.beslutningsarkiv.extract.TikaExtractor;
import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.MinutesParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files: hash, extract, parse, keep the original, index the meeting. A file that fails
 * is reported with its reason and the batch goes on. The same bytes again are "unchanged".
 * The original is stored before the index is touched, so the index never names an original
 * that is not kept; the index commit comes last, so a crash in between is repaired by importing
 * again.
 */
public final class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    /** Commit after this many imported files: bounds the work a crash can undo, without an fsync per file. */
    private static final int COMMIT_EVERY = 200;
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final int WINDOW = 4 * WORKERS;

    private final OriginalStore store;
    private final TikaExtractor extractor;
    private final MinutesParser parser;
    private final ArchiveIndex index;

    public Importer(OriginalStore store, TikaExtractor extractor, MinutesParser parser, ArchiveIndex index) {
        this.store = store;
        this.extractor = extractor;
        this.parser = parser;
        this.index = index;
    }

    /**
     * Imports files and folders (recursively), committing as it goes and once at the end. Files
     * are hashed, extracted and parsed on all cores; they are stored and indexed one by one in
     * file order, so the result (and which spelling of a name comes first) does not depend on
     * timing.
     */
    public ImportReport importPaths(List<Path> paths, ImportListener listener) throws IOException {
        FileCollector.Found found = FileCollector.collect(paths);
        List<ImportResult> results = new ArrayList<>(found.failures());
        int total = found.files().size();
        int sinceCommit = 0;
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "import-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Prepared>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            for (int i = 0; i < total; i++) {
                // A bounded window ahead of the writer keeps memory flat however large the batch.
                while (submitted < total && inFlight.size() < WINDOW) {
                    Path file = found.files().get(submitted++);
                    inFlight.add(workers.submit(() -> prepare(file, file.getFileName().toString())));
                }
                ImportResult result = complete(await(inFlight.poll()));
                results.add(result);
                if (result.status() == ImportResult.Status.IMPORTED && ++sinceCommit >= COMMIT_EVERY) {
                    index.commit();
                    sinceCommit = 0;
                }
                listener.fileDone(i + 1, total, result);
            }
        } finally {
            workers.shutdownNow();
        }
        index.commit();
        return new ImportReport(results);
    }

    /**
     * Imports one file under the given name (an upload's name may differ from its temporary file).
     * Does not commit: the caller decides when (an upload commits at once).
     */
    public ImportResult importFile(Path file, String fileName) {
        return complete(prepare(file, fileName));
    }

    /** A file hashed, extracted and parsed, ready to be stored and indexed; or its final result already. */
    private record Prepared(Path file, String fileName, String sha, String mediaType, Meeting meeting,
                            ImportResult result) {
    }

    /** The part of an import that touches neither store nor index, so it can run on any thread. */
    private Prepared prepare(Path file, String fileName) {
        String sha = null;
        try {
            sha = Sha256.of(file);
            if (store.find(sha).isPresent() && index.containsSource(sha)) {
                return done(ImportResult.unchanged(fileName, sha, index.meetingIdOfSource(sha).orElse(null)));
            }
            Extraction extraction = extractor.extract(file);
            Meeting meeting = parser.parse(extraction.text(), fileName);
            return new Prepared(file, fileName, sha, extraction.mediaType(), meeting, null);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return done(failure(fileName, e));
        }
    }

    /** Stores and indexes a prepared file, in the caller's order. */
    private ImportResult complete(Prepared prepared) {
        if (prepared.result() != null) {
            return prepared.result();
        }
        String fileName = prepared.fileName();
        String sha = prepared.sha();
        try {
            Optional<StoredOriginal> stored = store.find(sha);
            // The same bytes twice in one batch: the first copy is indexed by now.
            if (stored.isPresent() && index.containsSource(sha)) {
                return ImportResult.unchanged(fileName, sha, index.meetingIdOfSource(sha).orElse(null));
            }
            Meeting meeting = prepared.meeting();
            store.put(prepared.file(), sha, fileName, prepared.mediaType());
            indexOrForget(meeting, sha, stored.isEmpty());
            LOG.debug("imported {} as {}", fileName, meeting.id());
            return ImportResult.imported(fileName, sha, meeting.id(), meeting.warnings());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return failure(fileName, e);
        }
    }

    private static Prepared done(ImportResult result) {
        return new Prepared(null, result.fileName(), result.sha256(), null, null, result);
    }

    private static Prepared await(Future<Prepared> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the import was interrupted", e);
        } catch (ExecutionException e) {
            // prepare() turns every failure into a result; anything here is a bug worth seeing.
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The plain reason a file failed; details go to the log, never to the user. */
    private static ImportResult failure(String fileName, Throwable error) {
        return switch (error) {
            case ExtractionException e -> {
                LOG.info("failed {}: {}", fileName, e.getMessage());
                yield ImportResult.failed(fileName, e.getMessage());
            }
            case IOException e -> {
                LOG.warn("failed {}: {}", fileName, e.toString());
                LOG.debug("failed {}", fileName, e);
                yield ImportResult.failed(fileName, "cannot be read or stored: " + e.getMessage());
            }
            case OutOfMemoryError e -> ImportResult.failed(fileName, "the document needs more memory than allowed to read");
            default -> {
                // A hostile file must fail alone: whatever the parser trips over stays with this file.
                LOG.warn("failed {}: {}", fileName, error.toString());
                LOG.debug("failed {}", fileName, error);
                yield ImportResult.failed(fileName, "the document's content could not be understood");
            }
        };
    }

    /** Indexes the meeting; a new original that could not be indexed is removed again, so store and index agree. */
    private void indexOrForget(Meeting meeting, String sha, boolean newOriginal) throws IOException {
        try {
            index.putMeeting(meeting, sha);
        } catch (IOException | RuntimeException e) {
            if (newOriginal) {
                store.delete(sha);
            }
            throw e;
        }
    }

    /** Rebuilds the index from the stored originals, in import order; the store is not touched. */
    public ImportReport reindex(ImportListener listener) throws IOException {
        List<StoredOriginal> originals = store.all();
        index.deleteAll();
        List<ImportResult> results = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            StoredOriginal original = originals.get(i);
            ImportResult result = reindexOne(original);
            results.add(result);
            listener.fileDone(i + 1, originals.size(), result);
        }
        index.commit();
        return new ImportReport(results);
    }

    ImportResult reindexOne(StoredOriginal original) {
        try {
            Extraction extraction = extractor.extract(store.contentPath(original.sha256()));
            Meeting meeting = parser.parse(extraction.text(), original.fileName());
            index.putMeeting(meeting, original.sha256());
            return ImportResult.imported(original.fileName(), original.sha256(), meeting.id(), meeting.warnings());
        } catch (ExtractionException | IOException e) {
            return ImportResult.failed(original.fileName(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("failed {}: {}", original.fileName(), e.toString());
            return ImportResult.failed(original.fileName(), "the document's content could not be understood");
        }
    }
}
