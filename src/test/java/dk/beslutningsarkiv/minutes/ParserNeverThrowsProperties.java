package dk.beslutningsarkiv.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No input makes the parser throw, and every meeting it returns has its lists. */
class ParserNeverThrowsProperties {

    private static final MinutesParser PARSER = MinutesParser.withBundledData();

    @Property(tries = 300)
    void random_text_parses_without_throwing(@ForAll("documents") String text) {
        assertWellFormed(PARSER.parse(StructuredText.fromPlainText(text), "random.txt"));
    }

    @Property(tries = 300)
    void mutated_samples_parse_without_throwing(@ForAll("mutatedSamples") String text) {
        assertWellFormed(PARSER.parse(StructuredText.fromPlainText(text), "mutated.docx"));
    }

    @Property(tries = 300)
    void random_blocks_parse_without_throwing(@ForAll("blocks") List<TextBlock> blocks) {
        assertWellFormed(PARSER.parse(new StructuredText(blocks), null));
    }

    private static void assertWellFormed(Meeting m) {
        assertThat(m).isNotNull();
        assertThat(m.id()).isNotBlank().matches("[a-z0-9-]+");
        assertThat(m.documentType()).isNotNull();
        assertThat(m.regions()).isNotNull();
        assertThat(m.participants()).isNotNull().doesNotContainNull();
        assertThat(m.absent()).isNotNull().doesNotContainNull();
        assertThat(m.projects()).isNotNull().doesNotContainNull();
        assertThat(m.warnings()).isNotNull().doesNotContainNull();
        for (AgendaItem i : m.items()) {
            assertThat(i.sections()).isNotNull().doesNotContainNull();
            assertThat(i.people()).isNotNull();
            assertThat(i.projects()).isNotNull();
            assertThat(i.attachments()).isNotNull();
            assertThat(i.title()).isNotNull();
        }
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("1.", "2.", "Punkt 3:", "Pkt. 4", "Ad 1.", "Referat", "Indstilling", "Beslutning", "Bilag",
                        "Deltagere", "Afbud", "Tid", "Sted", "Møde", "Mandag d. 31. april", "den 29. februar 2023",
                        "kl. 25:99-99", "EMN-2017-00946", "v.", "v/", "(formand)", "(A)", "LKT", "\"", "”", "Lukket:",
                        "Dagsorden til møde i", "Referat af møde i", "Sagsforløb:", "Beslutning i Udvalg den 1. maj",
                        "-", "•", "\t", "\f", ".....", "tiltrådte indstillingen", "Kommune", "Region", "Sundhedsklynge Midt"));
        return words.list().ofMaxSize(12).map(w -> String.join(" ", w)).list().ofMaxSize(60)
                .map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> mutatedSamples() {
        Arbitrary<String> seed = Arbitraries.of(Seeds.FILES).map(Seeds::raw);
        Arbitrary<List<Integer>> edits = Arbitraries.integers().between(0, 1_000_000).list().ofMaxSize(40);
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(30);
        return Combinators.combine(seed, edits, noise).as(ParserNeverThrowsProperties::mutate);
    }

    private static String mutate(String text, List<Integer> edits, String noise) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int e : edits) {
            if (lines.isEmpty()) {
                lines.add(noise);
            }
            int at = e % lines.size();
            switch (e % 5) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> {
                    int other = (e / 7) % lines.size();
                    String t = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, t);
                }
                case 3 -> lines.add(at, noise);
                default -> lines.set(at, lines.get(at).substring(0, lines.get(at).length() / 2));
            }
        }
        return String.join("\n", lines);
    }

    @Provide
    Arbitrary<List<TextBlock>> blocks() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(50),
                Arbitraries.of("Velkomst", "Punkt 1: Velkomst", "1", "Referat", "Anne Hansen, KL", "Deltagere"),
                Arbitraries.just(null));
        Arbitrary<String> label = Arbitraries.oneOf(Arbitraries.of("1.", "2.", "3)", "a)", "", "•", "99999999999."),
                Arbitraries.just(null));
        Arbitrary<TextBlock> block = Arbitraries.oneOf(
                text.map(TextBlock::paragraph),
                Combinators.combine(Arbitraries.integers().between(-1, 7), text).as(TextBlock::heading),
                Combinators.combine(Arbitraries.integers().between(-1, 4), label, text).as(TextBlock::listItem),
                Arbitraries.strings().all().ofMaxLength(20).list().ofMaxSize(4).map(TextBlock::tableRow),
                Arbitraries.just(TextBlock.pageBreak()));
        return block.list().ofMaxSize(80);
    }
}
