package dk.beslutningsarkiv.index;

import dk.beslutningsarkiv.minutes.Meeting;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The on-disk index under {@code <data>/index}: one writer, near-real-time searchers from a
 * {@link SearcherManager}, and commits that record the schema version. Lucene's commit is atomic,
 * so a crash leaves the last commit intact.
 */
public final class ArchiveIndex implements AutoCloseable {

    /** The commit data key of when a commit began; snapshots read it too. */
    static final String COMMITTED_AT_KEY = "committedAt";
    private static final Term MEETING_KIND = new Term(Schema.KIND, Schema.KIND_MEETING);

    private final Path dataDir;
    private final Directory directory;
    private final IndexWriter writer;
    /** The writer's own merge policy, set aside while a bulk load pauses merging. */
    private final MergePolicy mergePolicy;
    /** The bulk load under way (merging paused), or null. */
    private BulkLoad bulk;
    /** Keeps a commit's files while a backup copies them, though newer commits come meanwhile. */
    private final SnapshotDeletionPolicy snapshots;
    private final SearcherManager searchers;
    private final MeetingDocuments documents;
    private final PersonDirectory people;
    private final Analyzer analyzer;
    /** Originals per meeting written since the last refresh, which searchers cannot see yet. */
    private final Map<String, Set<String>> unrefreshed = new HashMap<>();
    /** Writes hold the read side; commit and refresh take the write side, so they see whole batches of writes. */
    private final ReentrantReadWriteLock writes = new ReentrantReadWriteLock();

    private ArchiveIndex(Path dataDir, Directory directory, IndexWriter writer, SearcherManager searchers, Analyzer analyzer) {
        this.dataDir = dataDir;
        this.snapshots = writer == null ? null : (SnapshotDeletionPolicy) writer.getConfig().getIndexDeletionPolicy();
        this.directory = directory;
        this.writer = writer;
        this.mergePolicy = writer == null ? null : writer.getConfig().getMergePolicy();
        this.analyzer = analyzer;
        this.searchers = searchers;
        this.people = new PersonDirectory(searchers);
        // Only a writer needs the compound dictionary; it is loaded with the first document indexed.
        this.documents = writer == null ? null
                : new MeetingDocuments(MeetingDocuments.facetsConfig(), new SuspendedCompounds(CompoundDictionary::get));
    }

    /** Opens (or creates) the index in {@code dataDir/index}. */
    public static ArchiveIndex open(Path dataDir) throws IOException {
        Directory directory = FSDirectory.open(dataDir.resolve("index"));
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // close() reaches the writer's own close only with nothing uncommitted: see closeWriter.
                .setCommitOnClose(true)
                // Larger in-memory segments than the default 16 MB: fewer flushes and merges in a bulk import.
                .setRAMBufferSizeMB(64)
                .setIndexDeletionPolicy(new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy()));
        try {
            IndexWriter writer = new IndexWriter(directory, config);
            ArchiveIndex index = new ArchiveIndex(dataDir, directory, writer, new SearcherManager(writer, null), Analyzers.forQueries());
            if (writer.getLiveCommitData() == null) {
                index.commit();
            }
            return index;
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexInUseException(dataDir, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens the last commit for searching only, beside a running writer (a {@code serve} may hold
     * the write lock). Write methods of a read-only index throw {@link IllegalStateException}.
     */
    public static ArchiveIndex openReadOnly(Path dataDir) throws IOException {
        Directory directory = FSDirectory.open(dataDir.resolve("index"));
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new java.io.FileNotFoundException("no archive in " + dataDir + " (import files first)");
            }
            return new ArchiveIndex(dataDir, directory, null, new SearcherManager(directory, null), Analyzers.forQueries());
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** True when opened with {@link #openReadOnly}, beside a writer in another process. */
    public boolean isReadOnly() {
        return writer == null;
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the index is open for reading only");
        }
        return writer;
    }

    /** The schema version the index was last committed with, or 0 for an index older than versioning. */
    public int schemaVersion() throws IOException {
        return commitValue(Schema.VERSION_KEY).map(Integer::parseInt).orElse(0);
    }

    /** When the last commit began, or empty for an index committed before this was recorded. */
    public Optional<Instant> committedAt() throws IOException {
        return commitValue(COMMITTED_AT_KEY).map(Instant::parse);
    }

    /** A value of the commit data: the writer's (what its next commit records) or else the last commit's. */
    private Optional<String> commitValue(String key) throws IOException {
        Iterable<Map.Entry<String, String>> data = writer != null ? writer.getLiveCommitData() : committedData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (key.equals(e.getKey())) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private Iterable<Map.Entry<String, String>> committedData() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData().entrySet();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Pins the last commit so its files stay on disk until the snapshot is closed, whatever is
     * committed meanwhile: a backup copies them while the service goes on.
     */
    public IndexSnapshot snapshot() throws IOException {
        return new IndexSnapshot(writer(), snapshots);
    }

    public boolean isCurrentSchema() throws IOException {
        return schemaVersion() == Schema.VERSION;
    }

    /**
     * Adds or replaces a meeting and all its items in one atomic update. Shas of originals that
     * parsed to the same meeting before are kept, so each of them stays known.
     */
    public synchronized void putMeeting(Meeting meeting, String sourceSha) throws IOException {
        write(stage(meeting, sourceSha));
    }

    /**
     * A meeting's documents, built in import order; analysing and writing them may happen on any
     * thread. {@code previousShas}: the originals the index held for the meeting before, which it
     * still holds if the write fails.
     */
    public record StagedMeeting(String meetingId, List<Document> documents, Set<String> previousShas) {
    }

    /**
     * The ordered half of {@link #putMeeting}: registers the meeting's people (the first spelling
     * met wins, so this follows import order) and builds its documents. Writing them, where all the
     * text analysis happens, is left to {@link #write}, which an import runs on several threads.
     */
    public synchronized StagedMeeting stage(Meeting meeting, String sourceSha) throws IOException {
        // In the order they came: the meeting document lists them so.
        Set<String> previous = Collections.unmodifiableSet(new LinkedHashSet<>(unrefreshed.containsKey(meeting.id())
                ? unrefreshed.get(meeting.id()) : sourceShasOf(meeting.id())));
        Set<String> shas = new LinkedHashSet<>(previous);
        shas.add(sourceSha);
        Map<String, String> canonicalPeople = people.register(meeting, writer());
        List<Document> docs = documents.documentsOf(meeting, shas, sourceSha, canonicalPeople);
        // Only now that nothing can fail: a meeting that could not be staged keeps what it had.
        remember(meeting.id(), shas);
        return new StagedMeeting(meeting.id(), docs, previous);
    }

    /**
     * Writes a staged meeting in one atomic update. Two writes of the same meeting must not overlap
     * (the caller orders them); a commit or refresh waits for the writes under way.
     */
    public void write(StagedMeeting staged) throws IOException {
        writes.readLock().lock();
        try {
            writer().updateDocuments(new Term(Schema.MEETING_ID, staged.meetingId()), staged.documents());
        } catch (IOException | RuntimeException e) {
            forget(staged);
            throw e;
        } finally {
            writes.readLock().unlock();
        }
    }

    /** A staged meeting that was not written left the index as it was: the meeting has its previous originals. */
    private synchronized void forget(StagedMeeting staged) {
        if (staged.previousShas().isEmpty()) {
            // Never in the index: not remembered with no originals, which deleteMeeting would take for present.
            unrefreshed.remove(staged.meetingId());
            if (bulk != null) {
                bulk.put(staged.meetingId(), Set.of());
            }
        } else {
            remember(staged.meetingId(), staged.previousShas());
        }
    }

    /** The originals a meeting has now, until searchers see them (and during a bulk load, until it ends). */
    private void remember(String meetingId, Set<String> shas) {
        unrefreshed.put(meetingId, shas);
        if (bulk != null) {
            bulk.put(meetingId, shas);
        }
    }

    /** Removes a meeting and its items; true when it was there. */
    public synchronized boolean deleteMeeting(String meetingId) throws IOException {
        boolean present = unrefreshed.containsKey(meetingId) || findMeetingDocument(meetingId).isPresent();
        writer().deleteDocuments(new Term(Schema.MEETING_ID, meetingId));
        remember(meetingId, Set.of());
        return present;
    }

    public synchronized void deleteAll() throws IOException {
        writer().deleteAll();
        refresh();
        people.cleared();
        if (bulk != null) {
            BulkLoad before = bulk;
            bulk = new BulkLoad(searchers);
            before.close();
        }
    }

    /**
     * Makes changes durable and visible to new searchers. The commit records when it began: every
     * original stored before that instant and indexed is in it (originals are stored before they are indexed).
     */
    public synchronized void commit() throws IOException {
        writes.writeLock().lock();
        try {
            writer().setLiveCommitData(commitData(Schema.VERSION));
            writer().commit();
            refresh();
        } finally {
            writes.writeLock().unlock();
        }
    }

    /** Whether the writer holds changes no commit has made durable yet: a failed commit leaves them. */
    public boolean hasUncommittedChanges() {
        return writer().hasUncommittedChanges();
    }

    /**
     * Before a batch of {@code filesComing} files that will make up most of the archive: background
     * merging stops until {@link #mergeAfterBatch} merges everything into one segment once. Merging
     * as it went rewrote each document two or three times before that final merge, a sixth of a
     * first import's CPU. {@link #resumeMerges} undoes this when the batch ends early.
     */
    public synchronized void pauseMergesFor(long filesComing) throws IOException {
        if (bulk == null && filesComing >= count(Schema.KIND_MEETING)) {
            bulk = new BulkLoad(searchers);
            writer().getConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        }
    }

    /** Merging as usual again after {@link #pauseMergesFor}; nothing when it was not paused. */
    public synchronized void resumeMerges() throws IOException {
        if (endBulkLoad()) {
            writer().maybeMerge();
        }
    }

    private boolean endBulkLoad() throws IOException {
        if (bulk == null) {
            return false;
        }
        BulkLoad ended = bulk;
        bulk = null;
        writer().getConfig().setMergePolicy(mergePolicy);
        ended.close();
        return true;
    }

    /**
     * After a batch that makes up most of the archive (a first import, a bulk load), merges the
     * index into one segment and commits: searches and facet counts then walk one segment instead
     * of a dozen (about 40% more searches per second at 100k items). Smaller batches leave merging
     * to the merge policy, so adding a few files never rewrites a large index.
     */
    public synchronized boolean mergeAfterBatch(long meetingsAdded) throws IOException {
        long meetings = count(Schema.KIND_MEETING);
        if (meetingsAdded * 2 < meetings || segmentCount() <= 1) {
            resumeMerges();
            return false;
        }
        endBulkLoad();
        writer().forceMerge(1);
        commit();
        return true;
    }

    private int segmentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Makes changes visible to searches without the cost of a commit (near real time). */
    public synchronized void refresh() throws IOException {
        writes.writeLock().lock();
        try {
            searchers.maybeRefreshBlocking();
            unrefreshed.clear();
            people.refreshed();
        } finally {
            writes.writeLock().unlock();
        }
    }

    public boolean containsSource(String sha) throws IOException {
        return meetingIdOfSource(sha).isPresent();
    }

    /** The meeting an original parsed to, if it is in the index. */
    public synchronized Optional<String> meetingIdOfSource(String sha) throws IOException {
        for (Map.Entry<String, Set<String>> e : unrefreshed.entrySet()) {
            if (e.getValue().contains(sha)) {
                return Optional.of(e.getKey());
            }
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Optional<String> found = KeyLookup.find(searcher, new Term(Schema.SOURCE_SHA, sha), MEETING_KIND)
                    .map(d -> d.get(Schema.MEETING_ID));
            // A meeting replaced or deleted since the last refresh no longer holds what the searcher shows.
            return found.filter(meetingId -> !unrefreshed.containsKey(meetingId) || unrefreshed.get(meetingId).contains(sha));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The stored meeting document (JSON and original) of a meeting id. */
    public Optional<Document> findMeetingDocument(String meetingId) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return meetingDocument(searcher, meetingId);
        } finally {
            searchers.release(searcher);
        }
    }

    /** All documents of a meeting id (the meeting's own and its items'), from one view of the index. */
    public List<Document> findMeetingDocuments(String meetingId) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return KeyLookup.findAll(searcher, new Term(Schema.MEETING_ID, meetingId));
        } finally {
            searchers.release(searcher);
        }
    }

    private static Optional<Document> meetingDocument(IndexSearcher searcher, String meetingId) throws IOException {
        return KeyLookup.find(searcher, new Term(Schema.MEETING_ID, meetingId), MEETING_KIND);
    }

    /** The originals a meeting is indexed with; only the index from before a bulk load is searched during one. */
    private Collection<String> sourceShasOf(String meetingId) throws IOException {
        if (bulk != null) {
            Set<String> staged = bulk.staged(meetingId);
            return staged != null ? staged : shasOf(meetingDocument(bulk.before(), meetingId));
        }
        return shasOf(findMeetingDocument(meetingId));
    }

    private static Collection<String> shasOf(Optional<Document> meeting) {
        return meeting.map(d -> List.of(d.getValues(Schema.SOURCE_SHA))).orElse(List.of());
    }

    public SearcherManager searchers() {
        return searchers;
    }

    /** The archive's name for a person as typed ("Marianne Terkelsen" may be "Mariane Therkelsen"). */
    public String canonicalPerson(String name) throws IOException {
        return people.canonicalOf(name);
    }

    /** The data folder the index lives in, where users' extra data files (synonyms, projects) sit too. */
    public Path dataDir() {
        return dataDir;
    }

    /** The analyzer for queries against this index. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** The number of meetings and items in the current view. */
    public long count(String kind) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(new Term(Schema.KIND, kind)));
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            // An import interrupted by the close leaves no searcher acquired.
            synchronized (this) {
                endBulkLoad();
            }
            searchers.close();
            if (writer != null) {
                closeWriter();
            }
        } finally {
            directory.close();
        }
    }

    /**
     * Uncommitted changes are dropped, never half-written. When everything is committed, the
     * writer closes normally instead: it lets running merges finish and commits their result
     * (the same documents), so the next start need not redo them on the core that serves searches.
     * That commit keeps the schema version the index has: an index of an older schema opened and
     * closed without a rebuild (refused for missing originals, say) must still be rebuilt next time.
     */
    private synchronized void closeWriter() throws IOException {
        if (writer.hasUncommittedChanges()) {
            writer.rollback();
        } else {
            writer.setLiveCommitData(commitData(schemaVersion()));
            writer.close();
        }
    }

    /** What a commit records beside the documents: the schema version its index has, and when it was made. */
    private static List<Map.Entry<String, String>> commitData(int schemaVersion) {
        return List.of(Map.entry(Schema.VERSION_KEY, String.valueOf(schemaVersion)),
                Map.entry(COMMITTED_AT_KEY, Instant.now().toString()));
    }
}
