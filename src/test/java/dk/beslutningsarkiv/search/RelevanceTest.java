package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.testsupport.SearchCorpus;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relevance set: graded judgments for 40 Danish queries over the samples and the search
 * corpus. nDCG@10 and recall@10 of the archive's search must not fall below the figures recorded
 * in relevance/recorded.properties; the same queries run with Lucene's stock DanishAnalyzer and
 * with each analysis step added in turn, so the gain of each step shows in the output.
 */
class RelevanceTest {

    private static Judgments judgments;
    private static Map<String, RelevanceRuns.Scores> runs;

    @BeforeAll
    static void runEveryConfiguration() throws Exception {
        judgments = Judgments.read(TestFiles.resource("search/relevance/judgments.tsv"));
        runs = new LinkedHashMap<>();
        RelevanceRuns harness = new RelevanceRuns(SearchCorpus.archive(), judgments);
        runs.put("Lucene DanishAnalyzer (stock)", harness.stock());
        runs.put("+ folding æ/ø/å and aa/ae/oe", harness.foldedOnly());
        runs.put("+ compound parts (bundled words)", harness.withCompounds());
        runs.put("+ synonyms (the archive's search, as tested)", harness.archive());
        System.out.println(RelevanceRuns.table(runs));
    }

    @Test
    void theSetHasAtLeastThirtyQueriesAndEveryJudgedItemExists() throws IOException {
        assertThat(judgments.queries()).hasSizeGreaterThanOrEqualTo(30);
        RelevanceRuns.assertAllJudgedItemsExist(SearchCorpus.archive(), judgments);
    }

    @Test
    void theArchivesSearchDoesNotFallBelowTheRecordedFigures() throws IOException {
        Properties recorded = new Properties();
        try (InputStream in = Files.newInputStream(TestFiles.resource("search/relevance/recorded.properties"))) {
            recorded.load(in);
        }
        RelevanceRuns.Scores archive = runs.get("+ synonyms (the archive's search, as tested)");

        assertThat(archive.ndcg()).isGreaterThanOrEqualTo(Double.parseDouble(recorded.getProperty("ndcg10")) - 1e-6);
        assertThat(archive.recall()).isGreaterThanOrEqualTo(Double.parseDouble(recorded.getProperty("recall10")) - 1e-6);
    }

    @Test
    void eachAnalysisStepBeatsLucenesStockDanishAnalyzer() {
        RelevanceRuns.Scores stock = runs.get("Lucene DanishAnalyzer (stock)");
        RelevanceRuns.Scores archive = runs.get("+ synonyms (the archive's search, as tested)");

        assertThat(archive.ndcg()).isGreaterThan(stock.ndcg());
        assertThat(archive.recall()).isGreaterThan(stock.recall());
        assertThat(runs.get("+ compound parts (bundled words)").recall()).isGreaterThan(runs.get("+ folding æ/ø/å and aa/ae/oe").recall());
    }

}
