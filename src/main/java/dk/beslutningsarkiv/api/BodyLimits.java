package dk.beslutningsarkiv.api;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;

/**
 * A size limit on every request body. Uploads have their own (the configured upload limit, enforced
 * again by the multipart reader while the body arrives); every other route reads no body, so
 * anything beyond a few kilobytes there is refused before it is read.
 */
final class BodyLimits {

    static final long OTHER_BODY_BYTES = 16 * 1024;

    private BodyLimits() {
    }

    static void register(Javalin app, long uploadBytes) {
        app.before(ctx -> {
            boolean upload = "POST".equals(ctx.method().name()) && "/api/documents".equals(ctx.path());
            long limit = upload ? uploadBytes : OTHER_BODY_BYTES;
            long declared = ctx.req().getContentLengthLong();
            boolean chunked = declared < 0 && ctx.header("Transfer-Encoding") != null;
            if (declared > limit || (chunked && !upload)) {
                // The connection closes after this answer, so the unread body costs nothing more.
                ctx.header("Connection", "close");
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, upload
                        ? "the upload is larger than the limit of " + uploadBytes / (1024 * 1024) + " MB"
                        : "this request takes no body larger than " + OTHER_BODY_BYTES / 1024 + " KB");
            }
        });
    }
}
