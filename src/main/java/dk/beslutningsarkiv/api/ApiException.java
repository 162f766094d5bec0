package dk.beslutningsarkiv.api;

import io.javalin.http.HttpStatus;

/** A request that cannot be answered as asked: the status and a message fit for the client. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient HttpStatus status;

    ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, message);
    }
}
