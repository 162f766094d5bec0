package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.DanishStemmer;

class CachedStemFilterTest {

    private static final CharArraySet KEYWORDS = new CharArraySet(List.of("kommunerne"), false);

    @Test
    void stemsEveryWordOfTheSampleMinutesLikeSnowballTheFirstTimeAndWhenCached() throws IOException {
        Analyzer snowball = TokenStreams.analyzer(
                in -> new SnowballFilter(new SetKeywordMarkerFilter(new LowerCaseFilter(in), KEYWORDS), new DanishStemmer()));
        Analyzer cached = TokenStreams.analyzer(
                in -> new CachedStemFilter(new SetKeywordMarkerFilter(new LowerCaseFilter(in), KEYWORDS)));
        String text = TokenStreams.sampleMinutes() + " Kommunerne og regionerne godkendte indstillingerne.";

        List<String> expected = TokenStreams.tokens(snowball, text);
        assertThat(expected).hasSizeGreaterThan(5_000)
                .contains("kommunerne|1|" + text.lastIndexOf("Kommunerne") + "-" + (text.lastIndexOf("Kommunerne") + 10))
                .anyMatch(t -> t.startsWith("region|"));
        // The same analyzer twice: the second pass reads every stem from the cache.
        assertThat(TokenStreams.tokens(cached, text)).isEqualTo(expected);
        assertThat(TokenStreams.tokens(cached, text)).isEqualTo(expected);
    }
}
