package dk.beslutningsarkiv.minutes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises case numbers (sagsnumre): "EMN-2017-00946", "23/12345", KLE-style "00.01.00-A00-1-23". */
public final class CaseNumbers {

    private static final String NUMBER = "(?:[A-ZÆØÅ]{2,6}-\\d{2,4}-\\d{2,7}|\\d{2,4}/\\d{3,7}|\\d{2}\\.\\d{2}\\.\\d{2}-[A-ZÆØÅ]\\d{2}-\\d+-\\d{2})";
    private static final Pattern ALONE = Pattern.compile("^(?:(?:sagsnr|sags nr|sagsnummer|sag nr|sag|j\\.? ?nr|journalnr|"
            + "journalnummer|emnenr|dokumentnr)\\.?\\s*:?\\s*)?(" + NUMBER + ")\\.?$", Pattern.CASE_INSENSITIVE);

    private CaseNumbers() {
    }

    /** The case number when the line is nothing but one, optionally after a "Sagsnr.:" label. */
    public static Optional<String> alone(String line) {
        if (line == null) {
            return Optional.empty();
        }
        Matcher m = ALONE.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
