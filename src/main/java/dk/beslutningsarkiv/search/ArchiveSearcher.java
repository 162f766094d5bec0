package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.MeetingDocuments;
import dk.beslutningsarkiv.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
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
import org.apache.lucene.search.TopFieldCollectorManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs searches over agenda items: the user's query within the filters, facet counts computed
 * sideways (each dimension counted without its own filter), highlighted snippets, and a stable
 * order (score, then newest, then id).
 */
public final class ArchiveSearcher {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveSearcher.class);
    private static final int FACET_VALUES = 50;
    private static final int MAX_WINDOW = 10_000;
    private static final int EXPORT_CHUNK = 1_000;
    /** A search finds few hits when they are at most one in this many documents. */
    private static final int FEW_HITS_PER = 8;
    /** What a hit shows. */
    private static final Set<String> HIT_FIELDS = Set.of(Schema.ID, Schema.MEETING_ID, Schema.NUMBER, Schema.TITLE,
            Schema.COMMITTEE, Schema.DATE, Schema.TYPE, Schema.OUTCOME);
    /** What a hit shows and its snippet is cut from: read in one pass, as each read decompresses a whole block. */
    private static final Set<String> HIT_AND_SNIPPET_FIELDS = Stream.concat(HIT_FIELDS.stream(),
            Stream.of(Schema.BODY)).collect(Collectors.toUnmodifiableSet());
    public static final String USER_SYNONYMS = "synonyms.tsv";
    /** Each segment's facet values in plain arrays, beside the index: a cache, rebuilt when missing. */
    public static final String FACET_VALUES_FOLDER = "facet-values";
    /** Long enough for any honest search of the archive; a runaway one stops here. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** A few hundred answers: each is a page of hits and the facet counts, some kilobytes. */
    public static final int DEFAULT_CACHED_ANSWERS = 500;

    private final ArchiveIndex index;
    private final UserQueryParser parser;
    private final FacetsConfig facetsConfig = MeetingDocuments.facetsConfig();
    private final FacetStates facetStates;
    private final Snippets snippets;
    private final SpellingSuggester spelling = new SpellingSuggester();
    private final Duration timeout;
    private final AnswerCache answers;
    private final SearchSlots slots;
    /** Synonyms are the bundled ones plus {@code synonyms.tsv} in the data folder, if any. */
    public ArchiveSearcher(ArchiveIndex index) {
        this(index, DEFAULT_TIMEOUT, DEFAULT_CACHED_ANSWERS);
    }

    /**
     * A searcher whose searches stop after {@code timeout} with a {@link SearchTimeoutException}
     * and which keeps the answers of the last {@code cachedAnswers} distinct searches (0: none).
     * Searches not answered from there are computed one per core at a time (see {@link SearchSlots}).
     */
    public ArchiveSearcher(ArchiveIndex index, Duration timeout, int cachedAnswers) {
        this(index, timeout, cachedAnswers, new SearchSlots(Runtime.getRuntime().availableProcessors(), timeout));
    }

    /** As above, with the searches computed within {@code slots}. */
    ArchiveSearcher(ArchiveIndex index, Duration timeout, int cachedAnswers, SearchSlots slots) {
        this.index = index;
        this.timeout = timeout;
        this.answers = new AnswerCache(cachedAnswers);
        this.slots = slots;
        this.facetStates = new FacetStates(facetsConfig,
                new SegmentOrdinalsCache(index.dataDir().resolve(FACET_VALUES_FOLDER)), !index.isReadOnly());
        SynonymExpander synonyms = SynonymExpander.load(index.dataDir().resolve(USER_SYNONYMS));
        this.parser = new UserQueryParser(index.analyzer(), synonyms, name -> canonicalPerson(index, name));
        this.snippets = new Snippets(index.analyzer());
    }

    public SearchResponse search(SearchRequest request) throws QuerySyntaxException, IOException {
        SearchResponse cached = cached(request);
        if (cached != null) {
            return cached;
        }
        Query userQuery = parser.parse(request.query());
        int window = request.page() * request.size();
        if (window > MAX_WINDOW) {
            throw new QuerySyntaxException("pages beyond item " + MAX_WINDOW + " are not served; narrow the search");
        }
        // The time limit counts from here, so waiting for a slot is part of the search's time.
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SearchSlots.Slot slot = slots.take(deadline)) {
            // A search asked by many at once (a word in the news) is computed once: the others, waiting
            // behind it, find its answer.
            SearchResponse answered = cached(request);
            return answered != null ? answered : run(request, userQuery, window, deadline, slot.waitedNanos());
        }
    }

    private SearchResponse cached(SearchRequest request) throws IOException {
        IndexSearcher current = index.searchers().acquire();
        try {
            return answers.get(current.getIndexReader(), request);
        } finally {
            index.searchers().release(current);
        }
    }

    /** {@code waited}: the nanoseconds the search waited for its turn, part of its time limit (0: none). */
    private SearchResponse run(SearchRequest request, Query userQuery, int window, long deadline, long waited)
            throws QuerySyntaxException, IOException {
        IndexSearcher shared = index.searchers().acquire();
        try {
            SortedSetDocValuesReaderState state = facetStates.forReader(shared.getIndexReader());
            if (state == null) {
                return empty(request);
            }
            IndexSearcher searcher = timeLimited(shared, deadline);
            LinkedHashMap<String, Query> filters = filters(request, state);
            SidewaysCounts counted;
            TopDocs top;
            try {
                // Two passes: the counts need every hit but no score, the top hits need scores but,
                // ranked by them, let Lucene skip the hits that cannot reach the page.
                counted = SidewaysCounts.count(searcher, baseQuery(userQuery, request), filters,
                        facetStates.ordinals(state));
                stopIfLate(searcher, waited);
                top = searcher.search(ranked(userQuery, request, filters, counted, searcher.getIndexReader().maxDoc()),
                        new TopFieldCollectorManager(sortFor(request), window, null, window));
                stopIfLate(searcher, waited);
            } catch (IndexSearcher.TooManyClauses e) {
                throw new QuerySyntaxException("the query expands to too many terms; make it more specific", e);
            }
            long total = counted.total();
            SearchResponse answer = new SearchResponse(total, request.page(), request.size(),
                    hits(searcher, userQuery, top, request), facets(counted.facets()),
                    total == 0 ? didYouMean(searcher, request, filters) : null);
            // A suggestion checked past the deadline may lack its hits: neither answered nor kept.
            stopIfLate(searcher, waited);
            answers.put(shared.getIndexReader(), request, answer);
            return answer;
        } finally {
            index.searchers().release(shared);
        }
    }

    /**
     * What the top hits are ranked by. Few hits (an eighth of the documents at most): the query
     * scored among the hits already counted, so its exclusions, phrases and filters are not
     * matched a second time ("hjemmepleje -demens" at a million items: 15 -> 9 ms). Many: the
     * query within its filters, where skipping the hits that cannot reach the page beats
     * scoring among them.
     */
    private Query ranked(Query userQuery, SearchRequest request, Map<String, Query> filters, SidewaysCounts counted,
                         int documents) {
        if (counted.total() * FEW_HITS_PER > documents) {
            return drillDown(userQuery, request, filters);
        }
        return new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST)
                .add(new HitsFilter(counted.hits()), BooleanClause.Occur.FILTER).build();
    }

    private static String canonicalPerson(ArchiveIndex index, String name) {
        try {
            return index.canonicalPerson(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Partial hits make wrong answers: a search past its deadline stops here. */
    private void stopIfLate(IndexSearcher searcher, long waited) {
        if (searcher.timedOut()) {
            throw SearchTimeoutException.stopped(timeout, waited);
        }
    }

    /**
     * A searcher of its own over the shared reader, with this request's {@code deadline}
     * ({@link System#nanoTime()}): the timeout is state of the searcher, so sharing one would stop
     * other requests too.
     */
    private static IndexSearcher timeLimited(IndexSearcher shared, long deadline) {
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setSimilarity(shared.getSimilarity());
        searcher.setQueryCache(shared.getQueryCache());
        searcher.setTimeout(() -> System.nanoTime() - deadline > 0);
        return searcher;
    }

    /** The answer while the archive holds no items at all. */
    private static SearchResponse empty(SearchRequest request) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        Schema.FACET_DIMENSIONS.forEach(dim -> facets.put(dim, List.of()));
        return new SearchResponse(0, request.page(), request.size(), List.of(), facets, null);
    }

    /**
     * Reads the current reader's facet state and values, which every search needs and the first
     * would otherwise wait for. No search is run: on a busy core it would only delay the first user's.
     * Failures only cost that head start.
     */
    public void warmUp() {
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                SortedSetDocValuesReaderState state = facetStates.forReader(searcher.getIndexReader());
                if (state != null) {
                    facetStates.ordinals(state);
                }
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("search warm-up failed", e);
        }
    }

    /** Throws when the request's query cannot be parsed: lets a caller fail before it starts streaming. */
    public void validate(SearchRequest request) throws QuerySyntaxException {
        parser.parse(request.query());
    }

    /** A corrected query that finds something within the same {@code filters}, or null. */
    private String didYouMean(IndexSearcher searcher, SearchRequest request, Map<String, Query> filters)
            throws IOException {
        if (request.query().isEmpty()) {
            return null;
        }
        String corrected = spelling.suggest(request.query(), searcher.getIndexReader());
        if (corrected == null) {
            return null;
        }
        try {
            TopDocs top = searcher.search(drillDown(parser.parse(corrected), request, filters), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            // The words as the first hit writes them: the index holds them folded.
            Document hit = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Schema.TITLE, Schema.BODY));
            String text = String.join("\n", hit.getValues(Schema.TITLE)) + "\n"
                    + String.join("\n", hit.getValues(Schema.BODY));
            return SpellingSuggester.asWritten(request.query(), corrected, text);
        } catch (QuerySyntaxException e) {
            return null;
        }
    }

    /**
     * Hands every item the request matches (all pages) to {@code consumer} in the request's order,
     * without snippets, from one consistent view of the index: for exports and feeds.
     */
    public void forEachMatch(SearchRequest request, HitConsumer consumer) throws QuerySyntaxException, IOException {
        Query query = matching(request);
        Sort sort = sortFor(request);
        IndexSearcher searcher = index.searchers().acquire();
        try {
            ScoreDoc after = null;
            while (true) {
                TopDocs page = searcher.searchAfter(after, query, EXPORT_CHUNK, sort, true);
                for (ScoreDoc hit : page.scoreDocs) {
                    consumer.accept(hitOf(searcher.storedFields().document(hit.doc, HIT_FIELDS), ""));
                }
                if (page.scoreDocs.length < EXPORT_CHUNK) {
                    return;
                }
                after = page.scoreDocs[page.scoreDocs.length - 1];
            }
        } finally {
            index.searchers().release(searcher);
        }
    }

    /** Receives hits one by one; may write them out as it goes. */
    @FunctionalInterface
    public interface HitConsumer {
        void accept(SearchHit hit) throws IOException;
    }

    /** The query of every item the request matches: its words within its dates and filters. */
    Query matching(SearchRequest request) throws QuerySyntaxException, IOException {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            SortedSetDocValuesReaderState state = facetStates.forReader(searcher.getIndexReader());
            return drillDown(parser.parse(request.query()), request, filters(request, state));
        } finally {
            index.searchers().release(searcher);
        }
    }

    /** The user's query within the request's dates and {@code filters}: dimensions are ANDed. */
    private DrillDownQuery drillDown(Query userQuery, SearchRequest request, Map<String, Query> filters) {
        DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, baseQuery(userQuery, request));
        filters.forEach(drillDown::add);
        return drillDown;
    }

    /**
     * Each filtered dimension's query, its values ORed, in the order of {@link Schema#FACET_DIMENSIONS};
     * values as the archive keeps them ({@code state}: the facet values of the reader searched).
     */
    private LinkedHashMap<String, Query> filters(SearchRequest request, SortedSetDocValuesReaderState state)
            throws IOException {
        LinkedHashMap<String, Query> filters = new LinkedHashMap<>();
        for (String dim : Schema.FACET_DIMENSIONS) {
            List<String> values = request.filters().getOrDefault(dim, List.of());
            if (!values.isEmpty()) {
                DrillDownQuery one = new DrillDownQuery(facetsConfig);
                for (String value : values) {
                    // A person may be asked for in any spelling the archive has met, a name in any case or dash.
                    one.add(dim, Schema.PERSON.equals(dim) ? index.canonicalPerson(value)
                            : KeptValues.of(state, dim, value));
                }
                filters.put(dim, one.getDrillDownQueries()[0]);
            }
        }
        return filters;
    }

    /** The user's query within the request's dates, kept to agenda items. */
    private static Query baseQuery(Query userQuery, SearchRequest request) {
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
        if (!ItemOnlyQueries.matchesItemsOnly(userQuery)) {
            base.add(new TermQuery(new Term(Schema.KIND, Schema.KIND_ITEM)), BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE + 1 : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            base.add(LongPoint.newRangeQuery(Schema.DATE, from, to), BooleanClause.Occur.FILTER);
        }
        return base.build();
    }

    static Sort sortFor(SearchRequest request) {
        SortField newestFirst = new SortField(Schema.DATE, SortField.Type.LONG, true);
        SortField byId = new SortField(Schema.ID, SortField.Type.STRING);
        boolean browsing = request.query().isEmpty();
        if (request.sort() == SearchRequest.SortOrder.DATE || browsing) {
            return new Sort(newestFirst, SortField.FIELD_SCORE, byId);
        }
        return new Sort(SortField.FIELD_SCORE, newestFirst, byId);
    }

    /**
     * The page of hits with snippets. {@code userQuery} is what the user typed, without filters:
     * the highlighter then reads offsets from the postings instead of re-analysing each text.
     */
    private List<SearchHit> hits(IndexSearcher searcher, Query userQuery, TopDocs top, SearchRequest request)
            throws IOException {
        int start = (request.page() - 1) * request.size();
        if (start >= top.scoreDocs.length) {
            return List.of();
        }
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, start, top.scoreDocs.length);
        Document[] docs = new Document[page.length];
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            docs[i] = stored.document(page[i].doc, HIT_AND_SNIPPET_FIELDS);
        }
        String[] highlighted = snippets.forHits(searcher, userQuery, page, docs, request.query().isEmpty());
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hitOf(docs[i], highlighted[i]));
        }
        return hits;
    }

    private static SearchHit hitOf(Document doc, String snippet) {
        String meetingId = doc.get(Schema.MEETING_ID);
        int number = doc.getField(Schema.NUMBER).numericValue().intValue();
        return new SearchHit(doc.get(Schema.ID), meetingId, number, doc.get(Schema.TITLE), doc.get(Schema.COMMITTEE),
                doc.get(Schema.DATE), doc.get(Schema.TYPE), doc.get(Schema.OUTCOME), snippet,
                SearchHit.permalink(meetingId, number));
    }

    /**
     * Counts per dimension: the most frequent values first (ties by value), except years, which
     * come all and in order, for the histogram.
     */
    private static Map<String, List<FacetValue>> facets(Facets facets) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Schema.FACET_DIMENSIONS) {
            boolean years = Schema.YEAR.equals(dim);
            List<FacetValue> values = new ArrayList<>();
            FacetResult result = children(facets, dim, years);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.longValue()));
                }
            }
            values.sort(years ? Comparator.comparing(FacetValue::value)
                    : Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
            out.put(dim, values);
        }
        return out;
    }

    private static FacetResult children(Facets facets, String dim, boolean all) throws IOException {
        try {
            return all ? facets.getAllChildren(dim) : facets.getTopChildren(FACET_VALUES, dim);
        } catch (IllegalArgumentException e) {
            // A dimension no document carries yet has no ordinals: it simply has no values.
            return null;
        }
    }
}
