package dk.beslutningsarkiv.bench.peers;

import static dk.beslutningsarkiv.bench.peers.PostgresTable.MEETING_DATE;
import static dk.beslutningsarkiv.bench.peers.PostgresTable.MEETING_ID;
import static dk.beslutningsarkiv.bench.peers.PostgresTable.TSV;

import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.search.SearchRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a search into SQL over bench/peers/postgres.sql: one statement for the page of hits
 * with snippets, one for the total and the facet counts. The user's query goes through
 * {@code websearch_to_tsquery('danish', ?)}, which reads our syntax (words AND-ed, "phrases", OR,
 * -exclusion); an empty query browses, newest first. Filters: OR within a dimension, AND across.
 */
final class PostgresSearchSql {

    static final String CONFIG = "danish";
    /** Only the page's hits get a snippet: ts_headline re-parses the text, the costly part. */
    static final String HEADLINE_OPTIONS =
            "StartSel=" + MarkedText.START + ", StopSel=" + MarkedText.STOP + ", MaxFragments=1, MaxWords=35, MinWords=15";
    /** A browsing hit shows the start of its body, as ours does. */
    static final int BROWSE_SNIPPET_CHARS = 200;
    private static final String HIT_COLUMNS = String.join(", ", Schema.ID, MEETING_ID, Schema.NUMBER, Schema.TITLE,
            Schema.COMMITTEE, MEETING_DATE, Schema.TYPE, Schema.OUTCOME);

    private PostgresSearchSql() {
    }

    /** The page: id, meeting_id, number, title, committee, meeting_date, type, outcome, snippet. */
    static Sql page(SearchRequest request) {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        String from = from(request, where, params);
        dates(request, where, params);
        filters(request, null, where, params);
        boolean matching = matching(request);
        String order = order(request);
        params.add(request.size());
        params.add((request.page() - 1) * request.size());
        String top = "SELECT " + HIT_COLUMNS + ", " + Schema.BODY + ", " + Schema.DECISION
                + (matching ? ", query, ts_rank_cd('" + FieldWeights.postgresWeights() + "', " + TSV + ", query) AS rank" : "")
                + " FROM " + from + where(where) + " ORDER BY " + order + " LIMIT ? OFFSET ?";
        String snippet = matching
                ? "ts_headline('" + CONFIG + "', concat_ws(E'\\n\\n', " + Schema.BODY + ", " + Schema.DECISION + "), query, '"
                        + HEADLINE_OPTIONS + "')"
                : "left(" + Schema.BODY + ", " + BROWSE_SNIPPET_CHARS + ")";
        return new Sql("SELECT " + HIT_COLUMNS + ", " + snippet + " AS snippet FROM (" + top + ") AS top ORDER BY " + order,
                params);
    }

    /**
     * Rows (dim, value, count): first the total (dim and value NULL), then per dimension its
     * counts under every filter but its own (drill sideways). The text match runs once, into a
     * materialised CTE that every count reads; arrays are counted per element with unnest.
     */
    static Sql counts(SearchRequest request) {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        String from = from(request, where, params);
        dates(request, where, params);
        StringBuilder sql = new StringBuilder("WITH matched AS MATERIALIZED (SELECT ")
                .append(String.join(", ", Schema.FACET_DIMENSIONS)).append(" FROM ").append(from).append(where(where))
                .append(")\n");
        List<String> all = new ArrayList<>();
        filters(request, null, all, params);
        sql.append("SELECT NULL AS dim, NULL AS value, count(*) AS count FROM matched").append(where(all));
        for (String dim : Schema.FACET_DIMENSIONS) {
            List<String> others = new ArrayList<>();
            boolean array = PostgresTable.isArray(dim);
            if (!array) {
                others.add(dim + " IS NOT NULL");
            }
            filters(request, dim, others, params);
            String value = array ? "v" : dim;
            boolean years = Schema.YEAR.equals(dim);
            sql.append("\nUNION ALL\n(SELECT '").append(dim).append("' AS dim, ").append(value).append(" AS value, count(*) AS count")
                    .append(" FROM matched").append(array ? ", unnest(" + dim + ") AS v" : "").append(where(others))
                    .append(" GROUP BY ").append(value)
                    .append(years ? " ORDER BY value" : " ORDER BY count DESC, value LIMIT " + PeerBackend.FACET_VALUES)
                    .append(")");
        }
        return new Sql(sql.toString(), params);
    }

    private static boolean matching(SearchRequest request) {
        return !request.query().isEmpty();
    }

    /** The table, joined with the parsed query when there is one (then also matched against it). */
    private static String from(SearchRequest request, List<String> where, List<Object> params) {
        if (!matching(request)) {
            return PostgresTable.NAME;
        }
        params.add(request.query());
        where.add(TSV + " @@ query");
        return PostgresTable.NAME + ", websearch_to_tsquery('" + CONFIG + "', ?) AS query";
    }

    private static void dates(SearchRequest request, List<String> where, List<Object> params) {
        if (request.from() != null) {
            where.add(MEETING_DATE + " >= ?");
            params.add(request.from());
        }
        if (request.to() != null) {
            where.add(MEETING_DATE + " <= ?");
            params.add(request.to());
        }
    }

    /** Every dimension's filter but {@code skipped}'s: one text[] parameter per dimension. */
    private static void filters(SearchRequest request, String skipped, List<String> where, List<Object> params) {
        for (String dim : Schema.FACET_DIMENSIONS) {
            List<String> values = request.filters().get(dim);
            if (values == null || values.isEmpty() || dim.equals(skipped)) {
                continue;
            }
            where.add(PostgresTable.isArray(dim) ? dim + " && ?" : dim + " = ANY(?)");
            params.add(values.toArray(String[]::new));
        }
    }

    /** Ours: score, then newest, then id; by date (and when browsing) newest, then score, then id. Undated last. */
    private static String order(SearchRequest request) {
        String newest = MEETING_DATE + " DESC NULLS LAST";
        if (!matching(request)) {
            return newest + ", " + Schema.ID;
        }
        return request.sort() == SearchRequest.SortOrder.DATE
                ? newest + ", rank DESC, " + Schema.ID
                : "rank DESC, " + newest + ", " + Schema.ID;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
