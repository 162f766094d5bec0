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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
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
    /**
     * Files between commits at first: bounds the work a crash can undo without an fsync per file. A
     * long batch commits less often (see {@code commitDue}), so a crash may undo a tenth of it.
     */
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
        List<Path> files = found.files();
        return inBulk(files.size(), () -> importFiles(found.failures(), files.size(),
                i -> prepare(files.get(i), files.get(i).getFileName().toString()), true, listener));
    }

    /**
     * Rebuilds the index from the stored originals, in import order, on all cores like an import;
     * the store is not touched. Nothing is committed before the end: until then a crash leaves the
     * old index as it was (and an index of an older schema is rebuilt again at the next start).
     */
    public ImportReport reindex(ImportListener listener) throws IOException {
        List<StoredOriginal> originals = store.all();
        index.deleteAll();
        return inBulk(originals.size(), () -> importFiles(List.of(), originals.size(),
                i -> prepareStored(originals.get(i)), false, listener));
    }

    /**
     * Runs a batch of {@code files} files and commits it; merging pauses while it runs and ends in
     * one merge when the batch is most of the archive (see {@link ArchiveIndex#pauseMergesFor}).
     */
    private ImportReport inBulk(int files, Batch batch) throws IOException {
        index.pauseMergesFor(files);
        try {
            ImportReport report = new ImportReport(batch.run());
            index.commit();
            long imported = report.count(ImportResult.Status.IMPORTED);
            if (index.mergeAfterBatch(imported)) {
                LOG.info("merged the index into one segment after importing {} files", imported);
            }
            return report;
        } finally {
            index.resumeMerges();
        }
    }

    @FunctionalInterface
    private interface Batch {
        List<ImportResult> run() throws IOException;
    }

    /**
     * Prepares file {@code i} of {@code total} with {@code prepare} on all cores, stores and stages
     * them one by one in that order, and writes them on all cores again. {@code commitsAsItGoes}:
     * commit now and then (see {@code commitDue}), or only when the caller does.
     */
    private List<ImportResult> importFiles(List<ImportResult> failures, int total, IntFunction<Prepared> prepare,
                                           boolean commitsAsItGoes, ImportListener listener) throws IOException {
        List<ImportResult> results = new ArrayList<>(failures);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "import-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Writes writes = new Writes(total, results, listener);
            Deque<Future<Prepared>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            for (int i = 0; i < total; i++) {
                // A bounded window ahead of the writer keeps memory flat however large the batch.
                while (submitted < total && inFlight.size() < WINDOW) {
                    int next = submitted++;
                    inFlight.add(workers.submit(() -> prepare.apply(next)));
                }
                Prepared prepared = await(inFlight.poll());
                // Two writes of one meeting must not overlap: the second merges the first one's originals.
                writes.finishUpTo(WINDOW, prepared.meeting());
                Staged staged = stage(prepared);
                writes.add(staged, staged.result() != null ? CompletableFuture.completedFuture(staged.result())
                        : CompletableFuture.supplyAsync(() -> write(staged), workers));
                if (commitsAsItGoes && writes.commitDue()) {
                    writes.finishUpTo(0, null);
                    index.commit();
                    writes.committed();
                }
            }
            writes.finishUpTo(0, null);
            return results;
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * Writes under way, oldest first. Results are reported in file order as their writes finish, so
     * the report and the progress do not depend on timing.
     */
    private static final class Writes {
        private final Deque<Map.Entry<Staged, CompletableFuture<ImportResult>>> pending = new ArrayDeque<>();
        private final int total;
        private final List<ImportResult> results;
        private final ImportListener listener;
        private int done;
        private int importedSinceCommit;
        private long imported;

        Writes(int total, List<ImportResult> results, ImportListener listener) {
            this.total = total;
            this.results = results;
            this.listener = listener;
        }

        void add(Staged staged, CompletableFuture<ImportResult> result) {
            pending.add(Map.entry(staged, result));
        }

        /** Waits for the oldest writes until at most {@code left} are under way and none is of {@code meeting}. */
        void finishUpTo(int left, Meeting meeting) throws IOException {
            while (pending.size() > left || meeting != null && writing(meeting.id())) {
                ImportResult result = await(pending.poll().getValue());
                results.add(result);
                if (result.status() == ImportResult.Status.IMPORTED) {
                    importedSinceCommit++;
                    imported++;
                }
                listener.fileDone(++done, total, result);
            }
        }

        private boolean writing(String meetingId) {
            return pending.stream().anyMatch(e -> e.getKey().staged() != null
                    && e.getKey().staged().meetingId().equals(meetingId));
        }

        /**
         * Every {@link #COMMIT_EVERY} files, and in a long batch every tenth of what it imported so
         * far: each commit flushes a segment, and merging 200-file segments took a tenth of a
         * 10k-item import.
         */
        boolean commitDue() {
            return importedSinceCommit >= Math.max(COMMIT_EVERY, imported / 10);
        }

        void committed() {
            importedSinceCommit = 0;
        }
    }

    /**
     * Imports one file under the given name (an upload's name may differ from its temporary file).
     * Does not commit: the caller decides when (an upload commits at once).
     */
    public ImportResult importFile(Path file, String fileName) {
        return complete(prepare(file, fileName));
    }

    /**
     * A file hashed, extracted and parsed, ready to be stored and indexed; or its final result
     * already. {@code stored}: the file is an original in the store (a rebuild), not to be stored again.
     */
    private record Prepared(Path file, String fileName, String sha, String mediaType, Meeting meeting,
                            boolean stored, ImportResult result) {
    }

    /** The part of an import that touches neither store nor index, so it can run on any thread. */
    private Prepared prepare(Path file, String fileName) {
        try {
            String sha = Sha256.of(file);
            if (store.find(sha).isPresent() && index.containsSource(sha)) {
                return done(ImportResult.unchanged(fileName, sha, index.meetingIdOfSource(sha).orElse(null)));
            }
            return parse(file, fileName, sha, false);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return done(failure(fileName, e));
        }
    }

    /** {@link #prepare} for an original in the store, which a rebuild indexes again. */
    private Prepared prepareStored(StoredOriginal original) {
        try {
            return parse(store.contentPath(original.sha256()), original.fileName(), original.sha256(), true);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return done(failure(original.fileName(), e));
        }
    }

    private Prepared parse(Path file, String fileName, String sha, boolean stored)
            throws IOException, ExtractionException {
        Extraction extraction = extractor.extract(file);
        Meeting meeting = parser.parse(extraction.text(), fileName);
        return new Prepared(file, fileName, sha, extraction.mediaType(), meeting, stored, null);
    }

    /** Stores and indexes a prepared file on the caller's thread. */
    private ImportResult complete(Prepared prepared) {
        return write(stage(prepared));
    }

    /** A file stored and its meeting staged for writing; or its final result already. */
    private record Staged(Prepared prepared, ArchiveIndex.StagedMeeting staged, boolean newOriginal,
                          ImportResult result) {
    }

    /** Stores the original and stages the meeting, in the caller's order (people are registered in file order). */
    private Staged stage(Prepared prepared) {
        if (prepared.result() != null) {
            return new Staged(prepared, null, false, prepared.result());
        }
        String fileName = prepared.fileName();
        String sha = prepared.sha();
        boolean newOriginal = false;
        try {
            if (!prepared.stored()) {
                Optional<StoredOriginal> stored = store.find(sha);
                // The same bytes twice in one batch: the first copy is staged by now.
                if (stored.isPresent() && index.containsSource(sha)) {
                    return new Staged(prepared, null, false,
                            ImportResult.unchanged(fileName, sha, index.meetingIdOfSource(sha).orElse(null)));
                }
                store.put(prepared.file(), sha, fileName, prepared.mediaType());
                newOriginal = stored.isEmpty();
            }
            return new Staged(prepared, index.stage(prepared.meeting(), sha), newOriginal, null);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            forget(sha, newOriginal);
            return new Staged(prepared, null, false, failure(fileName, e));
        }
    }

    /** Analyses and writes a staged meeting; may run on any thread. */
    private ImportResult write(Staged staged) {
        if (staged.result() != null) {
            return staged.result();
        }
        Prepared prepared = staged.prepared();
        try {
            index.write(staged.staged());
            LOG.debug("imported {} as {}", prepared.fileName(), prepared.meeting().id());
            return ImportResult.imported(prepared.fileName(), prepared.sha(), prepared.meeting().id(),
                    prepared.meeting().warnings());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            forget(prepared.sha(), staged.newOriginal());
            return failure(prepared.fileName(), e);
        }
    }

    /** A new original whose meeting could not be indexed is removed again, so store and index agree. */
    private void forget(String sha, boolean newOriginal) {
        if (!newOriginal) {
            return;
        }
        try {
            store.delete(sha);
        } catch (IOException e) {
            LOG.warn("could not remove the original {} of a failed import: {}", sha, e.toString());
        }
    }

    private static Prepared done(ImportResult result) {
        return new Prepared(null, result.fileName(), result.sha256(), null, null, false, result);
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the import was interrupted", e);
        } catch (ExecutionException e) {
            // prepare() and write() turn every failure into a result; anything here is a bug worth seeing.
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

    /** Indexes one stored original again on the caller's thread (an import a crash left uncommitted). */
    ImportResult reindexOne(StoredOriginal original) {
        return complete(prepareStored(original));
    }
}
