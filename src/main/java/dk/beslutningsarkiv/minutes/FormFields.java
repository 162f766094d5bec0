package dk.beslutningsarkiv.minutes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a form line of a header into label and value: "Sted: Regionshuset", "Tid Mandag d. 17. april",
 * or a table row ["Mødedato:", "8. oktober 2025"]. Labels come back in lower case without the colon.
 */
final class FormFields {

    static final Set<String> LABELS = Set.of("møde", "mødedato", "dato", "tid", "tidspunkt", "mødetid", "dato og tid",
            "mødetidspunkt", "tid og sted", "sted", "mødested", "lokale", "lokation", "mødelokale", "adresse", "udvalg",
            "mødeforum", "forum", "organ", "mødeleder", "referent", "sagsnr", "sagsnr.", "sagsnummer", "sag nr.",
            "j.nr.", "journalnr.", "dirigent", "ordstyrer", "information", "mødedeltagere");

    private FormFields() {
    }

    static Optional<String[]> split(Line line) {
        if (line.isTableRow()) {
            List<String> cells = line.cells().stream().filter(c -> !c.isBlank()).toList();
            if (cells.size() == 2) {
                String label = normal(cells.get(0));
                if (LABELS.contains(label) || LABELS.contains(label + ".")) {
                    return Optional.of(new String[] {label.replaceAll("\\.$", ""), cells.get(1).strip()});
                }
            }
            return Optional.empty();
        }
        String text = line.text();
        int colon = text.indexOf(':');
        if (colon > 0 && colon < 25) {
            String label = normal(text.substring(0, colon));
            if (LABELS.contains(label) || LABELS.contains(label + ".")) {
                return Optional.of(new String[] {label.replaceAll("\\.$", ""), text.substring(colon + 1).strip()});
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String label : LABELS) {
            if (text.length() > label.length() + 1 && lower.startsWith(label + " ")
                    && !LABELS.contains(normal(text))) {
                String value = text.substring(label.length() + 1).strip();
                // "Tid og sted ..." must not be read as "Tid" + "og sted ...": take the longest label.
                String longer = LABELS.stream().filter(l -> l.length() > label.length()
                        && lower.startsWith(l + " ")).findFirst().orElse(null);
                if (longer == null && !value.isEmpty()) {
                    return Optional.of(new String[] {label.replaceAll("\\.$", ""), value});
                }
            }
        }
        return Optional.empty();
    }

    private static String normal(String s) {
        return Folding.collapse(s).replaceAll(":$", "").strip().toLowerCase(Locale.ROOT);
    }
}
