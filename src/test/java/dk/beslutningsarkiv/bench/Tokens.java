package dk.beslutningsarkiv.bench;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/** Runs a text through a field's analysis as indexing does, counting the tokens. */
final class Tokens {

    private Tokens() {
    }

    static int count(Analyzer analyzer, String field, String text) throws IOException {
        int tokens = 0;
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            stream.reset();
            while (stream.incrementToken()) {
                tokens++;
            }
            stream.end();
        }
        return tokens;
    }
}
