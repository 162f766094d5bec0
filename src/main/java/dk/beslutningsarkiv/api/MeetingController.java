package dk.beslutningsarkiv.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.beslutningsarkiv.archive.ArchiveChanges;
import dk.beslutningsarkiv.archive.MeetingDeletion;
import dk.beslutningsarkiv.archive.OriginalStore;
import dk.beslutningsarkiv.archive.StoredOriginal;
import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.search.MeetingReader;
import dk.beslutningsarkiv.search.SearchHit;
import dk.beslutningsarkiv.search.StoredMeeting;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Meetings, single items, the original files behind them, and deleting a meeting. */
final class MeetingController {

    private final MeetingReader meetings;
    private final OriginalStore store;
    private final ArchiveChanges changes;
    private final BearerToken token;
    private final ObjectMapper json;

    MeetingController(MeetingReader meetings, OriginalStore store, ArchiveChanges changes, BearerToken token,
                      ObjectMapper json) {
        this.meetings = meetings;
        this.store = store;
        this.changes = changes;
        this.token = token;
        this.json = json;
    }

    void meeting(Context ctx) throws IOException {
        StoredMeeting stored = find(PathParams.meetingId(ctx));
        ObjectNode body = json.valueToTree(stored.meeting());
        body.put("original", originalLink(stored.meeting()));
        ctx.json(body);
    }

    void item(Context ctx) throws IOException {
        Meeting meeting = find(PathParams.meetingId(ctx)).meeting();
        int number = PathParams.itemNumber(ctx);
        AgendaItem item = meeting.items().stream().filter(i -> i.number() == number).findFirst()
                .orElseThrow(() -> ApiException.notFound("meeting " + meeting.id() + " has no item " + number));
        ObjectNode body = json.createObjectNode();
        body.put("meetingId", meeting.id());
        body.put("committee", meeting.committee());
        body.put("meetingDate", meeting.meetingDate() == null ? null : meeting.meetingDate().toString());
        body.put("documentType", meeting.documentType().label());
        body.setAll((ObjectNode) json.valueToTree(item));
        body.put("url", SearchHit.permalink(meeting.id(), number));
        ctx.json(body);
    }

    void original(Context ctx) throws IOException {
        StoredMeeting stored = find(PathParams.meetingId(ctx));
        StoredOriginal original = store.find(stored.originalSha())
                .orElseThrow(() -> ApiException.notFound("the original of " + stored.meeting().id() + " is not stored"));
        // The bytes behind a hash never change: the hash is the perfect ETag.
        String etag = "\"" + original.sha256() + "\"";
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(original.mediaType());
        ctx.header("Content-Disposition", contentDisposition(original.fileName()));
        ctx.header("Content-Length", String.valueOf(original.size()));
        ctx.result(Files.newInputStream(store.contentPath(original.sha256())));
    }

    /** {@code DELETE /api/meetings/{id}}: gone from search at once; originals only with {@code deleteOriginal=true}. */
    void delete(Context ctx) throws IOException {
        token.require(ctx);
        String id = PathParams.meetingId(ctx);
        String raw = ctx.queryParam("deleteOriginal");
        if (raw != null && !raw.equals("true") && !raw.equals("false")) {
            throw ApiException.badRequest("deleteOriginal must be true or false, not \"" + raw + "\"");
        }
        MeetingDeletion deletion = changes.deleteMeeting(id, "true".equals(raw))
                .orElseThrow(() -> ApiException.notFound("no meeting " + id));
        ctx.json(deletion);
    }

    private StoredMeeting find(String meetingId) throws IOException {
        return meetings.find(meetingId).orElseThrow(() -> ApiException.notFound("no meeting " + meetingId));
    }

    static String originalLink(Meeting meeting) {
        return "/api/meetings/" + meeting.id() + "/original";
    }

    /** An ASCII fallback name plus the exact UTF-8 name (RFC 6266), so "Møde.pdf" survives. */
    private static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
