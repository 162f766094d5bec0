package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.search.SearchTimeoutException;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become answers: every error is {@code {"error", "status"}} in JSON,
 * and nothing internal (stack trace, class name, file path) reaches the client; it goes to the log.
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        // Javalin's own refusals (405, 413 on a declared body size, ...) carry safe, generic messages.
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() != HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
                answer(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage());
                return;
            }
            // Javalin names the path's methods under one key or the other, as the client accepts HTML or not.
            String allowed = e.getDetails().getOrDefault("availableMethods", e.getDetails().get("Available methods"));
            if (allowed != null) {
                ctx.header("Allow", allowed);
            }
            answer(ctx, HttpStatus.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed on " + ctx.path());
        });
        app.exception(SearchTimeoutException.class, (e, ctx) -> answer(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                    "internal error; the request id is " + ctx.res().getHeader(RequestIds.HEADER));
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            // Our own 404s already carry a JSON error; unknown paths get one here.
            if (!isJson(ctx)) {
                answer(ctx, HttpStatus.NOT_FOUND, "not found: " + ctx.path());
            }
        });
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(ContentType.JSON);
    }

    static void answer(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(new ApiError(message, status.getCode()));
    }
}
