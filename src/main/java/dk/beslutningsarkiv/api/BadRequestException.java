package dk.beslutningsarkiv.api;

/** A request the client got wrong; answered with 400 and the message. */
final class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadRequestException(String message) {
        super(message);
    }
}
