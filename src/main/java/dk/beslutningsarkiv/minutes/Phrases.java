package dk.beslutningsarkiv.minutes;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a text holds any of a list of phrases, with the phrases' expression tried only where one of
 * their first words stands, not at every character (as {@link Pattern#matcher}{@code .find()} would).
 * A space in a phrase stands for one or more spaces; after its first word, which is matched as
 * printed, a phrase may hold regular expression syntax.
 */
final class Phrases {

    private final Pattern pattern;
    private final List<String> firstWords;

    /** {@code before} (flags, word bounds, look-behinds: nothing that takes characters) and {@code after} go around the phrases. */
    Phrases(String before, List<String> phrases, String after) {
        this.pattern = Pattern.compile(before + "(?:"
                + phrases.stream().map(p -> p.replace(" ", "\\s+")).collect(Collectors.joining("|")) + ")" + after);
        this.firstWords = phrases.stream().map(p -> p.split(" ", 2)[0]).distinct().toList();
    }

    /** The expression the phrases make, for comparing with a plain search. */
    Pattern pattern() {
        return pattern;
    }

    boolean foundIn(String text) {
        return new AnchoredMatches(pattern, firstWords, null, false, text).find();
    }
}
