package dk.beslutningsarkiv.bench;

import dk.beslutningsarkiv.index.Analyzers;
import dk.beslutningsarkiv.index.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Indexing analysis of one generated meeting's text: Danish text fields and the compound parts field. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {

    private Analyzer analyzer;
    private String text;

    @Setup
    public void setUp() throws IOException {
        analyzer = Analyzers.forIndexing();
        text = BenchCorpus.sampleText(Files.createTempDirectory("bench-analysis"));
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
        int tokens = 0;
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            stream.reset();
            while (stream.incrementToken()) {
                tokens++;
            }
            stream.end();
        }
        return tokens;
    }
}
