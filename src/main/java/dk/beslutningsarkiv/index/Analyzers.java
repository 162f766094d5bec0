package dk.beslutningsarkiv.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** Which analyzer each field uses: Danish for text, compound parts for {@link Schema#WORDS}, none for keywords. */
public final class Analyzers {

    private Analyzers() {
    }

    /** What the writer uses: compounds are split into their parts. */
    public static Analyzer forIndexing() {
        return perField(CompoundPartsAnalyzer.forIndexing(CompoundDictionary::get));
    }

    /** What queries use: the same, except that a query word is never split. */
    public static Analyzer forQueries() {
        return perField(CompoundPartsAnalyzer.forQueries());
    }

    private static Analyzer perField(Analyzer words) {
        Analyzer danish = new DanishTextAnalyzer();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                Schema.TITLE, danish,
                Schema.BODY, danish,
                Schema.DECISION, danish,
                Schema.WORDS, words));
    }
}
