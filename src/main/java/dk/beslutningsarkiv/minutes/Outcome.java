package dk.beslutningsarkiv.minutes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The outcome of an agenda item, in the fixed Danish vocabulary of the contract. */
public enum Outcome {
    GODKENDT("godkendt"),
    TAGET_TIL_EFTERRETNING("taget til efterretning"),
    DROEFTET("drøftet"),
    BESLUTTET("besluttet"),
    UDSAT("udsat"),
    AFVIST("afvist"),
    OVERSENDT("oversendt");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static Outcome fromLabel(String label) {
        return Arrays.stream(values())
                .filter(o -> o.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown outcome: " + label));
    }
}
