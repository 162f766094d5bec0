package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

/** The compound-parts field when indexing: a compound's words, but no suffix that happens to be a word. */
class CompoundPartsAnalyzerTest {

    private static final CharArraySet DICTIONARY = new CharArraySet(List.of("drøft", "else", "erfar", "inger",
            "orient", "ring", "mulig", "heder", "hofte", "brud"), false);

    @Test
    void aSuffixThatIsAlsoAWordHelpsTheSplitButIsNoPartWhileTheSameWordWrittenAloneIsKept() throws IOException {
        List<String> terms = TokenStreams.tokens(CompoundPartsAnalyzer.forIndexing(() -> DICTIONARY),
                "Drøftelse af erfaringer, orientering og muligheder om hoftebrud; Inger Ring deltog").stream()
                .map(token -> token.substring(0, token.indexOf('|')))
                .toList();

        assertThat(terms).contains("drøftelse", "drøft", "erfar", "orient", "mulig", "hofte", "brud")
                .doesNotContain("else", "heder");
        // As written alone, the name stays a word; inside the compounds it was no part.
        assertThat(terms).containsOnlyOnce("inger", "ring");
    }
}
