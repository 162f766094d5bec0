package dk.beslutningsarkiv.bench;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.index.Analyzers;
import dk.beslutningsarkiv.search.ArchiveSearcher;
import dk.beslutningsarkiv.search.QuerySyntaxException;
import dk.beslutningsarkiv.search.SearchRequest;
import dk.beslutningsarkiv.search.SearchResponse;
import dk.beslutningsarkiv.search.SynonymExpander;
import dk.beslutningsarkiv.search.UserQueryParser;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.Query;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot paths of a search on a generated archive (bench.meetings meetings, default 400):
 * query building, facet counting alone (browsing), and a top-10 search with highlighted snippets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {

    private Archive archive;
    private ArchiveSearcher searcher;
    private UserQueryParser parser;
    private int next;

    private static final List<String> QUERIES = List.of("hjemmepleje", "\"det indstilles\"", "tvang OR demens",
            "hoftebrud", "LKT", "genoptræning -budget");

    @Setup
    public void setUp() throws IOException {
        archive = BenchCorpus.archive(Files.createTempDirectory("bench-search"));
        // No answer cache: the benchmark repeats its searches, and each must be computed.
        searcher = new ArchiveSearcher(archive.index(), ArchiveSearcher.DEFAULT_TIMEOUT, 0);
        parser = new UserQueryParser(Analyzers.forQueries(), SynonymExpander.load(null));
    }

    @TearDown
    public void tearDown() throws IOException {
        archive.close();
    }

    @Benchmark
    public Query queryBuilding() throws QuerySyntaxException {
        return parser.parse(QUERIES.get(next++ % QUERIES.size()));
    }

    @Benchmark
    public SearchResponse facetCounting() throws Exception {
        return searcher.search(new SearchRequest("", Map.of("region", List.of("Region Syddanmark")), null, null,
                SearchRequest.SortOrder.RELEVANCE, 1, 10));
    }

    @Benchmark
    public SearchResponse topTenWithSnippets() throws Exception {
        return searcher.search(SearchRequest.of(QUERIES.get(next++ % QUERIES.size())));
    }
}
