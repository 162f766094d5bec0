package dk.beslutningsarkiv.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.search.SearchRequest;
import dk.beslutningsarkiv.search.SearchRequest.SortOrder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresSearchSqlTest {

    private static final Map<String, List<String>> FILTERS = Map.of(
            Schema.COMMITTEE, List.of("Regionsrådet", "RKKP"),
            Schema.REGION, List.of("Region Syddanmark"),
            Schema.YEAR, List.of("2019", "2020"));

    private static SearchRequest request(String q, Map<String, List<String>> filters, SortOrder sort, int page) {
        return new SearchRequest(q, filters, null, null, sort, page, 10);
    }

    @Test
    void aQueryIsMatchedRankedWithOurWeightsAndPaged() {
        Sql sql = PostgresSearchSql.page(request("tvang -demens", Map.of(), SortOrder.RELEVANCE, 3));

        assertThat(sql.text())
                .contains("FROM items, websearch_to_tsquery('danish', ?) AS query WHERE tsv @@ query")
                .contains("ts_rank_cd('" + FieldWeights.postgresWeights() + "', tsv, query) AS rank")
                .contains("ORDER BY rank DESC, meeting_date DESC NULLS LAST, id LIMIT ? OFFSET ?")
                .contains("ts_headline('danish', concat_ws(E'\\n\\n', body, decision), query, '"
                        + PostgresSearchSql.HEADLINE_OPTIONS + "') AS snippet");
        assertThat(sql.params()).containsExactly("tvang -demens", 10, 20);
        assertPlaceholdersMatch(sql);
    }

    @Test
    void headlinesComeOnlyForThePagesRowsAfterTheLimit() {
        String text = PostgresSearchSql.page(request("tvang", Map.of(), SortOrder.RELEVANCE, 1)).text();

        assertThat(text.indexOf("ts_headline")).isLessThan(text.indexOf("FROM ("));
        assertThat(text.indexOf("LIMIT ?")).isGreaterThan(text.indexOf("FROM ("));
    }

    @Test
    void filtersAreOneArrayParameterEachAndOverlapForArrayColumns() {
        Sql sql = PostgresSearchSql.page(request("tvang", FILTERS, SortOrder.RELEVANCE, 1));

        assertThat(sql.text()).contains("committee = ANY(?)", "region && ?", "year = ANY(?)");
        assertThat(sql.params()).hasSize(6);
        assertThat(sql.params().get(0)).isEqualTo("tvang");
        assertThat(sql.params().subList(1, 4)).containsExactly(new String[] {"Regionsrådet", "RKKP"},
                new String[] {"Region Syddanmark"}, new String[] {"2019", "2020"});
        assertPlaceholdersMatch(sql);
    }

    @Test
    void dateSortPutsTheNewestFirstAndScoreSecond() {
        assertThat(PostgresSearchSql.page(request("tvang", Map.of(), SortOrder.DATE, 1)).text())
                .endsWith("ORDER BY meeting_date DESC NULLS LAST, rank DESC, id");
    }

    @Test
    void browsingNeedsNoQueryShowsTheNewestAndTheStartOfTheBody() {
        Sql sql = PostgresSearchSql.page(request("", Map.of(Schema.TYPE, List.of("dagsorden")), SortOrder.RELEVANCE, 1));

        assertThat(sql.text()).doesNotContain("tsquery", "rank", "ts_headline")
                .contains("left(body, " + PostgresSearchSql.BROWSE_SNIPPET_CHARS + ") AS snippet")
                .endsWith("ORDER BY meeting_date DESC NULLS LAST, id");
        assertThat(sql.params()).hasSize(3);
        assertPlaceholdersMatch(sql);
    }

    @Test
    void aDateRangeFiltersTheMatchesOfBothStatements() {
        SearchRequest request = new SearchRequest("tvang", Map.of(), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                SortOrder.RELEVANCE, 1, 10);

        for (Sql sql : List.of(PostgresSearchSql.page(request), PostgresSearchSql.counts(request))) {
            assertThat(sql.text()).contains("meeting_date >= ? AND meeting_date <= ?");
            assertThat(sql.params()).containsSubsequence("tvang", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
            assertPlaceholdersMatch(sql);
        }
    }

    @Test
    void countsMatchTheTextOnceThenCountEachDimensionUnderTheOtherDimensionsFilters() {
        Sql sql = PostgresSearchSql.counts(request("tvang", FILTERS, SortOrder.RELEVANCE, 1));
        String[] branches = sql.text().split("\nUNION ALL\n");

        assertThat(sql.text()).startsWith("WITH matched AS MATERIALIZED (SELECT committee, region, year, person, project, "
                + "outcome, type FROM items, websearch_to_tsquery('danish', ?) AS query WHERE tsv @@ query)");
        assertThat(sql.text()).containsOnlyOnce("tsquery");
        assertThat(branches).hasSize(1 + Schema.FACET_DIMENSIONS.size());
        // The total obeys every filter.
        assertThat(branches[0]).contains("SELECT NULL AS dim").contains("committee = ANY(?)", "region && ?", "year = ANY(?)");
        // Each dimension drops its own filter only.
        assertThat(branch(branches, Schema.COMMITTEE)).doesNotContain("committee = ANY(?)").contains("region && ?", "year = ANY(?)");
        assertThat(branch(branches, Schema.REGION)).doesNotContain("region && ?").contains("committee = ANY(?)", "year = ANY(?)");
        assertThat(branch(branches, Schema.YEAR)).doesNotContain("year = ANY(?)").contains("committee = ANY(?)", "region && ?");
        assertThat(branch(branches, Schema.OUTCOME)).contains("committee = ANY(?)", "region && ?", "year = ANY(?)");
        assertPlaceholdersMatch(sql);
        // The query, then per branch its filters: 1 + 3 (total) + 2 + 2 + 2 (the filtered dimensions) + 3 * 4 (the others).
        assertThat(sql.params()).hasSize(1 + 3 + 2 * 3 + 3 * 4);
    }

    @Test
    void arraysAreCountedPerElementYearsAllAndInOrderOthersTheMostFrequentFifty() {
        String[] branches = PostgresSearchSql.counts(request("", Map.of(), SortOrder.RELEVANCE, 1)).text().split("\nUNION ALL\n");

        assertThat(branch(branches, Schema.PERSON)).contains("FROM matched, unnest(person) AS v").contains("GROUP BY v");
        assertThat(branch(branches, Schema.COMMITTEE)).contains("WHERE committee IS NOT NULL GROUP BY committee")
                .endsWith("ORDER BY count DESC, value LIMIT " + PeerBackend.FACET_VALUES + ")");
        assertThat(branch(branches, Schema.YEAR)).endsWith("ORDER BY value)").doesNotContain("LIMIT");
        assertThat(branches[0]).isEqualTo("WITH matched AS MATERIALIZED (SELECT committee, region, year, person, project, "
                + "outcome, type FROM items)\nSELECT NULL AS dim, NULL AS value, count(*) AS count FROM matched");
    }

    @Test
    void rankWeightsFollowOurBoostsTitleThreeDecisionTwoBodyOne() {
        double[] weights = Arrays.stream(FieldWeights.postgresWeights().replaceAll("[{}]", "").split(","))
                .mapToDouble(Double::parseDouble).toArray();

        // {D, C = body, B = decision, A = title}
        assertThat(weights[3] / weights[1]).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(weights[2] / weights[1]).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
    }

    private static String branch(String[] branches, String dim) {
        return Arrays.stream(branches).filter(b -> b.startsWith("(SELECT '" + dim + "' AS dim")).findFirst().orElseThrow();
    }

    private static void assertPlaceholdersMatch(Sql sql) {
        assertThat(sql.text().chars().filter(c -> c == '?').count()).isEqualTo(sql.params().size());
    }
}
