package dk.beslutningsarkiv.search;

/** The user's query cannot be understood; the message says why, in words fit for the user. */
public final class QuerySyntaxException extends Exception {

    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }

    public QuerySyntaxException(String message) {
        super(message);
    }
}
