package dk.beslutningsarkiv.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /openapi.json describes every route the server really has, with schemas that resolve. */
class OpenApiDocumentTest {

    @TempDir
    static Path tmp;
    static TestServer server;
    static JsonNode document;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(tmp, null, 1024 * 1024, List.of("*"));
        HttpResponse<String> response = server.get("/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        document = TestServer.json(response);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyRouteOfTheServerIsDescribed() {
        List<String> missing = new ArrayList<>();
        server.app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> parsed.getEndpoint().getMethod().isHttpMethod()).forEach(parsed -> {
            String method = parsed.getEndpoint().getMethod().name().toLowerCase(Locale.ROOT);
            // Javalin writes a slash-keeping parameter as <name>; OpenAPI knows only {name}.
            String path = parsed.getEndpoint().getPath().replaceAll("<(\\w+)>", "{$1}");
            if (!document.path("paths").path(path).has(method)) {
                missing.add(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        });

        assertThat(missing).as("routes missing from /openapi.json").isEmpty();
        assertThat(document.get("openapi").asText()).startsWith("3.");
    }

    @Test
    void everySchemaReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);

        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            String name = ref.substring("#/components/schemas/".length());
            assertThat(document.path("components").path("schemas").has(name)).as(ref).isTrue();
        }
        assertThat(document.at("/components/schemas/SearchHit/properties").has("snippet")).isTrue();
        assertThat(document.at("/components/schemas/AgendaItem/properties/outcome/enum").toString())
                .contains("taget til efterretning");
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }
}
