package dk.beslutningsarkiv.api;

/** The one error shape of the API: {@code {"error": "...", "status": N}}. */
public record ApiError(String error, int status) {
}
