package dk.beslutningsarkiv.archive;

import dk.beslutningsarkiv.extract.Extraction;
import dk.beslutningsarkiv.extract.ExtractionException;
import dk.beslutningsarkiv.extract.TikaExtractor;
import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.MinutesParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** Imports files and folders (recursively), committing as it goes and once at the end. */
    public ImportReport importPaths(List<Path> paths, ImportListener listener) throws IOException {
        FileCollector.Found found = FileCollector.collect(paths);
        List<ImportResult> results = new ArrayList<>(found.failures());
        int total = found.files().size();
        int sinceCommit = 0;
        for (int i = 0; i < total; i++) {
            Path file = found.files().get(i);
            ImportResult result = importFile(file, file.getFileName().toString());
            results.add(result);
            if (result.status() == ImportResult.Status.IMPORTED && ++sinceCommit >= COMMIT_EVERY) {
                index.commit();
                sinceCommit = 0;
            }
            listener.fileDone(i + 1, total, result);
        }
        index.commit();
        return new ImportReport(results);
    }

    /**
     * Imports one file under the given name (an upload's name may differ from its temporary file).
     * Does not commit: the caller decides when (an upload commits at once).
     */
    public ImportResult importFile(Path file, String fileName) {
        try {
            String sha = Sha256.of(file);
            Optional<StoredOriginal> stored = store.find(sha);
            if (stored.isPresent() && index.containsSource(sha)) {
                return ImportResult.unchanged(fileName, sha, index.meetingIdOfSource(sha).orElse(null));
            }
            Extraction extraction = extractor.extract(file);
            Meeting meeting = parser.parse(extraction.text(), fileName);
            store.put(file, sha, fileName, extraction.mediaType());
            indexOrForget(meeting, sha, stored.isEmpty());
            LOG.debug("imported {} as {}", fileName, meeting.id());
            return ImportResult.imported(fileName, sha, meeting.id(), meeting.warnings());
        } catch (ExtractionException e) {
            LOG.info("failed {}: {}", fileName, e.getMessage());
            return ImportResult.failed(fileName, e.getMessage());
        } catch (IOException e) {
            LOG.warn("failed {}: {}", fileName, e.toString());
            LOG.debug("failed {}", fileName, e);
            return ImportResult.failed(fileName, "cannot be read or stored: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A hostile file must fail alone: whatever the parser trips over stays with this file.
            LOG.warn("failed {}: {}", fileName, e.toString());
            LOG.debug("failed {}", fileName, e);
            return ImportResult.failed(fileName, "the document's content could not be understood");
        } catch (OutOfMemoryError e) {
            return ImportResult.failed(fileName, "the document needs more memory than allowed to read");
        }
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
