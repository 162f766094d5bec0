package dk.beslutningsarkiv.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.beslutningsarkiv.index.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The load formats, and that they agree with the table and the mapping under bench/peers. */
class PeerFormatsTest {

    private static final ItemRecord ITEM = new ItemRecord("m-punkt-2", "m", 2, "Plan, \"ny\"", "Linje 1\nLinje 2",
            "", "Regionsrådet", List.of("Region Midtjylland", "Hele \"landet\", C:\\"), "2024", List.of(), List.of("LKT Tvang"),
            null, "referat", "2024-05-01");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TSV_COLUMN = "  " + PostgresTable.TSV;

    @Test
    void csvQuotesTextKeepsNullsUnquotedAndWritesArrayLiterals() {
        assertThat(PostgresCsv.row(ITEM)).isEqualTo("\"m-punkt-2\",\"m\",2,\"Plan, \"\"ny\"\"\",\"Linje 1\nLinje 2\",\"\","
                + "\"Regionsrådet\",\"{\"\"Region Midtjylland\"\",\"\"Hele \\\"\"landet\\\"\", C:\\\\\"\"}\",\"2024\",\"{}\","
                + "\"{\"\"LKT Tvang\"\"}\",,\"referat\",\"2024-05-01\"\n");
    }

    @Test
    void csvColumnsAreTheTablesColumnsInOrderWithoutTheGeneratedOne() throws Exception {
        String ddl = Files.readString(Path.of("bench/peers/postgres.sql"));
        String body = ddl.substring(ddl.indexOf("CREATE TABLE items ("), ddl.indexOf(TSV_COLUMN));
        List<String> columns = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  (\\w+) ").matcher(body);
        while (m.find()) {
            columns.add(m.group(1));
        }
        assertThat(columns).isEqualTo(PostgresTable.COPY_COLUMNS);
        assertThat(ddl).contains(TSV_COLUMN + " tsvector GENERATED ALWAYS");
    }

    @Test
    void arraysAreTheDimensionsOurIndexHoldsSeveralValuesOf() {
        assertThat(Schema.FACET_DIMENSIONS.stream().filter(PostgresTable::isArray))
                .containsExactly(Schema.REGION, Schema.PERSON, Schema.PROJECT);
    }

    @Test
    void bulkLinesAreAnIndexActionAndTheDocument() throws Exception {
        String[] lines = OpenSearchBulk.lines(ITEM).split("\n");

        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines[0]).at("/index/_id").asText()).isEqualTo("m-punkt-2");
        JsonNode doc = JSON.readTree(lines[1]);
        assertThat(doc.get(Schema.REGION)).hasSize(2);
        assertThat(doc.get(Schema.PERSON).isArray()).isTrue();
        assertThat(doc.get(Schema.OUTCOME).isNull()).isTrue();
        assertThat(doc.get(Schema.DATE).asText()).isEqualTo("2024-05-01");
    }

    @Test
    void theStrictMappingMapsExactlyTheFieldsTheBulkWrites() throws Exception {
        JsonNode mapping = JSON.readTree(Path.of("bench/peers/opensearch-index.json").toFile());
        ObjectNode doc = OpenSearchBulk.document(ITEM);

        List<String> mapped = new ArrayList<>();
        mapping.at("/mappings/properties").fieldNames().forEachRemaining(mapped::add);
        List<String> written = new ArrayList<>();
        doc.fieldNames().forEachRemaining(written::add);
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(written);
        for (String dim : Schema.FACET_DIMENSIONS) {
            assertThat(mapping.at("/mappings/properties/" + dim + "/type").asText()).isEqualTo("keyword");
        }
        for (String text : List.of(Schema.TITLE, Schema.BODY, Schema.DECISION)) {
            assertThat(mapping.at("/mappings/properties/" + text + "/analyzer").asText()).isEqualTo("danish");
        }
    }
}
