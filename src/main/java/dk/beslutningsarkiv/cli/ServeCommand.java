package dk.beslutningsarkiv.cli;

import dk.beslutningsarkiv.api.ApiConfig;
import dk.beslutningsarkiv.api.ApiServer;
import dk.beslutningsarkiv.api.RebuildingServer;
import dk.beslutningsarkiv.archive.Archive;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the HTTP API and the web page; an empty archive gets the bundled samples first. */
@Command(name = "serve", description = "Serve the HTTP API and the web page.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "${env:ARKIV_PORT:-7070}", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--max-upload-mb", defaultValue = "${env:ARKIV_MAX_UPLOAD_MB:-50}",
            description = "largest accepted request body in MB (default ${DEFAULT-VALUE})")
    long maxUploadMb;

    @Option(names = "--cors-origins", defaultValue = "${env:ARKIV_CORS_ORIGINS:-*}",
            description = "comma-separated origins allowed to call the read endpoints, * for any, empty for none (default ${DEFAULT-VALUE})")
    String corsOrigins;

    @Option(names = "--web", defaultValue = "${env:ARKIV_WEB_DIR:-web}",
            description = "folder of the web page; the copy inside the jar is used when it does not exist (default ${DEFAULT-VALUE})")
    Path webDir;

    @Option(names = "--search-timeout-ms", defaultValue = "${env:ARKIV_SEARCH_TIMEOUT_MS:-5000}",
            description = "a search running longer is stopped with 503 (default ${DEFAULT-VALUE})")
    long searchTimeoutMs;

    @Option(names = "--answer-cache", defaultValue = "${env:ARKIV_ANSWER_CACHE:-500}",
            description = "answers of this many recent distinct searches are kept until the index changes; 0 keeps none (default ${DEFAULT-VALUE})")
    int cachedAnswers;

    @Override
    public Integer call() throws Exception {
        ApiConfig config = new ApiConfig(port, data.dataDir, System.getenv("ARKIV_API_TOKEN"),
                maxUploadMb * 1024 * 1024, origins(), webDir, java.time.Duration.ofMillis(searchTimeoutMs), cachedAnswers);
        Javalin app;
        Archive archive;
        // A rebuild after an upgrade takes minutes at a million items: a stand-in answers meanwhile.
        try (RebuildingServer standIn = new RebuildingServer()) {
            archive = Archives.open(config.dataDir(), older -> Archives.rebuild(older,
                    log -> standIn.rebuild(config, older, log)));
            try {
                archive.importSamplesIfEmpty();
                app = ApiServer.create(config, archive);
                standIn.close();
                app.start(config.port());
                ServerFile.write(config.dataDir(), app.port());
            } catch (RuntimeException | java.io.IOException e) {
                archive.close();
                throw e;
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                ServerFile.delete(config.dataDir());
                archive.close();
            } catch (java.io.IOException e) {
                LOG.warn("closing the archive failed", e);
            }
            stopped.countDown();
        }));
        LOG.info("Beslutningsarkiv serving {} on http://localhost:{}/ (uploads {})", config.dataDir().toAbsolutePath(),
                app.port(), config.uploadToken() == null ? "refused: no ARKIV_API_TOKEN" : "need the token");
        stopped.await();
        return 0;
    }

    private List<String> origins() {
        return Arrays.stream(corsOrigins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
