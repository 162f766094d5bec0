package dk.beslutningsarkiv.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Matches tried only at anchors, with anchors the text cannot go on from as a match does dropped
 * first, are the matches {@link Matcher#find()} gives, on random texts of names, commas and the
 * words the patterns look for.
 */
class AnchoredMatchesTest {

    private static final String NAME = "(\\p{Lu}[\\p{L}'’]+(?:\\s+\\p{Lu}[\\p{L}'’]+){1,2})";
    private static final String ROLE_AFTER = ",\\s+(?:\\p{Ll}+\\s+){0,2}(?=\\p{Ll}*(?:leder|chef)\\b)";
    private static final String VERB = "(?:gav|sagde)\\b";
    private static final String[] PIECES = {"Anne", "Bo", "Holm", "Ærø", " ", "  ", ",", ", ", ".", "-", "'", "\n",
        "leder", "chef", "afdelingsleder", "ledere", "gav", "opgave", "sagde", "sagdes", "og", "x", "v. "};

    @Test
    void aNameBeforeAFilteredAnchorIsFoundAsFindFindsIt() {
        assertSameAsFind(Pattern.compile("(?U)" + NAME + ROLE_AFTER), List.of(","),
                Pattern.compile("(?U)" + ROLE_AFTER), 1);
        assertSameAsFind(Pattern.compile("(?U)" + NAME + "\\s+" + VERB), List.of("gav", "sagde"),
                Pattern.compile("(?U)(?<=\\s)" + VERB), 2);
    }

    @Test
    void withoutACheckEveryAnchorIsTried() {
        assertSameAsFind(Pattern.compile("(?U)" + NAME + "\\s+" + VERB), List.of("gav", "sagde"), null, 3);
        Pattern afterV = Pattern.compile("(?U)\\bv\\.\\s*" + NAME);
        Random random = new Random(4);
        for (int i = 0; i < 5_000; i++) {
            String text = randomText(random);
            assertThat(anchored(new AnchoredMatches(afterV, List.of("v."), null, false, text)))
                    .as("[%s]", text).isEqualTo(found(afterV.matcher(text)));
        }
    }

    private static void assertSameAsFind(Pattern pattern, List<String> anchors, Pattern atAnchor, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random);
            assertThat(anchored(new AnchoredMatches(pattern, anchors, atAnchor, true, text)))
                    .as("[%s]", text).isEqualTo(found(pattern.matcher(text)));
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(16); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static List<String> anchored(AnchoredMatches matches) {
        List<String> out = new ArrayList<>();
        while (matches.find()) {
            out.add(matches.matcher().start() + "-" + matches.matcher().end() + " " + matches.matcher().group(1));
        }
        return out;
    }

    private static List<String> found(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + " " + m.group(1));
        }
        return out;
    }
}
