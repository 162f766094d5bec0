package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
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

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per hit; {@code docs} are the hits' stored documents, holding the body. */
    String[] forHits(IndexSearcher searcher, Query query, ScoreDoc[] hits, Document[] docs, boolean browsing)
            throws IOException {
        TopDocs page = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
        Map<Integer, Document> byDoc = new HashMap<>();
        for (int i = 0; i < hits.length; i++) {
            byDoc.put(hits[i].doc, docs[i]);
        }
        // Offsets come from the postings, so passages need no re-analysis; texts come from the documents already read.
        UnifiedHighlighter highlighter = new UnifiedHighlighter(highlighter(searcher)) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                           int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                    Document d = byDoc.get(doc);
                    CharSequence[] texts = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        texts[f] = nullToEmpty(d.get(fields[f]));
                    }
                    values.add(texts);
                }
                return values;
            }
        };
        // The body alone: it holds every section, the decision among them, so a word the decision
        // matches is marked in the body too, and highlighting the decision again doubled the work.
        String[] body = highlighter.highlightFields(new String[] {Schema.BODY}, query, page,
                new int[] {SNIPPET_PASSAGES}).get(Schema.BODY);
        Set<String> parts = browsing ? Set.of() : CompoundPassage.partsOf(searcher.rewrite(query));
        String[] out = new String[hits.length];
        for (int i = 0; i < hits.length; i++) {
            // Prefer the passage that actually matched; when browsing, the start of the body.
            if (browsing || marked(body[i])) {
                out[i] = nullToEmpty(body[i]);
            } else {
                // Matched only inside a compound: mark the compound in its sentence.
                String compound = CompoundPassage.find(docs[i].get(Schema.BODY), parts);
                out[i] = compound != null ? compound : nullToEmpty(body[i]);
            }
        }
        return out;
    }

    private UnifiedHighlighter.Builder highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(SentenceBreaks::new)
                .withScorer(new LeanPassageScorer())
                .withMaxLength(100_000);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static boolean marked(String snippet) {
        return snippet != null && snippet.contains("<mark>");
    }
}
