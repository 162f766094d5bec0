package dk.beslutningsarkiv.index;

import dk.beslutningsarkiv.testsupport.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DanishStemmer;

/** Analyzers built from one filter over the standard tokenizer, and their tokens as comparable strings. */
final class TokenStreams {

    private TokenStreams() {
    }

    static Analyzer analyzer(Function<TokenStream, TokenStream> filter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filter.apply(source));
            }
        };
    }

    /**
     * Lucene's own filters for what {@link DanishWordFilter} does: lower case, Scandinavian folding,
     * stop words, {@link LatinEnsNouns} marked as keywords, Snowball; then {@link ElSyncope}.
     */
    static TokenStream lucenesDanishWords(TokenStream in) {
        return new ElSyncopeFilter(new SnowballFilter(new SetKeywordMarkerFilter(new StopFilter(
                WordFolding.filter(in), DanishAnalyzer.getDefaultStopSet()),
                LatinEnsNouns.WORDS), new DanishStemmer()));
    }

    /** {@link ElSyncope} as a filter of its own, on the stems of words not marked as keywords. */
    private static final class ElSyncopeFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        ElSyncopeFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!keyword.isKeyword()) {
                char[] stem = ElSyncope.apply(Arrays.copyOf(term.buffer(), term.length()));
                term.copyBuffer(stem, 0, stem.length);
            }
            return true;
        }
    }

    /** Each token as "term|position increment|start-end". */
    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
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

    /** The five sample minutes' texts, one after the other. */
    static String sampleMinutes() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(TestFiles.resource("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                text.append(Files.readString(file)).append('\n');
            }
        }
        return text.toString();
    }

    /** Every attribute of each token, then of the stream's end: what an indexer could read from it. */
    static List<String> attributes(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            stream.reset();
            while (stream.incrementToken()) {
                out.add(stream.reflectAsString(false));
            }
            stream.end();
            out.add("end " + stream.reflectAsString(false));
        }
        return out;
    }
}
