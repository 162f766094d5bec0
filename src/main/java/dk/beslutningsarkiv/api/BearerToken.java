package dk.beslutningsarkiv.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Guards the endpoints that change the archive with {@code Authorization: Bearer <token>}. Tokens are
 * compared as SHA-256 digests with {@link MessageDigest#isEqual}, so the time taken tells nothing
 * about the token, not even its length.
 */
final class BearerToken {

    private static final String PREFIX = "Bearer ";
    private final byte[] expected;

    /** {@code token} null: every change is refused with 403. */
    BearerToken(String token) {
        this.expected = token == null ? null : digest(token);
    }

    void require(Context ctx) {
        if (expected == null) {
            throw new ApiException(HttpStatus.FORBIDDEN,
                    "changes are switched off: the server has no upload token (ARKIV_API_TOKEN)");
        }
        String header = ctx.header("Authorization");
        boolean bearer = header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
        if (!bearer || !MessageDigest.isEqual(expected, digest(header.substring(PREFIX.length()).strip()))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(HttpStatus.UNAUTHORIZED, "a valid Authorization: Bearer token is needed");
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
