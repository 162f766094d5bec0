package dk.beslutningsarkiv.bench;

import dk.beslutningsarkiv.extract.TikaExtractor;
import dk.beslutningsarkiv.index.Analyzers;
import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.minutes.StructuredText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;

/**
 * What {@link JarComparison} times, loaded once per jar: parsing extracted texts into meetings,
 * analysing texts for the body and compound-parts fields, or indexing parsed meetings into a new
 * index (documents, analysis, flushes and the closing commit, in a folder under /dev/shm when
 * there is one). Only public, long-standing entry points, so that older builds load it too.
 */
public final class JarComparisonWork {

    private JarComparisonWork() {
    }

    /** The first {@code files} files of the corpus, extracted (parse) or read (analysis), with the tool to time. */
    public static Object prepare(String work, String corpus, int files) throws Exception {
        List<Path> paths = BenchCorpus.firstFiles(Path.of(corpus), files);
        if (work.equals("parse")) {
            return new Parsing(extracted(paths), MinutesParser.withBundledData());
        }
        if (work.equals("index")) {
            MinutesParser parser = MinutesParser.withBundledData();
            List<Meeting> meetings = new ArrayList<>();
            for (StructuredText text : extracted(paths)) {
                meetings.add(parser.parse(text, "bench"));
            }
            return new Indexing(meetings);
        }
        if (work.equals("analysis")) {
            List<String> texts = new ArrayList<>();
            for (Path p : paths) {
                texts.add(Files.readString(p));
            }
            return new Analysis(texts, Analyzers.forIndexing());
        }
        throw new IllegalArgumentException("parse, analysis or index, not " + work);
    }

    private static List<StructuredText> extracted(List<Path> paths) throws Exception {
        List<StructuredText> texts = new ArrayList<>();
        try (TikaExtractor extractor = new TikaExtractor()) {
            for (Path p : paths) {
                texts.add(extractor.extract(p).text());
            }
        }
        return texts;
    }

    /** Nanoseconds for one pass over the prepared texts (an index's removal included: a few milliseconds). */
    public static long round(Object prepared) throws Exception {
        long start = System.nanoTime();
        long produced = switch (prepared) {
            case Parsing parsing -> parsing.run();
            case Analysis analysis -> analysis.run();
            default -> ((Indexing) prepared).run();
        };
        long nanos = System.nanoTime() - start;
        if (produced == 0) {
            throw new IllegalStateException("nothing parsed, analysed or indexed: an empty corpus?");
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

    private record Indexing(List<Meeting> meetings) {
        long run() throws IOException {
            Path shm = Path.of("/dev/shm");
            Path dir = Files.isDirectory(shm) ? Files.createTempDirectory(shm, "compare-")
                    : Files.createTempDirectory("compare-");
            try {
                long items;
                try (ArchiveIndex index = ArchiveIndex.open(dir)) {
                    for (int m = 0; m < meetings.size(); m++) {
                        index.putMeeting(meetings.get(m), "%064x".formatted(m));
                    }
                    index.commit();
                    items = index.count(Schema.KIND_ITEM);
                }
                return items;
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
