package dk.beslutningsarkiv.index;

import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis of the {@link Schema#WORDS} field: whole words as written (lower case, aa/ae/oe folded,
 * no stemming), and when indexing also the words a compound is built from ({@link CompoundSplitter}),
 * after the compound and at its position (the field keeps no positions, but a token stream
 * has them), so "tvang" finds "tvangsindlæggelser". Queries are not split: a query word must
 * match a word or a part.
 */
public final class CompoundPartsAnalyzer extends Analyzer {

    /** Shorter words are rarely compounds; skipping them keeps indexing fast. */
    private static final int MIN_COMPOUND = 7;

    /** Null for queries; asked for only when a first text is analysed, so opening an index stays quick. */
    private final Supplier<CharArraySet> dictionary;

    private CompoundPartsAnalyzer(Supplier<CharArraySet> dictionary) {
        this.dictionary = dictionary;
    }

    public static CompoundPartsAnalyzer forIndexing(Supplier<CharArraySet> dictionary) {
        return new CompoundPartsAnalyzer(dictionary);
    }

    public static CompoundPartsAnalyzer forQueries() {
        return new CompoundPartsAnalyzer(null);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        if (dictionary != null) {
            CharArraySet stopWords = DanishAnalyzer.getDefaultStopSet();
            CompoundSplitter splitter = new CompoundSplitter(dictionary.get(), stopWords, CompoundDictionary.MIN_PART,
                    CompoundDictionary.MAX_PART);
            return new TokenStreamComponents(source, new WordPartsFilter(source, splitter, stopWords, MIN_COMPOUND));
        }
        TokenStream stream = new ScandinavianNormalizationFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, new StopFilter(stream, DanishAnalyzer.getDefaultStopSet()));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ScandinavianNormalizationFilter(new LowerCaseFilter(in));
    }
}
