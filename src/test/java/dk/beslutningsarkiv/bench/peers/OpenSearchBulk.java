package dk.beslutningsarkiv.bench.peers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.beslutningsarkiv.index.Schema;
import java.util.List;

/**
 * Items as OpenSearch {@code _bulk} lines: an index action with the item id, then the document,
 * whose fields carry our index's names (bench/peers/opensearch-index.json maps them strictly).
 */
final class OpenSearchBulk {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenSearchBulk() {
    }

    /** Two lines, each ending in a newline, as {@code _bulk} wants them. */
    static String lines(ItemRecord item) {
        ObjectNode action = JSON.createObjectNode();
        action.putObject("index").put("_id", item.id());
        return action + "\n" + document(item) + "\n";
    }

    static ObjectNode document(ItemRecord item) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put(Schema.ID, item.id());
        doc.put(Schema.MEETING_ID, item.meetingId());
        doc.put(Schema.NUMBER, item.number());
        doc.put(Schema.TITLE, item.title());
        doc.put(Schema.BODY, item.body());
        doc.put(Schema.DECISION, item.decision());
        doc.put(Schema.COMMITTEE, item.committee());
        array(doc, Schema.REGION, item.regions());
        doc.put(Schema.YEAR, item.year());
        array(doc, Schema.PERSON, item.persons());
        array(doc, Schema.PROJECT, item.projects());
        doc.put(Schema.OUTCOME, item.outcome());
        doc.put(Schema.TYPE, item.type());
        doc.put(Schema.DATE, item.meetingDate());
        return doc;
    }

    private static void array(ObjectNode doc, String field, List<String> values) {
        values.forEach(doc.putArray(field)::add);
    }
}
