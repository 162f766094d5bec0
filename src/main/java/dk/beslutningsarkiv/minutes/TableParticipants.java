package dk.beslutningsarkiv.minutes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads participants from table rows, with column roles from a header row (Navn, Organisation, Rolle) or guessed per cell. */
final class TableParticipants {

    private TableParticipants() {
    }

    /** Column indexes {name, organisation, role} when the row is a header row, else null. */
    static int[] columns(List<String> cells) {
        int name = -1;
        int org = -1;
        int role = -1;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).strip().toLowerCase(Locale.ROOT).replace(":", "");
            if (c.equals("navn") || c.equals("deltager") || c.equals("medlem")) {
                name = i;
            } else if (c.startsWith("organisation") || c.equals("repræsenterer") || c.equals("arbejdssted")
                    || c.equals("forvaltning") || c.equals("parti")) {
                org = i;
            } else if (c.equals("rolle") || c.equals("funktion") || c.equals("titel") || c.equals("stilling")) {
                role = i;
            }
        }
        // "Medlem" is both a column title and a role: a header row names at least two columns and no person.
        boolean header = name >= 0 && (org >= 0 || role >= 0) && cells.stream().noneMatch(PersonNames::looksLikeName);
        return header ? new int[] {name, org, role} : null;
    }

    static Optional<Participant> read(List<String> cells, int[] columns) {
        if (columns != null) {
            String name = cell(cells, columns[0]);
            if (name == null || !PersonNames.looksLikeName(name)) {
                return Optional.empty();
            }
            return Optional.of(new Participant(name, cell(cells, columns[1]), cell(cells, columns[2])));
        }
        String name = null;
        String org = null;
        String role = null;
        for (String c : cells) {
            String v = c.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (name == null && PersonNames.looksLikeName(v)) {
                name = v;
            } else if (role == null && PersonNames.containsRole(v)) {
                role = v;
            } else if (org == null) {
                org = v;
            }
        }
        return name == null ? Optional.empty() : Optional.of(new Participant(name, org, role));
    }

    private static String cell(List<String> cells, int i) {
        if (i < 0 || i >= cells.size()) {
            return null;
        }
        String v = Folding.collapse(cells.get(i));
        return v.isEmpty() ? null : v;
    }
}
