package dk.beslutningsarkiv.bench;

import dk.beslutningsarkiv.archive.FileTrees;
import dk.beslutningsarkiv.index.Analyzers;
import dk.beslutningsarkiv.index.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** Indexing analysis of one generated meeting's text: Danish text fields and the compound parts field. */
public class AnalysisBenchmark extends JmhDefaults {

    private Analyzer analyzer;
    private String text;

    @Setup
    public void setUp() throws IOException {
        analyzer = Analyzers.forIndexing();
        Path work = Files.createTempDirectory("bench-analysis");
        text = BenchCorpus.sampleText(work);
        FileTrees.delete(work);
    }

    @Benchmark
    public int danishBody() throws IOException {
        return count(Schema.BODY);
    }

    @Benchmark
    public int compoundParts() throws IOException {
        return count(Schema.WORDS);
    }

    private int count(String field) throws IOException {
        return Tokens.count(analyzer, field, text);
    }
}
