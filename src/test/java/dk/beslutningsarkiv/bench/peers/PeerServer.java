package dk.beslutningsarkiv.bench.peers;

import dk.beslutningsarkiv.api.ApiError;
import dk.beslutningsarkiv.api.PeerSearchParams;
import dk.beslutningsarkiv.index.MeetingJson;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin HTTP adapter in front of a peer: our {@code GET /api/search}, parameters and answer
 * shape, on Javalin as ours, backed by PostgreSQL or OpenSearch.
 * <pre>
 * PeerServer --backend postgres --jdbc jdbc:postgresql://127.0.0.1:5433/arkiv?user=arkiv [--port 7172]
 * PeerServer --backend opensearch --url http://127.0.0.1:9201 [--index items] [--port 7173]
 * </pre>
 */
public final class PeerServer {

    private static final Logger LOG = LoggerFactory.getLogger(PeerServer.class);
    /** The benchmark's most connections: one database connection each, so none waits for another. */
    static final int POOL_SIZE = 16;

    private PeerServer() {
    }

    public static void main(String[] args) throws SQLException {
        Args options = Args.parse(args);
        PeerBackend backend = backend(options);
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(MeetingJson.MAPPER, false));
        });
        app.get("/api/search", ctx -> ctx.json(backend.search(PeerSearchParams.from(ctx))));
        app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).json(new ApiError(e.getMessage(), 400)));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("search failed: {}", ctx.queryString(), e);
            ctx.status(500).json(new ApiError(e.getMessage(), 500));
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                backend.close();
            } catch (java.io.IOException e) {
                LOG.warn("closing the backend: {}", e.getMessage());
            }
        }));
        app.start("127.0.0.1", Integer.parseInt(options.get("port", "7172")));
    }

    private static PeerBackend backend(Args options) throws SQLException {
        return switch (options.required("backend")) {
            case "postgres" -> new PostgresBackend(ConnectionPool.open(options.required("jdbc"), POOL_SIZE));
            case "opensearch" -> new OpenSearchBackend(URI.create(options.required("url")), options.get("index", "items"));
            default -> throw new IllegalArgumentException("--backend must be postgres or opensearch");
        };
    }
}
