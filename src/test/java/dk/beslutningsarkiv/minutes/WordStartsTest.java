package dk.beslutningsarkiv.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The word starts a text is searched at hold every match of the finders' expressions (which begin with
 * a word after a word boundary), so trying an expression only there finds what {@link Matcher#find()}
 * finds: on random texts over the characters where a boundary or a case could be misjudged.
 */
class WordStartsTest {

    private static final String[] PIECES = {"LKT", "lkt", "Lkt", "akut", "Akut", "AKUT", "plan", "planen", "gav", "Gav",
        "kast", "\u212Aast", "a\u212Aut", "KAST", "\u00b5", "\u03bc", "\u00e6r\u00f8", "\u00c6R\u00d8", "_", "7", "\u0663",
        "\u0301", "\u00e9", " ", "  ", "-", "x", ".", "\n", "'", "\"", "v.", "v/", "\ud835\udc00"};

    @Test
    void startsAreWhereAWordBeginsWithTheWordLookedFor() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random);
            WordStarts words = WordStarts.of(text);
            for (String word : List.of("akut", "LKT", "kast", "\u00e6r\u00f8", "\u00b5", "v.", "7", "'x")) {
                for (boolean ignoreCase : new boolean[] {false, true}) {
                    assertThat(words.startsOf(word, ignoreCase))
                            .as("%s in [%s], ignoring case: %s", word, text, ignoreCase)
                            .containsExactly(bruteForce(text, word, ignoreCase));
                }
            }
            assertThat(words.startsOf(List.of("gav", "akut", "LKT"))).isEqualTo(merged(bruteForce(text, "gav", false),
                    bruteForce(text, "akut", false), bruteForce(text, "LKT", false)));
        }
    }

    @Test
    void expressionsTriedAtWordStartsFindWhatFindFinds() {
        Pattern lkt = Pattern.compile("(?U)\\bLKT[- ]\\p{L}+");
        Pattern alias = Pattern.compile("(?<![\\p{L}\\d])akut[\\s\\-]+plan(?:en|et|s)?(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern kast = Pattern.compile("(?<![\\p{L}\\d])kast", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern mu = Pattern.compile("(?<![\\p{L}\\d])\u03bc", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern verb = Pattern.compile("(?U)\\bgav\\b");
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random);
            WordStarts words = WordStarts.of(text);
            assertSameAsFind(lkt, words.startsOf("LKT", false), text);
            assertSameAsFind(alias, words.startsOf("akut", true), text);
            assertSameAsFind(kast, words.startsOf("kast", true), text);
            assertSameAsFind(mu, words.startsOf("\u03bc", true), text);
            assertSameAsFind(verb, words.startsOf(List.of("gav")), text);
        }
    }

    private static void assertSameAsFind(Pattern pattern, int[] anchors, String text) {
        List<String> anchored = new ArrayList<>();
        AnchoredMatches matches = new AnchoredMatches(pattern, anchors, false, text);
        while (matches.find()) {
            anchored.add(matches.matcher().start() + "-" + matches.matcher().end());
        }
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        assertThat(anchored).as("%s in [%s]", pattern, text).isEqualTo(found);
    }

    /** Every position where the text goes on with the word and no letter or ASCII digit stands before it. */
    private static int[] bruteForce(String text, String word, boolean ignoreCase) {
        boolean wordLike = Character.isLetterOrDigit(word.charAt(0));
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i <= text.length(); i++) {
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            boolean afterWord = Character.isLetter(before) || (before >= '0' && before <= '9');
            if (text.regionMatches(ignoreCase, i, word, 0, word.length()) && !(wordLike && afterWord)) {
                at.add(i);
            }
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] merged(int[]... lists) {
        return Arrays.stream(lists).flatMapToInt(Arrays::stream).sorted().toArray();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
