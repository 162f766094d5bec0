package dk.beslutningsarkiv.extract;

import java.time.Duration;

/** Bounds that keep one hostile file from taking the whole import down with it. */
public record ExtractionLimits(long maxFileBytes, int maxCharacters, Duration timeout) {

    public static final ExtractionLimits DEFAULT =
            new ExtractionLimits(100L * 1024 * 1024, 5_000_000, Duration.ofSeconds(60));
}
