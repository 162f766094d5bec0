package dk.beslutningsarkiv.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * {@code <data>/server.json}: the port of the {@code serve} running on a data folder, so other
 * commands (backup) can reach it. Only believed while the index's write lock is held; a file
 * left by a killed server is harmless, since the lock is free then.
 */
final class ServerFile {

    static final String NAME = "server.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServerFile() {
    }

    static void write(Path dataDir, int port) throws IOException {
        Path tmp = dataDir.resolve(NAME + ".tmp");
        Files.writeString(tmp, JSON.createObjectNode().put("port", port).toString());
        Files.move(tmp, dataDir.resolve(NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static OptionalInt port(Path dataDir) {
        try {
            JsonNode node = JSON.readTree(dataDir.resolve(NAME).toFile());
            return node.path("port").isInt() ? OptionalInt.of(node.get("port").asInt()) : OptionalInt.empty();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    static void delete(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(NAME));
    }
}
