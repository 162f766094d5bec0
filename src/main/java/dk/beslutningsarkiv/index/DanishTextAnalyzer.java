package dk.beslutningsarkiv.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Danish analysis for the text fields: lower case, æ/ø/å and ae/oe/aa folded to one form
 * ("Aarhus" = "Århus") and accents off ({@link WordFolding}), Danish stop words, Snowball stemming
 * (but for {@link LatinEnsNouns}).
 */
public final class DanishTextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new DanishWordFilter(source, DanishAnalyzer.getDefaultStopSet(),
                LatinEnsNouns.WORDS));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return WordFolding.filter(in);
    }
}
