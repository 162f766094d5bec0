package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.generate.CorpusGenerator;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippets' sentence boundaries: where the JDK's sentence rules put them, checked against the
 * rules written as regular expressions, in minutes and in tricky pieces; and where the JDK's own
 * iterator puts them in plain sentences.
 */
class SentenceBreaksTest {

    /** Pieces around a full stop that decide whether a sentence ends: abbreviations, numbers, quotes, case. */
    private static final String[] PIECES = {"Godkendt", "godkendt", "f.eks.", "kl.", "14", "1.", "jf.", "pkt.", "bl.a.",
        "Ærø", "øst", "Åbent", ".", "..", "?", "!", "?!", ". ", "(", ")", "\"", "'", "»", "«", "”", "“", "[",
        "]", "-", "–", "§", ":", ";", ",", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u2029", "Region", "a"};

    private static final String SPACE = "[\\t\\r\\f\\n\\u2028\\p{Zs}]";
    private static final String START = "[\\p{Ps}\\p{Pi}\"']";
    private static final String CLOSING = "\\p{Pe}\\p{Pf}\"'";
    private static final String SENTENCE_START =
            "[^\\p{L}\\p{N}\\t\\r\\f\\n\\u2028\\u2029\\p{Zs}\\p{Ps}\\p{Pi}\\p{Pe}\\p{Pf}\"'!?.,\\p{Mn}\\p{Me}\\p{Cf}]";
    /** The JDK's rules from a "?", "!" or "." on: each match's end is a boundary. */
    private static final List<Pattern> RULES = List.of(
            Pattern.compile("[!?][!?." + CLOSING + "]*+" + SPACE + "*+(?![\\u2029]|" + SPACE + ")"),
            Pattern.compile("\\.[." + CLOSING + "]*+" + SPACE + "++(?=\\p{L})(?!\\p{Ll})"),
            Pattern.compile("\\.[." + CLOSING + "]*+" + SPACE + "*+(?=(?:" + START + "|" + SENTENCE_START
                    + ")+\\p{L})"));

    @TempDir
    Path tmp;

    @Test
    void minutesBreakWhereTheRulesSay() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : List.of(TestFiles.resource("seeds"), TestFiles.resource("search/corpus"))) {
            texts.addAll(textsIn(folder, ".txt"));
        }
        new CorpusGenerator().generate(40, tmp.resolve("generated"), 3);
        texts.addAll(textsIn(tmp.resolve("generated"), ""));
        assertThat(texts).hasSizeGreaterThan(40);
        for (String text : texts) {
            assertSameBoundaries(text);
        }
    }

    @Test
    void trickyPiecesBreakWhereTheRulesSay() {
        Random random = new Random(11);
        for (int t = 0; t < 3_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) == 0) {
                    text.append(' ');
                }
            }
            assertSameBoundaries(text.toString());
        }
    }

    @Test
    void plainSentencesBreakWhereTheJdksIteratorDoes() {
        for (String text : List.of("Mødet blev holdt kl. 14. Der var f.eks. to punkter. Godkendt! Hvad nu? ja. "
                + "Næste punkt (se bilag). Sidste.", "Sagen blev drøftet.Ny uden mellemrum. \"Citat.\" Efter citat. "
                + "bl.a. Region Syddanmark. jf. pkt. 3. Slut", "Et. (Se bilag) To. «Ny» Tre. - punkt Fire. 2 Fem? 2 "
                + "Seks! a Syv.\tÆble. Øst. ådal. Ende:\n\nNy linje\n\nog mere. §3 er. 3) Otte.) Ni.\" efter. "
                + "Ti...  Elleve… Tolv;  tretten.\r\nFjorten.\u2029femten")) {
            BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
            jdk.setText(text);
            BreakIterator ours = new SentenceBreaks();
            ours.setText(text);
            assertThat(boundaries(ours)).as(text).isEqualTo(boundaries(jdk));
        }
    }

    @Test
    void movesLikeAnyBreakIterator() {
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText("Et. To? Tre");
        assertThat(breaks.last()).isEqualTo(11);
        assertThat(breaks.previous()).isEqualTo(8);
        assertThat(breaks.next(-2)).isZero();
        assertThat(breaks.previous()).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.next(2)).isEqualTo(8);
        assertThat(breaks.following(11)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.current()).as("kept").isEqualTo(8);
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.current()).as("kept").isEqualTo(8);
        assertThat(breaks.getText().getEndIndex()).isEqualTo(11);
        breaks.setText(new StringCharacterIterator("Ja. Nej"));
        assertThat(breaks.following(0)).isEqualTo(4);
    }

    /** Every boundary in order, and the one before and after every offset, as the rules put them. */
    private static void assertSameBoundaries(String text) {
        TreeSet<Integer> expected = new TreeSet<>(List.of(0, text.length()));
        for (int at = 0; at < text.length(); at++) {
            if (text.charAt(at) == '\u2029') {
                expected.add(at + 1);
            }
            for (Pattern rule : RULES) {
                Matcher m = rule.matcher(text).region(at, text.length()).useTransparentBounds(true);
                if (m.lookingAt()) {
                    expected.add(m.end());
                }
            }
        }
        BreakIterator ours = new SentenceBreaks();
        ours.setText(text);
        assertThat(boundaries(ours)).as("boundaries of [%s]", text).containsExactlyElementsOf(expected);
        for (int offset = 0; offset <= text.length(); offset++) {
            Integer after = expected.higher(offset);
            Integer before = expected.lower(offset);
            assertThat(ours.following(offset)).as("following %d in [%s]", offset, text)
                    .isEqualTo(after == null ? BreakIterator.DONE : after);
            assertThat(ours.preceding(offset)).as("preceding %d in [%s]", offset, text)
                    .isEqualTo(before == null ? BreakIterator.DONE : before);
            assertThat(ours.isBoundary(offset)).as("boundary %d in [%s]", offset, text)
                    .isEqualTo(expected.contains(offset));
        }
    }

    private static List<Integer> boundaries(BreakIterator breaks) {
        List<Integer> out = new ArrayList<>();
        for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
            out.add(b);
        }
        return out;
    }

    private static List<String> textsIn(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix))
                    .sorted().toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }
}
