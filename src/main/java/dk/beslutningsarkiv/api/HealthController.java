package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.Schema;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/health}: the service is up, with the size of the archive. */
final class HealthController {

    private final ArchiveIndex index;

    HealthController(ArchiveIndex index) {
        this.index = index;
    }

    void health(Context ctx) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("meetings", index.count(Schema.KIND_MEETING));
        body.put("items", index.count(Schema.KIND_ITEM));
        body.put("schemaVersion", index.schemaVersion());
        ctx.json(body);
    }
}
