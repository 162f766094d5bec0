package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.Schema;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The best passage of each hit with the query's words in {@code <mark>}; everything else in the
 * passage is HTML-escaped, so document text can never become markup.
 */
final class Snippets {

    private static final int SNIPPET_PASSAGES = 1;
    private final Analyzer analyzer;

    /** {@code analyzer} must be the indexing analysis: passages are re-analysed as they were indexed. */
    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    String[] forHits(IndexSearcher searcher, Query query, ScoreDoc[] hits, boolean browsing) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                // A query word that matched only a compound part ("hoftebrud" in "hoftebrudsforløb")
                // is marked too: the body is re-read with the compound analysis of the words field.
                .withMaskedFieldsFunc(field -> Schema.BODY.equals(field) ? Set.of(Schema.WORDS) : Set.of())
                .withMaxLength(100_000)
                .build();
        TopDocs page = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
        String[] body = highlighter.highlight(Schema.BODY, query, page, SNIPPET_PASSAGES);
        String[] decision = highlighter.highlight(Schema.DECISION, query, page, SNIPPET_PASSAGES);
        String[] out = new String[hits.length];
        for (int i = 0; i < hits.length; i++) {
            // Prefer the passage that actually matched; when browsing, the start of the body.
            boolean decisionMatched = !browsing && decision[i] != null && decision[i].contains("<mark>")
                    && (body[i] == null || !body[i].contains("<mark>"));
            out[i] = decisionMatched ? decision[i] : (body[i] == null ? "" : body[i]);
        }
        return out;
    }

}
