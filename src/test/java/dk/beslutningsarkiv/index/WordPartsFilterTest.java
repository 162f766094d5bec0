package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.junit.jupiter.api.Test;

/** The same tokens as Lucene's lower case, Scandinavian normalization, dictionary compound and stop filters. */
class WordPartsFilterTest {

    private static final CharArraySet WORDS = new CharArraySet(
            List.of("tvang", "indlæggelse", "indlæggelser", "læggelse", "hofte", "brud", "forløb", "sammen", "hæng"), false);
    private static final String TEXT = "Tvangsindlæggelser og hoftebrudsforløb, igen TVANGSINDLÆGGELSER "
            + "og sammenhængende Hoftebrudsforløb med tvang i Aarhus";

    @Test
    void splitsLikeLucenesDictionaryFilterTheFirstTimeAndWhenCached() throws IOException {
        CharArraySet stop = new CharArraySet(List.of("og", "med"), false);
        List<String> expected = TokenStreams.tokens(lucene(WORDS, stop), TEXT);
        assertThat(expected).contains("tvangsindlæggelser|1|0-18", "tvang|0|0-18", "indlæggelser|0|0-18",
                "hoftebrudsforløb|2|22-38", "hofte|0|22-38", "forløb|0|22-38", "århus|1|111-117");
        // The same analyzer twice: the second pass reads every word from the cache.
        Analyzer ours = ours(WORDS, stop);
        assertThat(TokenStreams.tokens(ours, TEXT)).isEqualTo(expected);
        assertThat(TokenStreams.tokens(ours, TEXT)).isEqualTo(expected);
    }

    @Test
    void aCompoundThatIsAStopWordAndAPartThatIsOneLeaveThePositionsAsTheStopFilterDoes() throws IOException {
        CharArraySet stop = new CharArraySet(List.of("hoftebrudsforløb", "brud", "og", "tvang"), false);

        List<String> expected = TokenStreams.tokens(lucene(WORDS, stop), TEXT);
        assertThat(expected).contains("hofte|2|22-38").doesNotContain("brud|0|22-38").contains("i|2|109-110");
        assertThat(TokenStreams.tokens(ours(WORDS, stop), TEXT)).isEqualTo(expected);
        assertThat(TokenStreams.attributes(ours(WORDS, stop), TEXT + " og"))
                .isEqualTo(TokenStreams.attributes(lucene(WORDS, stop), TEXT + " og"));
    }

    @Test
    void splitsTheSampleMinutesWithTheArchivesDictionaryLikeLucene() throws IOException {
        CharArraySet dictionary = CompoundDictionary.get();
        CharArraySet stop = DanishAnalyzer.getDefaultStopSet();
        String text = TokenStreams.sampleMinutes();

        List<String> expected = TokenStreams.tokens(lucene(dictionary, stop), text);
        assertThat(expected.stream().filter(t -> t.contains("|0|"))).hasSizeGreaterThan(1_000);
        Analyzer ours = ours(dictionary, stop);
        assertThat(TokenStreams.tokens(ours, text)).isEqualTo(expected);
        assertThat(TokenStreams.tokens(ours, text)).isEqualTo(expected);
    }

    private static Analyzer lucene(CharArraySet dictionary, CharArraySet stop) {
        return TokenStreams.analyzer(in -> new StopFilter(new DictionaryCompoundWordTokenFilter(
                new ScandinavianNormalizationFilter(new LowerCaseFilter(in)), dictionary, 7, 4, 20, false), stop));
    }

    private static Analyzer ours(CharArraySet dictionary, CharArraySet stop) {
        return TokenStreams.analyzer(in -> new WordPartsFilter(in, dictionary, stop, 7, 4, 20));
    }
}
