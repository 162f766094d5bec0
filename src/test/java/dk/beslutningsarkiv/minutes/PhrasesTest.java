package dk.beslutningsarkiv.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Phrases tried only where their first words stand are found as a search of the whole text finds them. */
class PhrasesTest {

    private static final String[] PIECES = {"sendes", "videre", "til", "orientering", "indstilling", "indstillingen",
        "blev", "er", "godkendt", "fulgt", "udsat", "udsatte", "xudsat", " ", "  ", "\u00a0", "\n", ".", "æ", "-"};

    @Test
    void phrasesAreFoundWhereASearchFindsThem() {
        List<Phrases> all = List.of(
                new Phrases("(?U)\\b", List.of("sendes videre", "udsat"), "\\s+til\\b(?![^.]*til\\s+orientering)"),
                new Phrases("(?U)\\b", List.of("udsat", "blev godkendt"), "\\b"),
                new Phrases("", List.of("til orientering", "blev fulgt"), ""),
                new Phrases("(?U)", List.of("indstilling (?:blev |er )?(?:godkendt|fulgt)", "indstillingen er fulgt"), ""));
        Random random = new Random(5);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            for (Phrases phrases : all) {
                assertThat(phrases.foundIn(text.toString())).as("%s in [%s]", phrases.pattern(), text)
                        .isEqualTo(phrases.pattern().matcher(text).find());
            }
        }
    }
}
