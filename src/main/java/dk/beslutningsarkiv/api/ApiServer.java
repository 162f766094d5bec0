package dk.beslutningsarkiv.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.index.MeetingJson;
import dk.beslutningsarkiv.search.ArchiveSearcher;
import dk.beslutningsarkiv.search.MeetingReader;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Builds the Javalin app from its dependencies: routes, static page, JSON errors, request log. */
public final class ApiServer {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final Logger REQUESTS = LoggerFactory.getLogger("requests");

    private ApiServer() {
    }

    public static Javalin create(ApiConfig config, Archive archive) {
        ObjectMapper json = MeetingJson.MAPPER;
        HealthController health = new HealthController(archive.index());
        SearchController search = new SearchController(new ArchiveSearcher(archive.index()));
        MeetingController meetings = new MeetingController(new MeetingReader(archive.index()), archive.store(), json);

        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(json, false));
            c.http.maxRequestSize = config.maxUploadBytes();
            if (config.webDir() != null && Files.isDirectory(config.webDir())) {
                // A checkout serves web/ from disk, so the page can be edited without a rebuild.
                c.staticFiles.add(sf -> {
                    sf.hostedPath = "/";
                    sf.directory = config.webDir().toAbsolutePath().toString();
                    sf.location = Location.EXTERNAL;
                });
            } else {
                c.staticFiles.add(sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/web";
                    sf.location = Location.CLASSPATH;
                });
            }
            if (!config.corsOrigins().isEmpty()) {
                c.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    if (config.corsOrigins().contains("*")) {
                        rule.anyHost();
                    } else {
                        config.corsOrigins().forEach(rule::allowHost);
                    }
                }));
            }
            c.requestLogger.http((ctx, ms) -> REQUESTS.info("{} {} {} {} ms", ctx.method(), ctx.path(),
                    ctx.statusCode(), Math.round(ms)));
        });

        app.before(ctx -> {
            String requestId = UUID.randomUUID().toString().substring(0, 8);
            MDC.put("requestId", requestId);
            ctx.header("X-Request-Id", requestId);
        });
        app.after(ctx -> MDC.remove("requestId"));

        app.get("/api/health", health::health);
        app.get("/api/search", search::search);
        app.get("/api/meetings/{meetingId}", meetings::meeting);
        app.get("/api/meetings/{meetingId}/items/{number}", meetings::item);
        app.get("/api/meetings/{meetingId}/original", meetings::original);
        // The page handles its own routes: a meeting permalink loads the page, which loads the meeting.
        app.get("/moeder/{meetingId}", ctx -> servePage(ctx, config));

        app.exception(BadRequestException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(NotFoundException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the request id is " + ctx.header("X-Request-Id"));
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            // Our own 404s already carry a JSON error; unknown paths get one here.
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith(ContentType.JSON)) {
                error(ctx, HttpStatus.NOT_FOUND, "not found: " + ctx.path());
            }
        });
        return app;
    }

    private static void servePage(Context ctx, ApiConfig config) throws IOException {
        InputStream page = config.webDir() != null && Files.isRegularFile(config.webDir().resolve("index.html"))
                ? Files.newInputStream(config.webDir().resolve("index.html"))
                : ApiServer.class.getResourceAsStream("/web/index.html");
        if (page == null) {
            throw new NotFoundException("the web page is not part of this build");
        }
        ctx.contentType(ContentType.HTML).result(page);
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(new ApiError(message, status.getCode()));
    }
}
