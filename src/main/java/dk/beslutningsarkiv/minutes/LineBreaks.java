package dk.beslutningsarkiv.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text at line breaks by hand: {@code String.split("\r\n|\r|\n")} compiles its expression on
 * every call, and runs once per block of every imported document. Each kind of break is found with
 * {@code String.indexOf}, which the JIT vectorises, rather than by a loop over every character
 * (2.2% of an import's CPU samples): a kind the text lacks costs one scan.
 */
final class LineBreaks {

    /** Past any position: a kind of break the rest of the text lacks. */
    private static final int NONE = Integer.MAX_VALUE;

    private LineBreaks() {
    }

    /**
     * The parts between line breaks (\r\n, \r or \n, and form feeds when {@code formFeeds}),
     * empty ones included: {@code text.split("\r\n|\r|\n", -1)}.
     */
    static List<String> split(String text, boolean formFeeds) {
        List<String> parts = new ArrayList<>();
        // The next break of each kind at or after start; NONE when there is none.
        int lf = find(text, '\n', 0);
        int cr = find(text, '\r', 0);
        int ff = formFeeds ? find(text, '\f', 0) : NONE;
        int start = 0;
        for (int at = Math.min(lf, Math.min(cr, ff)); at != NONE; at = Math.min(lf, Math.min(cr, ff))) {
            parts.add(text.substring(start, at));
            start = at == cr && at + 1 == lf ? at + 2 : at + 1;
            lf = lf < start ? find(text, '\n', start) : lf;
            cr = cr < start ? find(text, '\r', start) : cr;
            ff = ff < start ? find(text, '\f', start) : ff;
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static int find(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? NONE : at;
    }
}
