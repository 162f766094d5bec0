package dk.beslutningsarkiv.api;

import io.javalin.Javalin;

/**
 * Headers that make every answer, the page included, safe to render: scripts and styles only from
 * the archive's own files (no inline script, so text that slipped through as markup cannot run),
 * no framing by other sites, no guessing of content types.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    static void register(Javalin app) {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        });
    }
}
