package dk.beslutningsarkiv.extract;

import dk.beslutningsarkiv.minutes.StructuredText;

/** The cleaned, structured text of one file and the media type Tika detected for it. */
public record Extraction(String mediaType, StructuredText text) {
}
