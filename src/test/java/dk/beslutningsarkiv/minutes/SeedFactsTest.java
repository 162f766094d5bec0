package dk.beslutningsarkiv.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every fact of seeds-facts.json holds for the parse of its sample: one dynamic test per fact. */
class SeedFactsTest {

    private static final MinutesParser PARSER = MinutesParser.withBundledData();

    @TestFactory
    Stream<DynamicContainer> every_fact_of_the_samples_holds() throws IOException {
        JsonNode facts;
        try (InputStream in = getClass().getResourceAsStream("/seeds/seeds-facts.json")) {
            facts = MeetingJson.MAPPER.readTree(in);
        }
        List<DynamicContainer> containers = new ArrayList<>();
        for (JsonNode seed : facts) {
            String file = seed.get("file").asText();
            Meeting m = PARSER.parse(Seeds.structured(file), file);
            JsonNode parsed = MeetingJson.MAPPER.valueToTree(m);
            List<DynamicTest> tests = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = seed.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> fact = it.next();
                if (!fact.getKey().equals("file")) {
                    tests.add(DynamicTest.dynamicTest(fact.getKey(), () -> check(m, parsed, fact.getKey(), fact.getValue())));
                }
            }
            containers.add(DynamicContainer.dynamicContainer(file, tests));
        }
        return containers.stream();
    }

    private static void check(Meeting m, JsonNode parsed, String key, JsonNode expected) {
        switch (key) {
            case "participantsCount" -> assertThat(m.participants()).hasSize(expected.asInt());
            case "absentCount" -> assertThat(m.absent()).hasSize(expected.asInt());
            case "participantsInclude" -> assertThat(names(m.participants())).containsAll(strings(expected));
            case "absentInclude" -> assertThat(names(m.absent())).containsAll(strings(expected));
            case "itemNumbers" -> assertThat(m.items().stream().map(AgendaItem::number).toList())
                    .containsExactlyElementsOf(ints(expected));
            case "itemTitles" -> assertThat(m.items().stream().map(AgendaItem::title).toList())
                    .startsWith(strings(expected).toArray(String[]::new));
            case "presenters" -> expected.fields().forEachRemaining(e ->
                    assertThat(item(m, e.getKey()).presenter()).as("presenter of item %s", e.getKey())
                            .isEqualTo(e.getValue().asText()));
            case "outcomes" -> expected.fields().forEachRemaining(e -> {
                Outcome o = item(m, e.getKey()).outcome();
                List<String> accepted = new ArrayList<>();
                e.getValue().forEach(v -> accepted.add(v.isNull() ? null : v.asText()));
                assertThat(accepted).as("outcome of item %s", e.getKey()).contains(o == null ? null : o.label());
            });
            case "decisionContains" -> expected.fields().forEachRemaining(e ->
                    assertThat(item(m, e.getKey()).decision()).as("decision of item %s", e.getKey())
                            .contains(e.getValue().asText()));
            case "projectsInclude" -> assertThat(m.projects()).containsAll(strings(expected));
            default -> assertThat(parsed.get(key)).as(key).isEqualTo(expected);
        }
    }

    private static AgendaItem item(Meeting m, String number) {
        return m.items().stream().filter(i -> i.number() == Integer.parseInt(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + number));
    }

    private static List<String> names(List<Participant> people) {
        return people.stream().map(Participant::name).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
