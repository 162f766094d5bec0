package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.archive.ImportProgress;
import dk.beslutningsarkiv.archive.ImportReport;
import dk.beslutningsarkiv.index.MeetingJson;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ContentType;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in for the service while its index is rebuilt at start (after an upgrade to a new schema):
 * on the service's port every request is answered 503, with how far the rebuild has come and when
 * to ask again, instead of connections being refused for the minutes a rebuild takes at a million
 * items.
 */
public final class RebuildingServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildingServer.class);
    static final int RETRY_AFTER_SECONDS = 10;

    private final ImportProgress progress = new ImportProgress();
    /** The stand-in while it answers; null before a rebuild and after closing. */
    private Javalin standIn;

    /**
     * Rebuilds the archive's index from its originals, {@code listener} told of each file, with a
     * stand-in answering on the configured port from now until {@link #close}: the service closes
     * it right before it binds the port itself, so a client is never refused in between.
     */
    public ImportReport rebuild(ApiConfig config, Archive archive, ImportListener listener) throws IOException {
        standIn = create(progress).start(config.port());
        LOG.info("answering 503 on port {} until the index is rebuilt", standIn.port());
        return archive.importer().reindex((done, total, result) -> {
            progress.fileDone(done, total, result);
            listener.fileDone(done, total, result);
        });
    }

    /** Frees the port; nothing when no rebuild ran, or when closed before. */
    @Override
    public void close() {
        if (standIn != null) {
            standIn.stop();
            standIn = null;
        }
    }

    /** The stand-in app, reporting {@code progress}. */
    static Javalin create(ImportProgress progress) {
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(MeetingJson.MAPPER, false));
        });
        SecurityHeaders.register(app);
        app.before(ctx -> ctx.header(Header.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)));
        app.get("/api/health", ctx -> ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(health(progress.count())));
        // Javalin answers HEAD for a GET route 200 without calling it; a health check must see 503.
        app.head("/api/health", ctx -> ctx.status(HttpStatus.SERVICE_UNAVAILABLE));
        // No other route: whatever is asked, with whatever method, ends here.
        app.error(HttpStatus.NOT_FOUND, ctx -> unavailable(ctx, progress));
        return app;
    }

    private static Map<String, Object> health(ImportProgress.Count count) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "rebuilding");
        body.put("filesDone", count.done());
        body.put("files", count.total());
        return body;
    }

    private static void unavailable(Context ctx, ImportProgress progress) {
        ImportProgress.Count count = progress.count();
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(new ApiError("the archive is rebuilding its index after an upgrade"
                    + counted(count, "of", "files") + "; try again in a few minutes",
                    HttpStatus.SERVICE_UNAVAILABLE.getCode()));
        } else {
            ctx.contentType(ContentType.HTML).result("""
                    <!doctype html>
                    <html lang="da"><head><meta charset="utf-8"><meta http-equiv="refresh" content="%d">
                    <title>Beslutningsarkiv genopbygges</title></head>
                    <body><h1>Beslutningsarkivet genopbygger sit søgeindeks</h1>
                    <p>Det sker efter en opdatering og tager nogle minutter%s. Siden prøver igen af sig selv.</p>
                    </body></html>
                    """.formatted(RETRY_AFTER_SECONDS, counted(count, "af", "filer")));
        }
    }

    /** " (12 of 40 files)" in the words given; nothing before the first file is done. */
    private static String counted(ImportProgress.Count count, String of, String files) {
        return count.total() == 0 ? "" : " (" + count.done() + " " + of + " " + count.total() + " " + files + ")";
    }
}
