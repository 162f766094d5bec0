package dk.beslutningsarkiv.api;

import io.javalin.Javalin;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Gives every request an id, in the answer's {@code X-Request-Id}, in the log's MDC and on its log line. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Logger REQUESTS = LoggerFactory.getLogger("requests");

    private RequestIds() {
    }

    static void register(Javalin app) {
        app.before(ctx -> {
            String requestId = UUID.randomUUID().toString().substring(0, 8);
            MDC.put("requestId", requestId);
            ctx.header(HEADER, requestId);
        });
        app.after(ctx -> MDC.remove("requestId"));
    }

    /** The request log line; it is written after the MDC is cleared, so it names the id itself. */
    static void log(io.javalin.http.Context ctx, float ms) {
        REQUESTS.info("{} {} {} {} ms [{}]", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms),
                ctx.res().getHeader(HEADER));
    }
}
