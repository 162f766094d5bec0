package dk.beslutningsarkiv.archive;

import java.time.Instant;

/** One original file kept byte for byte, named by the SHA-256 of its content. */
public record StoredOriginal(String sha256, String fileName, String mediaType, long size, Instant importedAt) {
}
