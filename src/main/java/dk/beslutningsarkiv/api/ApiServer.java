package dk.beslutningsarkiv.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ArchiveChanges;
import dk.beslutningsarkiv.index.MeetingJson;
import dk.beslutningsarkiv.search.ArchiveSearcher;
import dk.beslutningsarkiv.search.TypeaheadSuggester;
import dk.beslutningsarkiv.search.CaseHistory;
import dk.beslutningsarkiv.search.MeetingReader;
import dk.beslutningsarkiv.search.PersonProfiles;
import dk.beslutningsarkiv.search.ProjectCatalog;
import dk.beslutningsarkiv.search.SearchCsv;
import dk.beslutningsarkiv.search.SearchFeed;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Builds the Javalin app from its dependencies: routes, static page, JSON errors, request log, CORS, gzip. */
public final class ApiServer {

    /** Smaller parts stay in memory; anything larger is spooled to disk by Jetty while it arrives. */
    private static final int IN_MEMORY_PART_KB = 64;

    private ApiServer() {
    }

    public static Javalin create(ApiConfig config, Archive archive) throws IOException {
        ObjectMapper json = MeetingJson.MAPPER;
        Path uploadDir = uploadDir(archive.dataDir());
        BearerToken token = new BearerToken(config.uploadToken());
        ArchiveChanges changes = new ArchiveChanges(archive);
        ArchiveSearcher searcher = new ArchiveSearcher(archive.index(), config.searchTimeout(), config.cachedAnswers());
        archive.warmUpInBackground(searcher::warmUp);

        HealthController health = new HealthController(archive.index());
        SearchController search = new SearchController(searcher,
                new SearchCsv(searcher), new SearchFeed(searcher));
        MeetingController meetings = new MeetingController(new MeetingReader(archive.index()), archive.store(), changes,
                token, json);
        DocumentController documents = new DocumentController(changes, token, uploadDir, config.maxUploadBytes());
        ProjectController projects = new ProjectController(new ProjectCatalog(archive.index()));
        PersonController people = new PersonController(new PersonProfiles(archive.index()));
        CaseController cases = new CaseController(new CaseHistory(archive.index()));
        BackupController backups = new BackupController(archive, token);
        SuggestController suggestions = new SuggestController(new TypeaheadSuggester(archive.index()));
        ObjectNode openApi = OpenApiDocument.build(json);

        Javalin app = Javalin.create(c -> configure(c, config, json, uploadDir));
        RequestIds.register(app);
        SecurityHeaders.register(app);
        BodyLimits.register(app, config.maxUploadBytes());
        ReadCors.register(app, config.corsOrigins());
        ErrorMapping.register(app);

        app.get("/api/health", health::health);
        app.get("/api/search", search::search);
        app.get("/api/search.atom", search::feed);
        app.get("/api/suggest", suggestions::suggest);
        app.get("/api/meetings/{meetingId}", meetings::meeting);
        app.delete("/api/meetings/{meetingId}", meetings::delete);
        app.get("/api/meetings/{meetingId}/items/{number}", meetings::item);
        app.get("/api/meetings/{meetingId}/original", meetings::original);
        app.post("/api/documents", documents::upload);
        app.post("/api/backup", backups::backup);
        app.get("/api/projects", projects::projects);
        app.get("/api/projects/{name}", projects::project);
        app.get("/api/people/{name}", people::person);
        // <...> lets a case number keep its slashes ("24/1234").
        app.get("/api/cases/<caseNumber>", cases::caseItems);
        app.get(OpenApiDocument.PATH, ctx -> ctx.json(openApi));
        // The page handles its own routes: a meeting permalink loads the page, which loads the meeting.
        app.get("/moeder/{meetingId}", ctx -> servePage(ctx, config));
        return app;
    }

    private static void configure(JavalinConfig c, ApiConfig config, ObjectMapper json, Path uploadDir) {
        c.showJavalinBanner = false;
        c.jsonMapper(new JavalinJackson(json, false));
        c.http.gzipOnlyCompression();
        // POST /api/search is the wrong method, not a missing page.
        c.http.prefer405over404 = true;
        c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        c.http.maxRequestSize = config.maxUploadBytes();
        c.jetty.multipartConfig.cacheDirectory(uploadDir.toString());
        c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
        c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes(), SizeUnit.BYTES);
        c.jetty.multipartConfig.maxInMemoryFileSize(IN_MEMORY_PART_KB, SizeUnit.KB);
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
        c.requestLogger.http(RequestIds::log);
    }

    /** The folder uploads are spooled to, beside the archive (not a RAM-backed /tmp); leftovers of a crash are removed. */
    private static Path uploadDir(Path dataDir) throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("uploads"));
        try (Stream<Path> leftovers = Files.list(dir)) {
            for (Path f : leftovers.toList()) {
                Files.deleteIfExists(f);
            }
        }
        return dir;
    }

    private static void servePage(Context ctx, ApiConfig config) throws IOException {
        InputStream page = config.webDir() != null && Files.isRegularFile(config.webDir().resolve("index.html"))
                ? Files.newInputStream(config.webDir().resolve("index.html"))
                : ApiServer.class.getResourceAsStream("/web/index.html");
        if (page == null) {
            throw ApiException.notFound("the web page is not part of this build");
        }
        ctx.contentType(ContentType.HTML).result(page);
    }
}
