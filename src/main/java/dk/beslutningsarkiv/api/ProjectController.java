package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.search.ItemSummary;
import dk.beslutningsarkiv.search.ProjectCatalog;
import dk.beslutningsarkiv.search.ProjectSummary;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/** {@code GET /api/projects} and {@code GET /api/projects/{name}}: the projects and one project's timeline. */
final class ProjectController {

    /** The list of projects. */
    record Projects(int total, List<ProjectSummary> projects) {
    }

    /** One project's items across committees and years, oldest first. */
    record Timeline(String name, int total, List<ItemSummary> items) {
    }

    private final ProjectCatalog catalog;

    ProjectController(ProjectCatalog catalog) {
        this.catalog = catalog;
    }

    void projects(Context ctx) throws IOException {
        List<ProjectSummary> all = catalog.all();
        ctx.json(new Projects(all.size(), all));
    }

    void project(Context ctx) throws IOException {
        String name = PathParams.name(ctx);
        List<ItemSummary> items = catalog.timeline(name);
        if (items.isEmpty()) {
            throw ApiException.notFound("no project " + name);
        }
        ctx.json(new Timeline(name, items.size(), items));
    }
}
