package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class CachedCompoundFilterTest {

    private static final CharArraySet WORDS = new CharArraySet(
            List.of("tvang", "indlæggelse", "indlæggelser", "læggelse", "hofte", "brud", "forløb", "sammen"), false);
    private static final String TEXT = "tvangsindlæggelser og hoftebrudsforløb, igen tvangsindlæggelser "
            + "og sammenhængende hoftebrudsforløb med tvang";

    @Test
    void splitsLikeLucenesDictionaryFilterTheFirstTimeAndWhenCached() throws IOException {
        Analyzer lucene = analyzer(in -> new DictionaryCompoundWordTokenFilter(in, WORDS, 7, 4, 20, false));
        Analyzer cached = analyzer(in -> new CachedCompoundFilter(in, WORDS, 7, 4, 20));

        List<String> expected = tokens(lucene, TEXT);
        assertThat(expected).contains("tvangsindlæggelser|1|0-18", "tvang|0|0-18", "indlæggelser|0|0-18",
                "hofte|0|22-38", "forløb|0|22-38");
        // The same analyzer twice: the second pass reads every split from the cache.
        assertThat(tokens(cached, TEXT)).isEqualTo(expected);
        assertThat(tokens(cached, TEXT)).isEqualTo(expected);
    }

    private static Analyzer analyzer(Function<TokenStream, TokenStream> filter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filter.apply(source));
            }
        };
    }

    /** Each token as "term|position increment|start-end". */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "|" + inc.getPositionIncrement() + "|" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        }
        return out;
    }
}
