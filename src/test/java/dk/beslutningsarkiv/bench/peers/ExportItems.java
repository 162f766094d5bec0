package dk.beslutningsarkiv.bench.peers;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the items of a data folder for the peers: {@code items.csv} for PostgreSQL's COPY and
 * {@code items.ndjson} for OpenSearch's {@code _bulk}.
 * <pre>ExportItems --data DIR --out DIR</pre>
 */
public final class ExportItems {

    static final String CSV = "items.csv";
    static final String BULK = "items.ndjson";

    private ExportItems() {
    }

    public static void main(String[] args) throws IOException {
        Args options = Args.parse(args);
        long count = export(Path.of(options.required("data")), Path.of(options.required("out")));
        System.out.println("exported " + count + " items");
    }

    static long export(Path dataDir, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        try (BufferedWriter csv = Files.newBufferedWriter(outDir.resolve(CSV), StandardCharsets.UTF_8);
             BufferedWriter bulk = Files.newBufferedWriter(outDir.resolve(BULK), StandardCharsets.UTF_8)) {
            csv.write(PostgresCsv.header());
            return IndexItems.forEach(dataDir, item -> {
                csv.write(PostgresCsv.row(item));
                bulk.write(OpenSearchBulk.lines(item));
            });
        }
    }
}
