package dk.beslutningsarkiv.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.beslutningsarkiv.archive.ArchiveRestore;
import dk.beslutningsarkiv.archive.BackupManifest;
import dk.beslutningsarkiv.archive.FileTrees;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * A backup of an archive that a running {@code serve} holds: the server alone may touch its index,
 * so it is asked over loopback ({@code POST /api/backup} with the token) to write the backup into
 * its data folder, which is then moved to where the user wants it.
 */
final class RunningServerBackup {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningServerBackup() {
    }

    static BackupManifest backup(Path dataDir, Path target, String token) throws IOException, InterruptedException {
        OptionalInt port = ServerFile.port(dataDir);
        if (port.isEmpty()) {
            throw new IOException("the archive in " + dataDir + " is in use by a process that is not a serve "
                    + "(an import?); back it up when that is done");
        }
        if (token == null || token.isBlank()) {
            throw new IOException("a serve holds the archive; set ARKIV_API_TOKEN to its token so it can be asked for the backup");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getAsInt() + "/api/backup"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofHours(2))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("the serve on port " + port.getAsInt() + " holding " + dataDir + " did not answer: " + e.getMessage(), e);
        }
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 201) {
            throw new IOException("the serve refused the backup: " + answer.path("error").asText("status " + response.statusCode()));
        }
        Path written = dataDir.resolve(answer.get("backup").asText()).normalize();
        if (!written.startsWith(dataDir.normalize())) {
            throw new IOException("the serve answered with a backup outside its data folder");
        }
        FileTrees.move(written, target);
        return ArchiveRestore.verify(target);
    }
}
