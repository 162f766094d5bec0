package dk.beslutningsarkiv.extract;

import java.util.Map;
import java.util.Optional;
import org.apache.tika.mime.MediaType;

/** The document formats the archive reads, by the media type Tika detects. */
final class SupportedFormats {

    private static final Map<String, String> NAMES = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/msword", "DOC",
            "application/vnd.oasis.opendocument.text", "ODT",
            "application/rtf", "RTF",
            "text/html", "HTML",
            "application/xhtml+xml", "HTML",
            "text/plain", "TXT");

    private SupportedFormats() {
    }

    /** The short format name ("PDF", ...) of a supported media type, or empty. */
    static Optional<String> nameOf(MediaType type) {
        return Optional.ofNullable(NAMES.get(type.getBaseType().toString()));
    }

    static String list() {
        return "PDF, DOCX, DOC, ODT, RTF, HTML and TXT";
    }
}
