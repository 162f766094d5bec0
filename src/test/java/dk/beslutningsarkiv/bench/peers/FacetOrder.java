package dk.beslutningsarkiv.bench.peers;

import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.search.FacetValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet values in our order: every dimension present (empty when nothing carries it), years by
 * value for the histogram, the others most frequent first with ties by value.
 */
final class FacetOrder {

    private static final Comparator<FacetValue> BY_COUNT =
            Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);

    private FacetOrder() {
    }

    static Map<String, List<FacetValue>> ordered(Map<String, List<FacetValue>> counted) {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Schema.FACET_DIMENSIONS) {
            List<FacetValue> values = new ArrayList<>(counted.getOrDefault(dim, List.of()));
            values.sort(Schema.YEAR.equals(dim) ? Comparator.comparing(FacetValue::value) : BY_COUNT);
            out.put(dim, values);
        }
        return out;
    }
}
