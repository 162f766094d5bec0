package dk.beslutningsarkiv.minutes;

/** One headed section of an agenda item (Indstilling, Sagsfremstilling, Referat, ...), in document order. */
public record Section(String heading, String text) {
}
