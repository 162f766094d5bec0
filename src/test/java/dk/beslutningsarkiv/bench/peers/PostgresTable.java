package dk.beslutningsarkiv.bench.peers;

import dk.beslutningsarkiv.index.MeetingDocuments;
import dk.beslutningsarkiv.index.Schema;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The items table of bench/peers/postgres.sql. Columns keep our field names, except the two that
 * PostgreSQL would fold to lower case; the facet dimensions our index holds several values of
 * (region, person, project) are {@code text[]} columns with GIN indexes, the others plain text.
 */
final class PostgresTable {

    static final String NAME = "items";
    static final String MEETING_ID = "meeting_id";
    static final String MEETING_DATE = "meeting_date";
    /** The weighted tsvector generated from title (A), decision (B) and body (C). */
    static final String TSV = "tsv";

    /** The columns COPY loads, in the table's order (COPY ... HEADER MATCH checks the names). */
    static final List<String> COPY_COLUMNS = List.of(Schema.ID, MEETING_ID, Schema.NUMBER, Schema.TITLE, Schema.BODY,
            Schema.DECISION, Schema.COMMITTEE, Schema.REGION, Schema.YEAR, Schema.PERSON, Schema.PROJECT,
            Schema.OUTCOME, Schema.TYPE, MEETING_DATE);

    private static final FacetsConfig FACETS = MeetingDocuments.facetsConfig();

    private PostgresTable() {
    }

    /** True for the dimensions stored as arrays, as our index marks them multi-valued. */
    static boolean isArray(String dimension) {
        return FACETS.getDimConfig(dimension).multiValued;
    }
}
