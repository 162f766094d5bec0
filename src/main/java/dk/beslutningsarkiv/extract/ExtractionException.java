package dk.beslutningsarkiv.extract;

/** A file could not be turned into text; the message is a plain reason fit to show a user. */
public final class ExtractionException extends Exception {

    public ExtractionException(String reason) {
        super(reason);
    }

    public ExtractionException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
