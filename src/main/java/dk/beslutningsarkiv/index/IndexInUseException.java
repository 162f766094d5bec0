package dk.beslutningsarkiv.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (usually a running {@code serve}) holds the index's write lock. */
public final class IndexInUseException extends IOException {

    private static final long serialVersionUID = 1L;

    public IndexInUseException(Path dataDir, Throwable cause) {
        super("the archive in " + dataDir + " is in use by another process (a running serve?); "
                + "stop it, or upload through the API", cause);
    }
}
