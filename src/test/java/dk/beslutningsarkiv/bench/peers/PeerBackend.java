package dk.beslutningsarkiv.bench.peers;

import dk.beslutningsarkiv.search.SearchRequest;
import dk.beslutningsarkiv.search.SearchResponse;
import java.io.IOException;

/** A peer system answering our search requests with our answer shape. */
interface PeerBackend extends AutoCloseable {

    /** Values a dimension shows, most frequent first, as ArchiveSearcher shows them; years come all. */
    int FACET_VALUES = 50;

    SearchResponse search(SearchRequest request) throws IOException, InterruptedException;

    @Override
    void close() throws IOException;
}
