package dk.beslutningsarkiv.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.beslutningsarkiv.archive.MeetingDeletion;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.search.PersonProfile;
import dk.beslutningsarkiv.search.SearchResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3 description of every route, served at {@code /openapi.json}. Operations are listed
 * here; their schemas come from the answer records ({@link RecordSchemas}). A test compares this
 * document with the routes Javalin actually has, so a route missing here fails the build.
 */
final class OpenApiDocument {

    static final String PATH = "/openapi.json";
    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");

    private final ObjectMapper json;
    private final RecordSchemas schemas;
    private final ObjectNode paths;

    private OpenApiDocument(ObjectMapper json) {
        this.json = json;
        this.schemas = new RecordSchemas(json);
        this.paths = json.createObjectNode();
    }

    static ObjectNode build(ObjectMapper json) {
        return new OpenApiDocument(json).document();
    }

    private ObjectNode document() {
        ObjectNode doc = json.createObjectNode().put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Beslutningsarkiv").put("version", "1")
                .put("description", "Search and archive of Danish health-governance agendas and minutes. "
                        + "Errors are {\"error\", \"status\"}.");
        readRoutes();
        writeRoutes();
        doc.set("paths", paths);
        ObjectNode components = doc.putObject("components");
        schemas.ref(ApiError.class);
        components.set("schemas", schemas.components());
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        return doc;
    }

    private void readRoutes() {
        ObjectNode answers = responses(200, jsonContent(statusWith("meetings", "items", "schemaVersion")));
        answers.set("503", jsonContent(statusWith("filesDone", "files")).put("description", "The index is being"
                + " rebuilt after an upgrade (status \"rebuilding\"); every route answers 503 until then"));
        operation("get", "/api/health", "Health", "The service is up, with the size of the archive")
                .set("responses", answers);

        ObjectNode search = operation("get", "/api/search", "Search",
                "Agenda items matching the query and filters, with facets; format=csv streams every match as CSV");
        search.set("parameters", searchParameters(true));
        ObjectNode found = jsonContent(schemas.ref(SearchResponse.class));
        ((ObjectNode) found.get("content")).putObject("text/csv").putObject("schema").put("type", "string");
        search.set("responses", responses(200, found, 400));

        ObjectNode feed = operation("get", "/api/search.atom", "Search",
                "The same search as an Atom feed, newest meetings first (size entries, default 20)");
        feed.set("parameters", searchParameters(false));
        ObjectNode atom = json.createObjectNode().put("description", "OK");
        atom.putObject("content").putObject("application/atom+xml").putObject("schema").put("type", "string");
        feed.set("responses", responses(200, atom, 400));

        ObjectNode suggest = operation("get", "/api/suggest", "Search",
                "Typeahead: committees, projects and people with a word starting with q, then words of the archive");
        suggest.withArray("parameters").add(parameter("q", "query", type("string"), true))
                .add(parameter("limit", "query", type("integer"), false));
        suggest.set("responses", responses(200, jsonContent(schemas.ref(SuggestController.Suggestions.class)), 400));

        ObjectNode meeting = json.createObjectNode();
        meeting.putArray("allOf").add(schemas.ref(Meeting.class)).add(strings("original"));
        operation("get", "/api/meetings/{meetingId}", "Meetings", "The parsed meeting and the link to its original")
                .set("responses", responses(200, jsonContent(meeting), 404));

        ObjectNode item = json.createObjectNode();
        ObjectNode itemMeeting = strings("meetingId", "committee", "meetingDate", "documentType", "url");
        item.putArray("allOf").add(schemas.ref(AgendaItem.class)).add(itemMeeting);
        operation("get", "/api/meetings/{meetingId}/items/{number}", "Meetings", "One agenda item with its meeting's id, committee and date")
                .set("responses", responses(200, jsonContent(item), 404));

        ObjectNode file = json.createObjectNode().put("description", "The file as imported, with its media type; "
                + "ETag is its SHA-256 and Content-Disposition its file name");
        file.putObject("content").putObject("*/*").putObject("schema").put("type", "string").put("format", "binary");
        ObjectNode original = operation("get", "/api/meetings/{meetingId}/original", "Meetings", "Download the original file");
        original.set("responses", responses(200, file, 304, 404));

        operation("get", "/api/projects", "Projects", "Every project with its number of items and first and last dates")
                .set("responses", responses(200, jsonContent(schemas.ref(ProjectController.Projects.class))));
        operation("get", "/api/projects/{name}", "Projects", "A project's items across committees and years, oldest first")
                .set("responses", responses(200, jsonContent(schemas.ref(ProjectController.Timeline.class)), 400, 404));
        operation("get", "/api/people/{name}", "People",
                "Meetings attended and items presented or named in, spelling variants merged")
                .set("responses", responses(200, jsonContent(schemas.ref(PersonProfile.class)), 400, 404));
        operation("get", "/api/cases/{caseNumber}", "Cases", "Every item that handled the case number, oldest first")
                .set("responses", responses(200, jsonContent(schemas.ref(CaseController.Case.class)), 400, 404));

        ObjectNode page = json.createObjectNode().put("description", "The web page");
        page.putObject("content").putObject("text/html").putObject("schema").put("type", "string");
        operation("get", "/moeder/{meetingId}", "Web page", "The web page opened on one meeting")
                .set("responses", responses(200, page));
        operation("get", PATH, "Web page", "This document")
                .set("responses", responses(200, jsonContent(json.createObjectNode().put("type", "object"))));
    }

    private void writeRoutes() {
        ObjectNode upload = operation("post", "/api/documents", "Changes",
                "Upload one file (multipart part \"file\"); the meeting is searchable when the answer comes");
        upload.putArray("security").addObject().putArray("bearer");
        ObjectNode body = upload.putObject("requestBody").put("required", true);
        ObjectNode form = body.putObject("content").putObject("multipart/form-data").putObject("schema").put("type", "object");
        form.putObject("properties").putObject(DocumentController.PART).put("type", "string").put("format", "binary");
        ObjectNode answers = responses(201, jsonContent(schemas.ref(UploadAnswer.class)), 400, 401, 403, 413, 415, 422);
        answers.set("200", jsonContent(schemas.ref(UploadAnswer.class)).put("description", "The same bytes were imported before"));
        upload.set("responses", answers);

        ObjectNode delete = operation("delete", "/api/meetings/{meetingId}", "Changes",
                "Remove a meeting from the index; its originals too with deleteOriginal=true");
        delete.putArray("security").addObject().putArray("bearer");
        delete.withArray("parameters").add(parameter("deleteOriginal", "query", type("boolean"), false));
        delete.set("responses", responses(200, jsonContent(schemas.ref(MeetingDeletion.class)), 400, 401, 403, 404));

        ObjectNode backup = operation("post", "/api/backup", "Changes",
                "Write a consistent backup of the running archive into the data folder's backups/ (what `backup --to` asks for)");
        backup.putArray("security").addObject().putArray("bearer");
        backup.set("responses", responses(201, jsonContent(schemas.ref(BackupController.BackupAnswer.class)), 401, 403, 409));
    }

    private ObjectNode operation(String method, String path, String tag, String summary) {
        ObjectNode op = (paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path)).putObject(method);
        op.put("summary", summary).putArray("tags").add(tag);
        Matcher m = PATH_PARAM.matcher(path);
        while (m.find()) {
            ObjectNode schema = type(m.group(1).equals("number") ? "integer" : "string");
            op.withArray("parameters").add(parameter(m.group(1), "path", schema, true));
        }
        return op;
    }

    private ArrayNode searchParameters(boolean withFormat) {
        ArrayNode params = json.createArrayNode();
        params.add(parameter("q", "query", type("string"), false));
        for (String dim : Schema.FACET_DIMENSIONS) {
            ObjectNode repeatable = json.createObjectNode().put("type", "array");
            repeatable.set("items", type("string"));
            params.add(parameter(dim, "query", repeatable, false));
        }
        params.add(parameter("from", "query", type("string").put("format", "date"), false));
        params.add(parameter("to", "query", type("string").put("format", "date"), false));
        ObjectNode sort = type("string");
        sort.putArray("enum").add("relevance").add("date");
        params.add(parameter("sort", "query", sort, false));
        params.add(parameter("page", "query", type("integer").put("minimum", 1), false));
        params.add(parameter("size", "query", type("integer").put("minimum", 1).put("maximum", 100), false));
        if (withFormat) {
            ObjectNode format = type("string");
            format.putArray("enum").add("json").add("csv");
            params.add(parameter("format", "query", format, false));
        }
        return params;
    }

    private ObjectNode parameter(String name, String in, ObjectNode schema, boolean required) {
        ObjectNode p = json.createObjectNode().put("name", name).put("in", in).put("required", required);
        p.set("schema", schema);
        return p;
    }

    /** An object of a string "status" and the integer {@code counts}. */
    private ObjectNode statusWith(String... counts) {
        ObjectNode status = strings("status");
        for (String count : counts) {
            ((ObjectNode) status.get("properties")).set(count, type("integer"));
        }
        return status;
    }

    /** The success answer plus the error answers, which all share the error schema. */
    private ObjectNode responses(int status, ObjectNode success, int... errors) {
        ObjectNode responses = json.createObjectNode();
        if (!success.has("description")) {
            success.put("description", "OK");
        }
        responses.set(String.valueOf(status), success);
        for (int error : errors) {
            ObjectNode answer = error == 304 ? json.createObjectNode().put("description", "Not modified")
                    : jsonContent(schemas.ref(ApiError.class)).put("description", "Error " + error);
            responses.set(String.valueOf(error), answer);
        }
        return responses;
    }

    private ObjectNode jsonContent(ObjectNode schema) {
        ObjectNode response = json.createObjectNode();
        response.putObject("content").putObject("application/json").set("schema", schema);
        return response;
    }

    private ObjectNode type(String type) {
        return json.createObjectNode().put("type", type);
    }

    /** An object schema of string properties. */
    private ObjectNode strings(String... properties) {
        ObjectNode o = json.createObjectNode().put("type", "object");
        ObjectNode props = o.putObject("properties");
        for (String property : properties) {
            props.set(property, type("string"));
        }
        return o;
    }
}
