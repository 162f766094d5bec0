package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.FileTrees;
import dk.beslutningsarkiv.bench.BenchCorpus;
import dk.beslutningsarkiv.bench.JmhDefaults;
import dk.beslutningsarkiv.index.MeetingDocuments;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.MinutesParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The main facet counts (every dimension) of a search's hits alone: random hit sets of a share of
 * the items. On an existing data folder with -Dbench.data=DIR (e.g. the harness's
 * target/bench/data-183000-1, a million items), else on a generated archive (bench.meetings).
 */
public class FacetCountBenchmark extends JmhDefaults {

    @Param({"0.005", "0.05", "0.2", "0.5", "0.8", "0.95"})
    public double share;

    /** The generated archive's temporary folder; null for an existing data folder. */
    private Path work;
    private Archive archive;
    private IndexSearcher searcher;
    private FacetOrdinals ordinals;
    private FixedBitSet[] hits;

    @Setup
    public void setUp() throws IOException {
        String data = System.getProperty("bench.data");
        if (data != null) {
            archive = Archive.open(Path.of(data), MinutesParser.withBundledData());
        } else {
            work = Files.createTempDirectory("bench-facets");
            archive = BenchCorpus.archive(work);
        }
        searcher = archive.index().searchers().acquire();
        ordinals = new FacetOrdinals(new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(),
                MeetingDocuments.facetsConfig()), SegmentOrdinalsCache.inMemory());
        FixedBitSet[] items = HitBits.of(searcher, new TermQuery(new Term(Schema.KIND, Schema.KIND_ITEM)));
        Random random = new Random(7);
        hits = new FixedBitSet[items.length];
        for (int segment = 0; segment < items.length; segment++) {
            hits[segment] = new FixedBitSet(items[segment].length());
            for (int doc = 0; doc < items[segment].length(); doc++) {
                if (items[segment].get(doc) && random.nextDouble() < share) {
                    hits[segment].set(doc);
                }
            }
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        archive.index().searchers().release(searcher);
        archive.close();
        if (work != null) {
            FileTrees.delete(work);
        }
    }

    @Benchmark
    public long mainCounts() {
        return new HitFacetCounts(ordinals, hits).hitCount();
    }
}
