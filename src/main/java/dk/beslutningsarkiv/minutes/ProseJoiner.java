package dk.beslutningsarkiv.minutes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a section's lines into clean prose: wrapped lines become one paragraph, while list points,
 * table rows and lines after a colon start a new line. Bullet marks are dropped; numbers are kept.
 */
final class ProseJoiner {

    private static final Pattern BULLET = Pattern.compile("^[-–•*·▪◦]\\s*");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[a-z]?[.)]\\s.*");

    private ProseJoiner() {
    }

    static String join(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        String previous = null;
        boolean previousBullet = false;
        for (Line line : lines) {
            boolean bullet = BULLET.matcher(line.text()).find() && line.text().length() > 1;
            String text = bullet ? BULLET.matcher(line.text()).replaceFirst("") : line.display();
            if (text.isBlank()) {
                continue;
            }
            boolean newLine = previous != null && (bullet || line.isListItem() || line.isTableRow() || line.isHeading()
                    || previous.endsWith(":") || NUMBERED.matcher(text).matches()
                    || (previousBullet && Character.isUpperCase(text.codePointAt(0))));
            if (previous != null) {
                b.append(newLine ? "\n" : " ");
            }
            b.append(text);
            previous = text;
            previousBullet = bullet || line.isListItem();
        }
        return b.toString().strip();
    }

    /** One entry per line, bullet marks dropped: for attachment lists. */
    static List<String> entries(List<Line> lines) {
        return lines.stream()
                .map(l -> BULLET.matcher(l.text()).replaceFirst(""))
                .map(t -> t.replaceFirst("^PDF\\s*(?=\\S)", "").strip())
                .filter(t -> !t.isEmpty() && !t.matches("\\d{1,3}"))
                .toList();
    }
}
