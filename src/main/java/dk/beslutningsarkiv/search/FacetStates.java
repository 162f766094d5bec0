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
    private final SegmentOrdinalsCache segments;
    private final boolean tidy;
    private IndexReader reader;
    private SortedSetDocValuesReaderState state;
    private FacetOrdinals ordinals;

    /** States whose facet values, if ever counted, are kept in memory only. */
    FacetStates(FacetsConfig config) {
        this(config, SegmentOrdinalsCache.inMemory(), false);
    }

    /**
     * States whose facet values come from {@code segments}; {@code tidy} lets it delete the files
     * of segments gone from the index (only the process holding the writer may).
     */
    FacetStates(FacetsConfig config, SegmentOrdinalsCache segments, boolean tidy) {
        this.config = config;
        this.segments = segments;
        this.tidy = tidy;
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
            return new FacetOrdinals(of, segments);
        }
        if (ordinals == null) {
            long started = System.nanoTime();
            ordinals = new FacetOrdinals(state, segments);
            LOG.info("facet values of {} documents ready in {} ms", state.getReader().maxDoc(),
                    (System.nanoTime() - started) / 1_000_000);
            if (tidy) {
                segments.retainOnly(state.getReader().leaves());
            }
        }
        return ordinals;
    }
}
