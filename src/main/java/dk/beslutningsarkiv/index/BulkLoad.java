package dk.beslutningsarkiv.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * A bulk load under way, with merging paused: the index as the load found it, and the originals of
 * every meeting staged since. A meeting is looked up in the segments the index had before the
 * load, not in the hundreds the load flushes meanwhile (one seek each, for every new meeting).
 */
final class BulkLoad implements AutoCloseable {

    private final SearcherManager searchers;
    private final IndexSearcher before;
    private final Map<String, Set<String>> staged = new HashMap<>();

    BulkLoad(SearcherManager searchers) throws IOException {
        this.searchers = searchers;
        this.before = searchers.acquire();
    }

    /** The index as the load found it: every meeting not staged since is as it shows. */
    IndexSearcher before() {
        return before;
    }

    /** The originals of a meeting staged (or deleted: none) during the load; null when not touched. */
    Set<String> staged(String meetingId) {
        return staged.get(meetingId);
    }

    void put(String meetingId, Set<String> shas) {
        staged.put(meetingId, shas);
    }

    @Override
    public void close() throws IOException {
        searchers.release(before);
    }
}
