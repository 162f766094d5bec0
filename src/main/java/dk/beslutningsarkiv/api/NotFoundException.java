package dk.beslutningsarkiv.api;

/** Something the client named does not exist; answered with 404 and the message. */
final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotFoundException(String message) {
        super(message);
    }
}
