package dk.beslutningsarkiv.bench.peers;

import dk.beslutningsarkiv.index.Schema;
import java.util.List;
import java.util.Locale;

/**
 * Our field boosts (UserQueryParser: title 3, decision 2, body 1) in each peer's form, so both
 * rank a title match above a decision match above a body match by the same factors.
 */
final class FieldWeights {

    static final int TITLE = 3;
    static final int DECISION = 2;
    static final int BODY = 1;

    private FieldWeights() {
    }

    /** simple_query_string's fields with boosts. */
    static List<String> openSearchFields() {
        return List.of(Schema.TITLE + "^" + TITLE, Schema.DECISION + "^" + DECISION, Schema.BODY + "^" + BODY);
    }

    /**
     * ts_rank_cd's weights array {D, C, B, A}; postgres.sql labels title A, decision B, body C and
     * nothing D. Scaled into (0, 1] as ts_rank_cd expects.
     */
    static String postgresWeights() {
        double top = TITLE;
        return String.format(Locale.ROOT, "{0,%.3f,%.3f,%.3f}", BODY / top, DECISION / top, TITLE / top);
    }
}
