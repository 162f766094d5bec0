package dk.beslutningsarkiv.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Loops that replaced regular expressions on the parser's hot path answer as the expressions did,
 * on random strings over the characters where they could differ (spaces, dashes, line breaks, case).
 */
class HandWrittenMatchersTest {

    private static final Pattern DASHES = Pattern.compile("\\s*[\\-\u2010\u2011\u2012\u2013\u2014\u2212]\\s*");
    private static final Pattern ROLE = Pattern.compile("(?iu).*(direktør|chef|formand|forperson|forkvinde|leder|konsulent|"
            + "sekretær|koordinator|medarbejder|borgmester|rådmand|overlæge|cheflæge|læge|sygeplejerske|specialist|"
            + "fuldmægtig|rådgiver|medlem|referent|repræsentant|tovholder|analytiker|projektejer|dirigent|ordstyrer|"
            + "kommunaldirektør|sundhedsfaglig|observatør|gæst|oplægsholder|psykolog|terapeut|jordemoder|"
            + "medformand|næstformand|næstforperson)$");
    private static final String SPACES = " \t\n\u000b\f\r\u00a0";

    @Test
    void nameKeysJoinDashesAsTheRegularExpressionDid() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String text = random(random, "ab -\u2013\u2212\u2010\t\n\u00a0\u2028Ø", 12);
            String spaced = Folding.collapseRuns(text.strip(), SPACES).toLowerCase(Locale.ROOT);
            assertThat(Folding.key(text)).as("key of [%s]", text).isEqualTo(DASHES.matcher(spaced).replaceAll("-"));
        }
    }

    @Test
    void spaceRunsCollapseAsTheRegularExpressionCollapsedThem() {
        Random random = new Random(5);
        // The parser's sets of spaces, and one without the plain space.
        for (String spaces : List.of(SPACES, " \u00a0\u2007\u202f\u200b", " \u00A0\u2007\u202F\t", "\t\u00a0")) {
            StringBuilder anyOf = new StringBuilder();
            spaces.chars().forEach(c -> anyOf.append(String.format("\\u%04x", c)));
            Pattern run = Pattern.compile("[" + anyOf + "]+");
            for (int i = 0; i < 20_000; i++) {
                String text = random(random, "ab  \t\n\u00a0\u2007\u202f\u200bæ", 14);
                assertThat(Folding.collapseRuns(text, spaces)).as("[%s] with [%s]", text, spaces)
                        .isEqualTo(run.matcher(text).replaceAll(" "));
            }
        }
    }

    @Test
    void lineBreaksSplitAsTheRegularExpressionSplit() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String text = random(random, "a\r\n\f\u2028 ", 10);
            assertThat(LineBreaks.split(text, false)).as("[%s]", text).containsExactly(text.split("\r\n|\r|\n", -1));
            assertThat(LineBreaks.split(text, true)).as("[%s] with form feeds", text)
                    .containsExactly(text.split("\r\n|\r|\n|\f", -1));
        }
    }

    @Test
    void roleWordsAreFoundAsTheRegularExpressionFoundThem() {
        Random random = new Random(11);
        String[] endings = {"leder", "LEDER", "Formand", "læge", "LÆGE", "gæst", "chef", "medlem", "xyz", ""};
        for (int i = 0; i < 20_000; i++) {
            String word = random(random, "aøÆ \n\u0085\u2028K", 3) + endings[random.nextInt(endings.length)]
                    + (random.nextInt(8) == 0 ? random(random, " \n\u2029x", 2) : "");
            assertThat(PersonNames.isRole(word)).as("role [%s]", word).isEqualTo(ROLE.matcher(word.strip()).matches());
        }
        assertThat(PersonNames.isRole("Afdelingsleder")).isTrue();
        assertThat(PersonNames.isRole("Ledelse")).isFalse();
    }

    @Test
    void nameWordsAreTheLettersBetweenSpacesAsTheRegularExpressionsHadThem() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            String text = random(random, "ab z'-.\t\n\u000b\r\u00a0\u2028Aø1", 14);
            List<String> expected = Arrays.stream(text.replaceAll("[^a-z\\s]", "").split("\\s+"))
                    .filter(w -> !w.isEmpty()).toList();
            assertThat(PersonMatcher.letterWords(text)).as("words of [%s]", text).isEqualTo(expected);
        }
    }

    @Test
    void aLineTakenForProseAtAGlanceIsNoHeading() {
        Random random = new Random(17);
        String[] starts = {"", "Administrationens bemærkninger", "supplerende  sagsfremstilling", "Indstilling til punktet",
            "Beslutning i Magistraten den 2. september 2025"};
        String[] pieces = {"indstilling", "til", "punktet", "beslutning", "Beslutning", "i", "bilag", "og", "b", "B", "x",
            " ", "  ", "\t", "\u00a0", "\u2028", "\u3000", ".", "..", ":", ",", "\n"};
        int prose = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder line = new StringBuilder(random.nextBoolean() ? " \u00a0" : "")
                    .append(starts[random.nextInt(starts.length)]);
            for (int n = random.nextInt(8); n > 0; n--) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = line.toString();
            if (!SectionHeadings.couldBeHeading(text)) {
                prose++;
                assertThat(SectionHeadings.read(text)).as("heading [%s]", text).isNull();
            }
        }
        assertThat(prose).isGreaterThan(5_000);
        assertThat(SectionHeadings.known("  Administrationens\u00a0bemærkninger ..")).isNotNull();
    }

    private static String random(Random random, String alphabet, int maxLength) {
        StringBuilder out = new StringBuilder();
        for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
