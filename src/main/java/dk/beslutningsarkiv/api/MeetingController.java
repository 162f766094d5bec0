package dk.beslutningsarkiv.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.beslutningsarkiv.archive.OriginalStore;
import dk.beslutningsarkiv.archive.StoredOriginal;
import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.search.MeetingReader;
import dk.beslutningsarkiv.search.StoredMeeting;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Meetings, single items and the original files behind them. */
final class MeetingController {

    private final MeetingReader meetings;
    private final OriginalStore store;
    private final ObjectMapper json;

    MeetingController(MeetingReader meetings, OriginalStore store, ObjectMapper json) {
        this.meetings = meetings;
        this.store = store;
        this.json = json;
    }

    void meeting(Context ctx) throws IOException {
        StoredMeeting stored = find(ctx.pathParam("meetingId"));
        ObjectNode body = json.valueToTree(stored.meeting());
        body.put("original", originalLink(stored.meeting()));
        ctx.json(body);
    }

    void item(Context ctx) throws IOException {
        StoredMeeting stored = find(ctx.pathParam("meetingId"));
        Meeting meeting = stored.meeting();
        int number = itemNumber(ctx.pathParam("number"));
        AgendaItem item = meeting.items().stream().filter(i -> i.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("meeting " + meeting.id() + " has no item " + number));
        ObjectNode body = json.createObjectNode();
        body.put("meetingId", meeting.id());
        body.put("committee", meeting.committee());
        body.put("meetingDate", meeting.meetingDate() == null ? null : meeting.meetingDate().toString());
        body.put("documentType", meeting.documentType().label());
        body.setAll((ObjectNode) json.valueToTree(item));
        body.put("url", dk.beslutningsarkiv.search.SearchHit.permalink(meeting.id(), number));
        ctx.json(body);
    }

    void original(Context ctx) throws IOException {
        StoredMeeting stored = find(ctx.pathParam("meetingId"));
        StoredOriginal original = store.find(stored.originalSha())
                .orElseThrow(() -> new NotFoundException("the original of " + stored.meeting().id() + " is not stored"));
        String etag = "\"" + original.sha256() + "\"";
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(original.mediaType());
        ctx.header("Content-Disposition", contentDisposition(original.fileName()));
        ctx.header("Content-Length", String.valueOf(original.size()));
        InputStream in = Files.newInputStream(store.contentPath(original.sha256()));
        ctx.result(in);
    }

    private StoredMeeting find(String meetingId) throws IOException {
        if (!MeetingReader.isValidId(meetingId)) {
            throw new NotFoundException("no meeting with that id");
        }
        return meetings.find(meetingId).orElseThrow(() -> new NotFoundException("no meeting " + meetingId));
    }

    private static int itemNumber(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("no item \"" + raw + "\"");
        }
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
