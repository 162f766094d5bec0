package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/** Drill sideways whose counts, the main ones and each dimension's sideways ones, come from {@link HitFacetCounts}. */
final class CountingDrillSideways extends DrillSideways {

    private final FacetOrdinals ordinals;

    CountingDrillSideways(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state,
                          FacetOrdinals ordinals) {
        super(searcher, config, state);
        this.ordinals = ordinals;
    }

    @Override
    protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                                       String[] drillSidewaysDims) throws IOException {
        Facets drillDown = drillDowns == null ? null : new HitFacetCounts(state, ordinals, drillDowns);
        if (drillSideways == null) {
            return drillDown;
        }
        Map<String, Facets> sideways = new HashMap<>();
        for (int i = 0; i < drillSideways.length; i++) {
            sideways.put(drillSidewaysDims[i], new HitFacetCounts(state, ordinals, drillSideways[i]));
        }
        return new MultiFacets(sideways, drillDown);
    }
}
