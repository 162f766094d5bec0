package dk.beslutningsarkiv.bench;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.generate.CorpusGenerator;
import dk.beslutningsarkiv.minutes.MinutesParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A generated archive for the JMH benchmarks: the same seed, so every run measures the same index. */
public final class BenchCorpus {

    static final int MEETINGS = Integer.getInteger("bench.meetings", 400);

    private BenchCorpus() {
    }

    static Path generate(Path dir) throws IOException {
        new CorpusGenerator().generate(MEETINGS, dir, 42);
        return dir;
    }

    public static Archive archive(Path work) throws IOException {
        Archive archive = Archive.open(work.resolve("data"), MinutesParser.withBundledData());
        archive.importer().importPaths(List.of(generate(work.resolve("corpus"))), ImportListener.NONE);
        return archive;
    }

    /** The text of one generated meeting, for analysis benchmarks. */
    static String sampleText(Path work) throws IOException {
        return Files.readString(firstFiles(generate(work.resolve("text")), 1).getFirst());
    }

    /** A corpus's first {@code count} files, in path order: the same files in every run. */
    static List<Path> firstFiles(Path corpus, int count) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile).sorted().limit(count).toList();
        }
    }
}
