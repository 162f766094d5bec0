package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Every item matching a query, oldest first (undated last, ties by id), read from one view of the index. */
final class ItemLists {

    private static final int CHUNK = 1_000;
    private static final Sort OLDEST_FIRST = new Sort(
            new SortField(Schema.DATE, SortField.Type.LONG), new SortField(Schema.ID, SortField.Type.STRING));

    private ItemLists() {
    }

    static List<ItemSummary> inDateOrder(ArchiveIndex index, Query filter) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(filter, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_ITEM)), BooleanClause.Occur.FILTER)
                .build();
        List<ItemSummary> dated = new ArrayList<>();
        List<ItemSummary> undated = new ArrayList<>();
        IndexSearcher searcher = index.searchers().acquire();
        try {
            ScoreDoc after = null;
            while (true) {
                TopDocs page = searcher.searchAfter(after, query, CHUNK, OLDEST_FIRST, false);
                for (ScoreDoc hit : page.scoreDocs) {
                    ItemSummary item = ItemSummary.of(searcher.storedFields().document(hit.doc));
                    // Undated items carry the smallest date value and would come first; they belong last.
                    (item.meetingDate() == null ? undated : dated).add(item);
                }
                if (page.scoreDocs.length < CHUNK) {
                    break;
                }
                after = page.scoreDocs[page.scoreDocs.length - 1];
            }
        } finally {
            index.searchers().release(searcher);
        }
        dated.addAll(undated);
        return dated;
    }

    /** Items carrying any of the values in a keyword field. */
    static Query anyOf(String field, List<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        return any.build();
    }
}
