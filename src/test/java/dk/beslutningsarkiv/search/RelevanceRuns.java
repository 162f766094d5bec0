package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.index.MeetingJson;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/** Runs the judged queries through each analysis configuration and scores the top ten. */
final class RelevanceRuns {

    /** Mean nDCG@10 and recall@10 over the queries of one configuration. */
    record Scores(double ndcg, double recall) {
    }

    private static final int K = 10;
    private static final String[] MAIN_FIELDS = {Schema.TITLE, Schema.DECISION, Schema.BODY};
    private static final Map<String, Float> MAIN_BOOSTS = Map.of(Schema.TITLE, 3f, Schema.DECISION, 2f, Schema.BODY, 1f);

    private final Archive archive;
    private final Judgments judgments;

    RelevanceRuns(Archive archive, Judgments judgments) {
        this.archive = archive;
        this.judgments = judgments;
    }

    /** The archive's own search, as the API runs it. */
    Scores archive() throws Exception {
        ArchiveSearcher searcher = new ArchiveSearcher(archive.index());
        return score(query -> searcher.search(new SearchRequest(query, Map.of(), null, null,
                SearchRequest.SortOrder.RELEVANCE, 1, K)).hits().stream().map(SearchHit::id).toList());
    }

    /** The archive's analysis on title, decision and body only: no compound parts, no synonyms. */
    Scores foldedOnly() throws Exception {
        return scoreOnArchiveIndex(MAIN_FIELDS, MAIN_BOOSTS);
    }

    /** With the compound parts field, still without synonyms. */
    Scores withCompounds() throws Exception {
        String[] fields = {Schema.TITLE, Schema.DECISION, Schema.BODY, Schema.WORDS};
        Map<String, Float> boosts = Map.of(Schema.TITLE, 3f, Schema.DECISION, 2f, Schema.BODY, 1f, Schema.WORDS, 0.4f);
        return scoreOnArchiveIndex(fields, boosts);
    }

    /** The same items in an index of their own, analysed with Lucene's stock DanishAnalyzer. */
    Scores stock() throws Exception {
        java.nio.file.Path dir = Files.createTempDirectory("stock-danish");
        Analyzer stock = new DanishAnalyzer();
        try (FSDirectory directory = FSDirectory.open(dir)) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(stock))) {
                for (Meeting meeting : meetings()) {
                    for (AgendaItem item : meeting.items()) {
                        Document doc = new Document();
                        String id = Schema.itemId(meeting.id(), item.number());
                        doc.add(new StringField(Schema.ID, id, Field.Store.YES));
                        doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
                        doc.add(new TextField(Schema.TITLE, nullToEmpty(item.title()), Field.Store.NO));
                        doc.add(new TextField(Schema.DECISION, nullToEmpty(item.decision()), Field.Store.NO));
                        doc.add(new TextField(Schema.BODY, item.sections().stream().map(Section::text)
                                .collect(Collectors.joining("\n")), Field.Store.NO));
                        writer.addDocument(doc);
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                return score(query -> ids(searcher, parse(stock, MAIN_FIELDS, MAIN_BOOSTS, query),
                        new Sort(SortField.FIELD_SCORE, new SortField(Schema.ID, SortField.Type.STRING))));
            }
        }
    }

    private Scores scoreOnArchiveIndex(String[] fields, Map<String, Float> boosts) throws Exception {
        IndexSearcher searcher = archive.index().searchers().acquire();
        try {
            Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(Schema.DATE, SortField.Type.LONG, true),
                    new SortField(Schema.ID, SortField.Type.STRING));
            return score(query -> ids(searcher, new BooleanQuery.Builder()
                    .add(parse(archive.index().analyzer(), fields, boosts, query), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_ITEM)), BooleanClause.Occur.FILTER)
                    .build(), sort));
        } finally {
            archive.index().searchers().release(searcher);
        }
    }

    private static Query parse(Analyzer analyzer, String[] fields, Map<String, Float> boosts, String text) throws Exception {
        QueryParser parser = new TextFieldsParser(fields, analyzer, boosts, UnaryOperator.identity());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        return parser.parse(UserQueryParser.escapeUnknownFields(text));
    }

    private static List<String> ids(IndexSearcher searcher, Query query, Sort sort) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, K, sort, false).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(Schema.ID));
        }
        return ids;
    }

    @FunctionalInterface
    private interface Ranking {
        List<String> top(String query) throws Exception;
    }

    private Scores score(Ranking ranking) throws Exception {
        double ndcg = 0;
        double recall = 0;
        for (String query : judgments.queries()) {
            List<String> top = ranking.top(query);
            ndcg += judgments.ndcg(query, top, K);
            recall += judgments.recall(query, top, K);
        }
        int n = judgments.queries().size();
        return new Scores(ndcg / n, recall / n);
    }

    private List<Meeting> meetings() throws IOException {
        IndexSearcher searcher = archive.index().searchers().acquire();
        try {
            List<Meeting> meetings = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Schema.KIND, Schema.KIND_MEETING)), 1000).scoreDocs) {
                meetings.add(MeetingJson.read(searcher.storedFields().document(hit.doc).get(Schema.MEETING_JSON)));
            }
            return meetings;
        } finally {
            archive.index().searchers().release(searcher);
        }
    }

    static void assertAllJudgedItemsExist(Archive archive, Judgments judgments) throws IOException {
        IndexSearcher searcher = archive.index().searchers().acquire();
        try {
            for (Map<String, Integer> graded : judgments.grades().values()) {
                for (String id : graded.keySet()) {
                    assertThat(searcher.count(new TermQuery(new Term(Schema.ID, id)))).as(id).isEqualTo(1);
                }
            }
        } finally {
            archive.index().searchers().release(searcher);
        }
    }

    static String table(Map<String, Scores> runs) {
        StringBuilder out = new StringBuilder("| analysis | nDCG@10 | recall@10 |\n| --- | --- | --- |\n");
        runs.forEach((name, s) -> out.append(String.format(java.util.Locale.ROOT, "| %s | %.4f | %.4f |%n", name, s.ndcg(), s.recall())));
        return out.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
