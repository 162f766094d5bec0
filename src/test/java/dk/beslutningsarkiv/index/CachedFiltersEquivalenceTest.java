package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.junit.jupiter.api.Test;

/**
 * The cached filters leave every attribute of every token, and of the stream's end, as Lucene's own
 * filters do, in the chains the archive builds, on random texts through one reused analyzer each.
 * (Written from a review's fuzz test.)
 */
class CachedFiltersEquivalenceTest {

    private static final CharArraySet DICTIONARY = new CharArraySet(List.of("tvang", "indlæggelse", "indlæggelser",
            "sag", "sags", "behandling", "og", "for", "skole", "vej", "vejen", "læg", "ind", "at", "der", "kommune", "plan"),
            false);
    private static final String[] WORDS = {"tvangsindlæggelser", "og", "sagsbehandling", "skolevejen", "for", "at",
        "der", "kommuneplan", "Kommuneplanen", "æblegrød", "aarhus", "hvorfor", "indlæggelse", "x",
        "sagsbehandlingsforløb", "skulle", "være", "hendes", "Regionerne", "15-17årige", "demens", "DEMENSEN",
        "Konsekvens", "konsekvenserne", "regionens",
        // Stop words in capitals, letters whose case or folding is unusual, surrogate pairs, a token
        // longer than the tokenizer's limit (position increments above one).
        "OG", "HENDES", "Saadan", "TVANGSINDLÆGGELSER", "ÄÖ", "ß", "ẞ", "ǅ", "Σας", "𐐀𐐨bc", "𝐀𝐁", "x".repeat(300)};

    private static final CompoundSplitter SPLITTER =
            new CompoundSplitter(DICTIONARY, DanishAnalyzer.getDefaultStopSet(), 2, 15);

    @Test
    void wordsAndPartsAsLucenesFoldingCompoundAndStopFiltersSplittingAlike() throws IOException {
        assertSameOnRandomTexts(
                in -> new WordPartsFilter(in, SPLITTER, DanishAnalyzer.getDefaultStopSet(), 7),
                in -> new StopFilter(new SplittingFilter(folded(in)), DanishAnalyzer.getDefaultStopSet()));
    }

    /** Lucene's own compound filter machinery (attribute states, offsets, positions) around the same splitter. */
    private static final class SplittingFilter extends CompoundWordTokenFilterBase {

        SplittingFilter(TokenStream input) {
            super(input, DICTIONARY, 7, 2, 15, false);
        }

        @Override
        protected void decompose() {
            int[] parts = SPLITTER.parts(Arrays.copyOf(termAtt.buffer(), termAtt.length()));
            for (int i = 0; i < parts.length; i += 2) {
                tokens.add(new CompoundToken(parts[i], parts[i + 1]));
            }
        }
    }

    @Test
    void danishWordsAsLucenesLowerCaseScandinavianStopAndSnowballFilters() throws IOException {
        assertSameOnRandomTexts(
                in -> new DanishWordFilter(in, DanishAnalyzer.getDefaultStopSet(), LatinEnsNouns.WORDS),
                in -> new Unmarked(TokenStreams.lucenesDanishWords(in)));
    }

    /**
     * Lucene's keyword marker leaves its mark on the tokens it keeps from the stemmer; ours keeps
     * them without marking them, as nothing after it reads the mark.
     */
    private static final class Unmarked extends TokenFilter {
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        Unmarked(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            keyword.setKeyword(false);
            return true;
        }
    }

    private static void assertSameOnRandomTexts(UnaryOperator<TokenStream> ours, UnaryOperator<TokenStream> lucenes)
            throws IOException {
        Analyzer cached = TokenStreams.analyzer(ours);
        Analyzer lucene = TokenStreams.analyzer(lucenes);
        Random random = new Random(1);
        for (int text = 0; text < 3_000; text++) {
            StringBuilder words = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                words.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? ", " : " ");
            }
            String t = words.toString();
            assertThat(TokenStreams.attributes(cached, t)).as(t).isEqualTo(TokenStreams.attributes(lucene, t));
        }
        // More distinct words than a cache keeps: it is emptied and filled again on the way.
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 120_000; i++) {
            many.append(WORDS[i % WORDS.length].length() > 50 ? "y" : WORDS[i % WORDS.length]).append(i).append(' ');
        }
        String t = many.toString();
        assertThat(TokenStreams.attributes(cached, t)).isEqualTo(TokenStreams.attributes(lucene, t));
    }

    private static TokenStream folded(TokenStream in) {
        return WordFolding.filter(in);
    }
}
