package dk.beslutningsarkiv.bench;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.FileTrees;
import dk.beslutningsarkiv.index.Analyzers;
import dk.beslutningsarkiv.search.ArchiveSearcher;
import dk.beslutningsarkiv.search.QuerySyntaxException;
import dk.beslutningsarkiv.search.SearchRequest;
import dk.beslutningsarkiv.search.SearchResponse;
import dk.beslutningsarkiv.search.SynonymExpander;
import dk.beslutningsarkiv.search.UserQueryParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The hot paths of a search on a generated archive (bench.meetings meetings, default 400):
 * query building, facet counting alone (browsing), and a top-10 search with highlighted snippets.
 */
public class SearchBenchmark extends JmhDefaults {

    private Path work;
    private Archive archive;
    private ArchiveSearcher searcher;
    private UserQueryParser parser;
    private int next;

    private static final List<String> QUERIES = List.of("hjemmepleje", "\"det indstilles\"", "tvang OR demens",
            "hoftebrud", "LKT", "genoptræning -budget");

    @Setup
    public void setUp() throws IOException {
        work = Files.createTempDirectory("bench-search");
        archive = BenchCorpus.archive(work);
        // No answer cache: the benchmark repeats its searches, and each must be computed.
        searcher = new ArchiveSearcher(archive.index(), ArchiveSearcher.DEFAULT_TIMEOUT, 0);
        parser = new UserQueryParser(Analyzers.forQueries(), SynonymExpander.load(null));
    }

    @TearDown
    public void tearDown() throws IOException {
        archive.close();
        FileTrees.delete(work);
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
