package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

/** Words as written, folded, then their parts at the word's position and offsets; stop words leave their positions. */
class WordPartsFilterTest {

    private static final CharArraySet WORDS = new CharArraySet(
            List.of("tvang", "indlæggelse", "indlæggelser", "læggelse", "sind", "hofte", "brud", "forløb"), false);
    private static final String TEXT = "Tvangsindlæggelser og hoftebrudsforløb, igen TVANGSINDLÆGGELSER med tvang i Aarhus";

    @Test
    void emitsEachWordThenItsPartsTheFirstTimeAndWhenCached() throws IOException {
        CharArraySet stop = new CharArraySet(List.of("og", "med"), false);
        List<String> expected = List.of("tvangsindlæggelser|1|0-18", "tvang|0|0-18", "indlæggelse|0|0-18",
                "indlæggelser|0|0-18", "hoftebrudsforløb|2|22-38", "hofte|0|22-38", "brud|0|22-38", "forløb|0|22-38",
                "igen|1|40-44", "tvangsindlæggelser|1|45-63", "tvang|0|45-63", "indlæggelse|0|45-63",
                "indlæggelser|0|45-63", "tvang|2|68-73", "i|1|74-75", "århus|1|76-82");
        // The same analyzer twice: the second pass reads every word from the cache.
        Analyzer ours = analyzer(stop);
        assertThat(TokenStreams.tokens(ours, TEXT)).isEqualTo(expected);
        assertThat(TokenStreams.tokens(ours, TEXT)).isEqualTo(expected);
    }

    @Test
    void aCompoundThatIsAStopWordAndAPartThatIsOneLeaveThePositionsAsTheStopFilterDoes() throws IOException {
        CharArraySet stop = new CharArraySet(List.of("hoftebrudsforløb", "brud", "og", "tvang"), false);

        assertThat(TokenStreams.tokens(analyzer(stop), TEXT + " og")).containsSubsequence(
                "indlæggelse|0|0-18", "hofte|2|22-38", "forløb|0|22-38", "igen|1|40-44")
                .doesNotContain("brud|0|22-38", "tvang|0|0-18").endsWith("i|2|74-75", "århus|1|76-82");
        assertThat(TokenStreams.attributes(analyzer(stop), TEXT + " og").getLast())
                .contains("positionIncrement=1", "endOffset=85");
    }

    private static Analyzer analyzer(CharArraySet stop) {
        CompoundSplitter splitter = new CompoundSplitter(WORDS, stop, CompoundDictionary.MIN_PART, CompoundDictionary.MAX_PART);
        return TokenStreams.analyzer(in -> new WordPartsFilter(in, splitter, stop, 7));
    }
}
