package dk.beslutningsarkiv.index;

import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
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
    /**
     * Dictionary words that at the end of a longer word are nearly always a suffix or its ending,
     * not a word of a compound: "drøftelse" is not drøft + else, "erfaringer" not erfar + inger,
     * "orientering" not orient + e + ring, "muligheder" not mulig + heder. They still help to
     * split a word but are not its parts: as parts, among 10k generated items, "inger" (a name)
     * found 58% of them and "else" 97%.
     */
    private static final List<String> SUFFIX_WORDS = List.of("else", "elser", "elsen", "elserne", "ende", "endes",
            "inge", "inger", "ingen", "ingens", "ingerne", "ions", "ioner", "ionen", "ionerne", "isat", "ring",
            "ringen", "ringer", "rede", "lige", "ligt", "skab", "skabet", "skaber", "skabs", "hede", "heden",
            "heder", "hederne", "elle");

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
            CharArraySet notParts = new CharArraySet(stopWords, false);
            notParts.addAll(SUFFIX_WORDS);
            CompoundSplitter splitter = new CompoundSplitter(dictionary.get(), notParts, CompoundDictionary.MIN_PART,
                    CompoundDictionary.MAX_PART);
            return new TokenStreamComponents(source, new WordPartsFilter(source, splitter, stopWords, MIN_COMPOUND));
        }
        TokenStream stream = WordFolding.filter(source);
        return new TokenStreamComponents(source, new StopFilter(stream, DanishAnalyzer.getDefaultStopSet()));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return WordFolding.filter(in);
    }
}
