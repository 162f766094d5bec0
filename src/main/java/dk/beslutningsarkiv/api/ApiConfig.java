package dk.beslutningsarkiv.api;

import java.nio.file.Path;
import java.util.List;

/**
 * The service's settings, read once at start from flags and environment.
 * {@code uploadToken} is null when none is configured: uploads are then refused.
 */
public record ApiConfig(int port, Path dataDir, String uploadToken, long maxUploadBytes, List<String> corsOrigins,
                        Path webDir) {

    public ApiConfig {
        corsOrigins = List.copyOf(corsOrigins);
        uploadToken = uploadToken == null || uploadToken.isBlank() ? null : uploadToken;
    }
}
