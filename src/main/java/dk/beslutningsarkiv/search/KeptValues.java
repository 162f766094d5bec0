package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.minutes.Folding;
import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * A filter value as typed, matched to the value the archive keeps when none is written exactly so:
 * case, dashes and spaces aside ("direktørforum - sundhedsklynge midt" for "Direktørforum –
 * Sundhedsklynge Midt"). Pages send values as kept; people and scripts type them.
 */
final class KeptValues {

    private KeptValues() {
    }

    /** The kept value of dimension {@code dim} for {@code typed}; {@code typed} itself when none matches. */
    static String of(SortedSetDocValuesReaderState state, String dim, String typed) throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = state == null ? null : state.getOrdRange(dim);
        if (range == null) {
            return typed;
        }
        SortedSetDocValues values = state.getDocValues();
        if (values.lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, typed))) >= 0) {
            return typed;
        }
        // One pass over the dimension's values, only for a value not kept as typed.
        String key = Folding.looseKey(typed);
        for (int ord = range.start(); ord <= range.end(); ord++) {
            String kept = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString())[1];
            if (Folding.looseKey(kept).equals(key)) {
                return kept;
            }
        }
        return typed;
    }
}
