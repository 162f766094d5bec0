package dk.beslutningsarkiv.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Set;

/**
 * CORS for the read endpoints only (GET and HEAD under /api and the OpenAPI document): other sites
 * may show the archive's data, but a browser never lets another site upload or delete.
 */
final class ReadCors {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

    private ReadCors() {
    }

    /** {@code origins} as configured: empty for none, "*" for any, else exact origins. */
    static void register(Javalin app, List<String> origins) {
        if (origins.isEmpty()) {
            return;
        }
        app.before(ctx -> allow(ctx, origins));
    }

    private static void allow(Context ctx, List<String> origins) {
        String origin = ctx.header("Origin");
        if (origin == null || !isReadPath(ctx.path()) || !(origins.contains("*") || origins.contains(origin))) {
            return;
        }
        boolean preflight = "OPTIONS".equals(ctx.method().name());
        String requested = preflight ? ctx.header("Access-Control-Request-Method") : ctx.method().name();
        if (requested == null || !READ_METHODS.contains(requested)) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Expose-Headers", "ETag, Content-Disposition, X-Request-Id");
        if (preflight) {
            ctx.header("Access-Control-Allow-Methods", "GET, HEAD");
            ctx.header("Access-Control-Allow-Headers", "Accept, If-None-Match");
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(HttpStatus.NO_CONTENT);
            ctx.skipRemainingHandlers();
        }
    }

    private static boolean isReadPath(String path) {
        return path.startsWith("/api/") || path.equals(OpenApiDocument.PATH);
    }
}
