package dk.beslutningsarkiv.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * The facet ordinal state for the current reader, built once per reader rather than per request:
 * building it walks every facet value of the index.
 */
final class FacetStates {

    private final FacetsConfig config;
    private IndexReader reader;
    private SortedSetDocValuesReaderState state;

    FacetStates(FacetsConfig config) {
        this.config = config;
    }

    synchronized SortedSetDocValuesReaderState forReader(IndexReader current) throws IOException {
        if (current != reader) {
            state = new DefaultSortedSetDocValuesReaderState(current, config);
            reader = current;
        }
        return state;
    }
}
