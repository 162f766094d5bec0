package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.junit.jupiter.api.Test;

class CachedCompoundFilterTest {

    private static final CharArraySet WORDS = new CharArraySet(
            List.of("tvang", "indlæggelse", "indlæggelser", "læggelse", "hofte", "brud", "forløb", "sammen"), false);
    private static final String TEXT = "tvangsindlæggelser og hoftebrudsforløb, igen tvangsindlæggelser "
            + "og sammenhængende hoftebrudsforløb med tvang";

    @Test
    void splitsLikeLucenesDictionaryFilterTheFirstTimeAndWhenCached() throws IOException {
        Analyzer lucene = TokenStreams.analyzer(in -> new DictionaryCompoundWordTokenFilter(in, WORDS, 7, 4, 20, false));
        Analyzer cached = TokenStreams.analyzer(in -> new CachedCompoundFilter(in, WORDS, 7, 4, 20));

        List<String> expected = TokenStreams.tokens(lucene, TEXT);
        assertThat(expected).contains("tvangsindlæggelser|1|0-18", "tvang|0|0-18", "indlæggelser|0|0-18",
                "hofte|0|22-38", "forløb|0|22-38");
        // The same analyzer twice: the second pass reads every split from the cache.
        assertThat(TokenStreams.tokens(cached, TEXT)).isEqualTo(expected);
        assertThat(TokenStreams.tokens(cached, TEXT)).isEqualTo(expected);
    }

    @Test
    void leavesTheSameTokensToAStopFilterAfterIt() throws IOException {
        // A compound that is a stop word itself, and a part that is one: the positions must still add up.
        CharArraySet stop = new CharArraySet(List.of("hoftebrudsforløb", "brud", "og"), false);
        Analyzer lucene = TokenStreams.analyzer(
                in -> new StopFilter(new DictionaryCompoundWordTokenFilter(in, WORDS, 7, 4, 20, false), stop));
        Analyzer cached = TokenStreams.analyzer(in -> new StopFilter(new CachedCompoundFilter(in, WORDS, 7, 4, 20), stop));

        List<String> expected = TokenStreams.tokens(lucene, TEXT);
        assertThat(expected).contains("hofte|2|22-38").doesNotContain("brud|0|22-38");
        assertThat(TokenStreams.tokens(cached, TEXT)).isEqualTo(expected);
        assertThat(TokenStreams.tokens(cached, TEXT)).isEqualTo(expected);
    }

    @Test
    void splitsTheSampleMinutesWithTheArchivesDictionaryLikeLucene() throws IOException {
        CharArraySet dictionary = CompoundDictionary.get();
        Analyzer lucene = TokenStreams.analyzer(in -> new StopFilter(new DictionaryCompoundWordTokenFilter(
                new ScandinavianNormalizationFilter(new LowerCaseFilter(in)), dictionary, 7, 4, 20, false),
                DanishAnalyzer.getDefaultStopSet()));
        Analyzer cached = TokenStreams.analyzer(in -> new StopFilter(new CachedCompoundFilter(
                new ScandinavianNormalizationFilter(new LowerCaseFilter(in)), dictionary, 7, 4, 20),
                DanishAnalyzer.getDefaultStopSet()));
        String text = TokenStreams.sampleMinutes();

        List<String> expected = TokenStreams.tokens(lucene, text);
        assertThat(expected.stream().filter(t -> t.contains("|0|"))).hasSizeGreaterThan(1_000);
        assertThat(TokenStreams.tokens(cached, text)).isEqualTo(expected);
        assertThat(TokenStreams.tokens(cached, text)).isEqualTo(expected);
    }
}
