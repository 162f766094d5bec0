package dk.beslutningsarkiv.archive;

import dk.beslutningsarkiv.extract.TikaExtractor;
import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.CompoundDictionary;
import dk.beslutningsarkiv.minutes.MinutesParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The archive in one data folder: the store of originals, the index, and the import that fills both. */
public final class Archive implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Archive.class);
    /** The sample minutes bundled in the jar, imported into an empty archive on first start. */
    public static final List<String> SAMPLES = List.of(
            "000_ab5cc1dd3f794e91.pdf", "001_a016bfd03270cee0.pdf", "002_e78797d65e38c847.pdf",
            "003_c7bbfa67926f1f32.pdf", "004_a7e590f0fd05756c.pdf");
    private static final Duration IMPORT_WARM_UP_DELAY = Duration.ofSeconds(5);

    private final Path dataDir;
    private final OriginalStore store;
    private final ArchiveIndex index;
    private final TikaExtractor extractor;
    private final Importer importer;

    private Archive(Path dataDir, OriginalStore store, ArchiveIndex index, TikaExtractor extractor, MinutesParser parser) {
        this.dataDir = dataDir;
        this.store = store;
        this.index = index;
        this.extractor = extractor;
        this.importer = new Importer(store, extractor, parser, index);
    }

    /** Opens the archive in {@code dataDir} for reading and writing, creating it when new. */
    public static Archive open(Path dataDir, MinutesParser parser) throws IOException {
        Files.createDirectories(dataDir);
        ArchiveIndex index = ArchiveIndex.open(dataDir);
        return new Archive(dataDir, new OriginalStore(dataDir), index, new TikaExtractor(), parser);
    }

    /** Imports the bundled sample minutes when the archive holds nothing yet; true when it did. */
    public boolean importSamplesIfEmpty() throws IOException {
        if (!store.isEmpty()) {
            return false;
        }
        Path tmp = Files.createTempDirectory("beslutningsarkiv-samples");
        try {
            for (String name : SAMPLES) {
                try (InputStream in = Archive.class.getResourceAsStream("/samples/" + name)) {
                    if (in == null) {
                        throw new IOException("sample " + name + " is missing from the build");
                    }
                    Files.copy(in, tmp.resolve(name));
                }
            }
            ImportReport report = importer.importPaths(List.of(tmp), ImportListener.NONE);
            LOG.info("empty archive: sample minutes imported ({})", report.summary());
            return true;
        } finally {
            FileTrees.delete(tmp);
        }
    }

    /**
     * Indexes originals a crash left stored but uncommitted: those stored since the last commit
     * began that the index does not name. Originals of meetings deleted on purpose are older than
     * the delete's commit, so they stay out. Returns how many were recovered.
     */
    public int recoverUncommitted() throws IOException {
        Optional<Instant> committedAt = index.committedAt();
        if (committedAt.isEmpty()) {
            return 0;
        }
        int recovered = 0;
        for (StoredOriginal original : store.importedSince(committedAt.get())) {
            if (!index.containsSource(original.sha256())) {
                ImportResult result = importer.reindexOne(original);
                LOG.info("recovered {} after an interrupted import: {}", original.fileName(),
                        result.reason() == null ? result.meetingId() : result.reason());
                recovered++;
            }
        }
        if (recovered > 0) {
            index.commit();
        }
        return recovered;
    }

    /**
     * On a background thread: first {@code searches} (a service's first answer should not wait for
     * per-reader facet state), then, a few seconds later so they do not compete with the first
     * searches for the core, what only imports need (Tika's parsers, the compound dictionary), so
     * the first upload is not slow either.
     */
    public void warmUpInBackground(Runnable searches) {
        Thread warmUp = new Thread(() -> {
            searches.run();
            try {
                Thread.sleep(IMPORT_WARM_UP_DELAY);
            } catch (InterruptedException e) {
                return;
            }
            extractor.warmUp();
            CompoundDictionary.get();
        }, "archive-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    public Path dataDir() {
        return dataDir;
    }

    public OriginalStore store() {
        return store;
    }

    public ArchiveIndex index() {
        return index;
    }

    public Importer importer() {
        return importer;
    }

    @Override
    public void close() throws IOException {
        try {
            index.close();
        } finally {
            extractor.close();
        }
    }
}
