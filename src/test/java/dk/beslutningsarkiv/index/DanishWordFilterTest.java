package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.DanishStemmer;

class DanishWordFilterTest {

    @Test
    void everyWordOfTheSampleMinutesAsLucenesFourFiltersTheFirstTimeAndWhenCached() throws IOException {
        Analyzer lucene = TokenStreams.analyzer(TokenStreams::lucenesDanishWords);
        Analyzer ours = TokenStreams.analyzer(in -> danishWords(in));
        String text = TokenStreams.sampleMinutes() + " Kommunerne og Regionerne i Aarhus godkendte OG indstillingerne.";

        List<String> expected = TokenStreams.tokens(lucene, text);
        int og = text.lastIndexOf("OG");
        assertThat(expected).hasSizeGreaterThan(4_000)
                .contains("kommun|1|" + text.lastIndexOf("Kommunerne") + "-" + (text.lastIndexOf("Kommunerne") + 10))
                .contains("århus|2|" + text.lastIndexOf("Aarhus") + "-" + (text.lastIndexOf("Aarhus") + 6))
                // "og" and "i" are stop words, in any case: the next word's position increment shows the gap.
                .noneMatch(t -> t.endsWith("|" + og + "-" + (og + 2)))
                .contains("indstilling|2|" + (og + 3) + "-" + (og + 3 + "indstillingerne".length()));
        // The same analyzer twice: the second pass reads every word from the cache.
        assertThat(TokenStreams.tokens(ours, text)).isEqualTo(expected);
        assertThat(TokenStreams.tokens(ours, text)).isEqualTo(expected);
    }

    @Test
    void aWordMarkedAsKeywordIsFoldedButNotStemmedAsSnowballLeavesIt() throws IOException {
        CharArraySet keywords = new CharArraySet(List.of("Kommunerne"), false);
        Analyzer lucene = TokenStreams.analyzer(in -> new SnowballFilter(new StopFilter(new ScandinavianNormalizationFilter(
                new LowerCaseFilter(new SetKeywordMarkerFilter(in, keywords))), DanishAnalyzer.getDefaultStopSet()),
                new DanishStemmer()));
        Analyzer ours = TokenStreams.analyzer(in -> danishWords(new SetKeywordMarkerFilter(in, keywords)));
        String text = "Kommunerne og kommunerne";

        assertThat(TokenStreams.tokens(ours, text)).isEqualTo(TokenStreams.tokens(lucene, text))
                .containsExactly("kommunerne|1|0-10", "kommun|2|14-24");
    }

    @Test
    void everyFormOfANounWhoseEnsIsItsOwnMeetsAtTheNounWhileGenitivesLoseTheirs() throws IOException {
        Analyzer ours = TokenStreams.analyzer(in -> danishWords(in));
        String text = "Demens demensen demenser demenserne konsekvens Konsekvenserne konsekvensens regionens regionen";

        assertThat(terms(ours, text)).containsExactly("demens", "demens", "demens", "demens",
                "konsekvens", "konsekvens", "konsekvens", "region", "region");
        // What Snowball alone makes of them: the bare nouns apart from their own inflections.
        Analyzer snowball = TokenStreams.analyzer(in -> new SnowballFilter(new LowerCaseFilter(in), new DanishStemmer()));
        assertThat(terms(snowball, "demens demensen konsekvens konsekvenser"))
                .containsExactly("dem", "demens", "konsekv", "konsekvens");
    }

    @Test
    void everyFormOfAWordInElMeetsWhetherItsEIsDroppedOrNot() throws IOException {
        Analyzer ours = TokenStreams.analyzer(in -> danishWords(in));

        assertThat(terms(ours, "regel regler Reglerne reglen regels")).containsOnly("regl");
        assertThat(terms(ours, "eksempel eksempler eksemplet")).containsOnly("eksempl");
        assertThat(terms(ours, "middel midler midlerne")).containsOnly("midl");
        assertThat(terms(ours, "fleksibel fleksible artikel artikler")).containsExactly("fleksibl", "fleksibl",
                "artikl", "artikl");
        // Short words and vowels before the -el keep their e.
        assertThat(terms(ours, "skel daniel")).containsExactly("skel", "daniel");
        // What Snowball alone makes of them: the bare word apart from its other forms.
        Analyzer snowball = TokenStreams.analyzer(in -> new SnowballFilter(new LowerCaseFilter(in), new DanishStemmer()));
        assertThat(terms(snowball, "regel regler middel midler")).containsExactly("regel", "regl", "middel", "midl");
    }

    @Test
    void accentsAreFoldedOffSoAWordIsFoundAsTypedWithoutThem() throws IOException {
        Analyzer ours = TokenStreams.analyzer(in -> danishWords(in));

        assertThat(terms(ours, "Komité komite")).containsExactly("komit", "komit");
        assertThat(terms(ours, "idéen ideen Café cafe")).containsExactly("ide", "ide", "caf", "caf");
        // Accents go before the Scandinavian folding, so both spellings meet; a letter and its accent
        // written as two characters are one; Danish letters stay as they are.
        assertThat(terms(ours, "Israël Israel")).containsExactly("isræl", "isræl");
        assertThat(terms(ours, "ide\u0301en")).containsExactly("ide");
        assertThat(terms(ours, "ærø")).containsExactly("ærø");
    }

    /** The terms alone of {@link TokenStreams#tokens}' "term|increment|offsets". */
    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return TokenStreams.tokens(analyzer, text).stream().map(t -> t.substring(0, t.indexOf('|'))).toList();
    }

    private static DanishWordFilter danishWords(TokenStream in) {
        return new DanishWordFilter(in, DanishAnalyzer.getDefaultStopSet(), LatinEnsNouns.WORDS);
    }
}
