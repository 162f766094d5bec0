package dk.beslutningsarkiv.minutes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What kind of document was imported: an agenda, minutes, or something else. */
public enum DocumentType {
    DAGSORDEN("dagsorden"),
    REFERAT("referat"),
    UKENDT("ukendt");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static DocumentType fromLabel(String label) {
        return Arrays.stream(values())
                .filter(t -> t.label.equals(label.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown document type: " + label));
    }
}
