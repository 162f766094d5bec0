package dk.beslutningsarkiv.bench.peers;

import static dk.beslutningsarkiv.bench.peers.PostgresTable.MEETING_DATE;
import static dk.beslutningsarkiv.bench.peers.PostgresTable.MEETING_ID;

import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.search.FacetValue;
import dk.beslutningsarkiv.search.SearchHit;
import dk.beslutningsarkiv.search.SearchRequest;
import dk.beslutningsarkiv.search.SearchResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The PostgreSQL peer: runs {@link PostgresSearchSql}'s two statements on a pooled connection. */
final class PostgresBackend implements PeerBackend {

    private final ConnectionPool pool;

    PostgresBackend(ConnectionPool pool) {
        this.pool = pool;
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException, InterruptedException {
        Connection connection = pool.take();
        try {
            List<SearchHit> hits = hits(connection, PostgresSearchSql.page(request));
            Map<String, List<FacetValue>> facets = new HashMap<>();
            long total = counts(connection, PostgresSearchSql.counts(request), facets);
            return new SearchResponse(total, request.page(), request.size(), hits, FacetOrder.ordered(facets), null);
        } catch (SQLException e) {
            throw new IOException("PostgreSQL: " + e.getMessage(), e);
        } finally {
            pool.give(connection);
        }
    }

    private static List<SearchHit> hits(Connection connection, Sql sql) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String meetingId = rows.getString(MEETING_ID);
                int number = rows.getInt(Schema.NUMBER);
                LocalDate date = rows.getObject(MEETING_DATE, LocalDate.class);
                hits.add(new SearchHit(rows.getString(Schema.ID), meetingId, number, rows.getString(Schema.TITLE),
                        rows.getString(Schema.COMMITTEE), date == null ? null : date.toString(), rows.getString(Schema.TYPE),
                        rows.getString(Schema.OUTCOME), MarkedText.toHtml(rows.getString("snippet")),
                        SearchHit.permalink(meetingId, number)));
            }
        }
        return hits;
    }

    /** Fills {@code facets} from the (dim, value, count) rows and returns the total, the row without a dim. */
    private static long counts(Connection connection, Sql sql, Map<String, List<FacetValue>> facets) throws SQLException {
        long total = 0;
        try (PreparedStatement statement = prepare(connection, sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String dim = rows.getString("dim");
                if (dim == null) {
                    total = rows.getLong("count");
                } else {
                    facets.computeIfAbsent(dim, d -> new ArrayList<>())
                            .add(new FacetValue(rows.getString("value"), rows.getLong("count")));
                }
            }
        }
        return total;
    }

    private static PreparedStatement prepare(Connection connection, Sql sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.text());
        try {
            for (int i = 0; i < sql.params().size(); i++) {
                Object param = sql.params().get(i);
                statement.setObject(i + 1, param instanceof String[] values ? connection.createArrayOf("text", values) : param);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            pool.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
