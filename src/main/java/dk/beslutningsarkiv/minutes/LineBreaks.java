package dk.beslutningsarkiv.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text at line breaks by hand: {@code String.split("\r\n|\r|\n")} compiles its expression on
 * every call, and runs once per block of every imported document.
 */
final class LineBreaks {

    private LineBreaks() {
    }

    /**
     * The parts between line breaks (\r\n, \r or \n, and form feeds when {@code formFeeds}),
     * empty ones included: {@code text.split("\r\n|\r|\n", -1)}.
     */
    static List<String> split(String text, boolean formFeeds) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || formFeeds && c == '\f') {
                parts.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
