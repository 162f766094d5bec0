package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.search.MeetingReader;
import io.javalin.http.Context;

/**
 * Validates the path parameters that name things, before they reach the index or the disk: ids are
 * slugs, names are short printable text. A malformed id cannot exist, so it is a 404, like an unknown one.
 */
final class PathParams {

    private static final int MAX_NAME_LENGTH = 200;

    private PathParams() {
    }

    static String meetingId(Context ctx) {
        String id = ctx.pathParam("meetingId");
        if (!MeetingReader.isValidId(id)) {
            throw ApiException.notFound("no meeting with that id");
        }
        return id;
    }

    static int itemNumber(Context ctx) {
        String raw = ctx.pathParam("number");
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no item \"" + raw + "\"");
        }
    }

    /** A project or person name: printable, at most 200 characters. */
    static String name(Context ctx) {
        String name = ctx.pathParam("name").strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("a name must be 1 to " + MAX_NAME_LENGTH + " printable characters");
        }
        return name;
    }
}
