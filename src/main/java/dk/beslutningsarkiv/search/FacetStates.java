package dk.beslutningsarkiv.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facet ordinal state for the current reader, built once per reader rather than per request:
 * building it walks every facet value of the index.
 */
final class FacetStates {

    private static final Logger LOG = LoggerFactory.getLogger(FacetStates.class);

    private final FacetsConfig config;
    private IndexReader reader;
    private SortedSetDocValuesReaderState state;
    private FacetOrdinals ordinals;

    FacetStates(FacetsConfig config) {
        this.config = config;
    }

    /** The state, or null while no item (and so no facet value) is in the index yet. */
    synchronized SortedSetDocValuesReaderState forReader(IndexReader current) throws IOException {
        if (current != reader) {
            boolean anyFacets = FieldInfos.getMergedFieldInfos(current).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
            state = anyFacets ? new DefaultSortedSetDocValuesReaderState(current, config) : null;
            ordinals = null;
            reader = current;
        }
        return state;
    }

    /**
     * The ordinals belonging to the state {@link #forReader} last returned, built by the first
     * search that needs them (suggesters share this class but never count).
     */
    synchronized FacetOrdinals ordinals(SortedSetDocValuesReaderState of) throws IOException {
        if (of != state) {
            // A refresh came between the two calls: this older reader's ordinals are read afresh.
            return new FacetOrdinals(of);
        }
        if (ordinals == null) {
            long started = System.nanoTime();
            ordinals = new FacetOrdinals(state);
            LOG.info("facet values of {} documents read in {} ms", state.getReader().maxDoc(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return ordinals;
    }
}
