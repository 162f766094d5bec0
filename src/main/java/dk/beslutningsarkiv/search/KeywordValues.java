package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.MeetingDocuments;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.IndexSearcher;

/** Every value of a facet dimension over the whole archive with its number of items, read from doc values. */
final class KeywordValues {

    private final FacetStates states = new FacetStates(MeetingDocuments.facetsConfig());

    /** Values in their natural order; empty when no item carries the dimension yet. */
    Map<String, Long> all(IndexSearcher searcher, String dimension) throws IOException {
        Map<String, Long> values = new TreeMap<>();
        FacetResult result;
        try {
            result = new SortedSetDocValuesFacetCounts(states.forReader(searcher.getIndexReader()))
                    .getAllChildren(dimension);
        } catch (IllegalArgumentException e) {
            // A dimension no document carries yet has no ordinals: it simply has no values.
            return values;
        }
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                values.put(lv.label, lv.value.longValue());
            }
        }
        return values;
    }
}
