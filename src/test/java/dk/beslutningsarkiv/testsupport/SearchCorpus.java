package dk.beslutningsarkiv.testsupport;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.archive.ImportReport;
import dk.beslutningsarkiv.minutes.MinutesParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The archive search tests run against: the five sample minutes (PDF) and the documents of
 * src/test/resources/search/corpus, imported through the real path into an on-disk index that
 * is built once per test run.
 */
public final class SearchCorpus {

    private static Archive archive;

    private SearchCorpus() {
    }

    public static synchronized Archive archive() {
        if (archive == null) {
            try {
                Path data = Files.createTempDirectory("search-corpus");
                Path files = Files.createDirectories(data.resolveSibling(data.getFileName() + "-files"));
                for (String sample : Archive.SAMPLES) {
                    Files.copy(TestFiles.fixtures().resolve(sample), files.resolve(sample));
                }
                archive = Archive.open(data.resolve("data"), MinutesParser.withBundledData());
                ImportReport report = archive.importer().importPaths(
                        List.of(files, TestFiles.resource("search/corpus")), ImportListener.NONE);
                if (!report.failures().isEmpty()) {
                    throw new IllegalStateException("the search corpus did not import: " + report.failures());
                }
                Runtime.getRuntime().addShutdownHook(new Thread(SearchCorpus::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return archive;
    }

    private static void close() {
        try {
            archive.close();
        } catch (IOException e) {
            // The JVM is going away; the temporary index goes with it.
        }
    }
}
