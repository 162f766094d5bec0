package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** The projects the archive knows: all of them with counts and date span, and one project's items as a timeline. */
public final class ProjectCatalog {

    private final ArchiveIndex index;
    private final KeywordValues values = new KeywordValues();

    public ProjectCatalog(ArchiveIndex index) {
        this.index = index;
    }

    /** Every project named by at least one item, by name. */
    public List<ProjectSummary> all() throws IOException {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            List<ProjectSummary> projects = new ArrayList<>();
            for (Map.Entry<String, Long> project : values.all(searcher, Schema.PROJECT).entrySet()) {
                projects.add(new ProjectSummary(project.getKey(), project.getValue(),
                        edgeDate(searcher, project.getKey(), false), edgeDate(searcher, project.getKey(), true)));
            }
            return projects;
        } finally {
            index.searchers().release(searcher);
        }
    }

    /** The project's items across committees and years, oldest first; empty for an unknown project. */
    public List<ItemSummary> timeline(String project) throws IOException {
        return ItemLists.inDateOrder(index, new TermQuery(new Term(Schema.PROJECT, project)));
    }

    /** The earliest (or latest) meeting date of a project's dated items: one top-1 search, no scan. */
    private static String edgeDate(IndexSearcher searcher, String project, boolean latest) throws IOException {
        Query dated = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.PROJECT, project)), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(Schema.DATE, Long.MIN_VALUE, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(dated, 1, new Sort(new SortField(Schema.DATE, SortField.Type.LONG, latest)));
        return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc).get(Schema.DATE);
    }
}
