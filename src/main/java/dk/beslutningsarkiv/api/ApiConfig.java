package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.search.ArchiveSearcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The service's settings, read once at start from flags and environment.
 * {@code uploadToken} is null when none is configured: uploads are then refused.
 */
public record ApiConfig(int port, Path dataDir, String uploadToken, long maxUploadBytes, List<String> corsOrigins,
                        Path webDir, Duration searchTimeout, int cachedAnswers) {

    public ApiConfig {
        corsOrigins = List.copyOf(corsOrigins);
        uploadToken = uploadToken == null || uploadToken.isBlank() ? null : uploadToken;
        searchTimeout = searchTimeout == null ? ArchiveSearcher.DEFAULT_TIMEOUT : searchTimeout;
        if (cachedAnswers < 0) {
            throw new IllegalArgumentException("the answer cache size cannot be negative");
        }
    }

    /** The settings with the default search timeout and answer cache. */
    public ApiConfig(int port, Path dataDir, String uploadToken, long maxUploadBytes, List<String> corsOrigins,
                     Path webDir) {
        this(port, dataDir, uploadToken, maxUploadBytes, corsOrigins, webDir, ArchiveSearcher.DEFAULT_TIMEOUT,
                ArchiveSearcher.DEFAULT_CACHED_ANSWERS);
    }
}
