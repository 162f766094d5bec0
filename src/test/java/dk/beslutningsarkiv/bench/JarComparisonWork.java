package dk.beslutningsarkiv.bench;

import dk.beslutningsarkiv.extract.TikaExtractor;
import dk.beslutningsarkiv.index.Analyzers;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.minutes.StructuredText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * What {@link JarComparison} times, loaded once per jar: parsing extracted texts into meetings, or
 * analysing texts for the body and compound-parts fields. Only public, long-standing entry points,
 * so that older builds load it too.
 */
public final class JarComparisonWork {

    private JarComparisonWork() {
    }

    /** The first {@code files} files of the corpus, extracted (parse) or read (analysis), with the tool to time. */
    public static Object prepare(String work, String corpus, int files) throws Exception {
        List<Path> paths = BenchCorpus.firstFiles(Path.of(corpus), files);
        if (work.equals("parse")) {
            List<StructuredText> texts = new ArrayList<>();
            try (TikaExtractor extractor = new TikaExtractor()) {
                for (Path p : paths) {
                    texts.add(extractor.extract(p).text());
                }
            }
            return new Parsing(texts, MinutesParser.withBundledData());
        }
        if (work.equals("analysis")) {
            List<String> texts = new ArrayList<>();
            for (Path p : paths) {
                texts.add(Files.readString(p));
            }
            return new Analysis(texts, Analyzers.forIndexing());
        }
        throw new IllegalArgumentException("parse or analysis, not " + work);
    }

    /** Nanoseconds for one pass over the prepared texts. */
    public static long round(Object prepared) throws Exception {
        long start = System.nanoTime();
        long produced = prepared instanceof Parsing parsing ? parsing.run() : ((Analysis) prepared).run();
        long nanos = System.nanoTime() - start;
        if (produced == 0) {
            throw new IllegalStateException("nothing parsed or analysed: an empty corpus?");
        }
        return nanos;
    }

    private record Parsing(List<StructuredText> texts, MinutesParser parser) {
        long run() {
            long items = 0;
            for (StructuredText text : texts) {
                items += parser.parse(text, "bench").items().size();
            }
            return items;
        }
    }

    private record Analysis(List<String> texts, Analyzer analyzer) {
        long run() throws IOException {
            long tokens = 0;
            for (String text : texts) {
                tokens += Tokens.count(analyzer, Schema.BODY, text) + Tokens.count(analyzer, Schema.WORDS, text);
            }
            return tokens;
        }
    }
}
