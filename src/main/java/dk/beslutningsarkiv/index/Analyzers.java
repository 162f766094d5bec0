package dk.beslutningsarkiv.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** Which analyzer each field uses: Danish for text, none for keywords. */
public final class Analyzers {

    private Analyzers() {
    }

    public static Analyzer perField() {
        Analyzer danish = new DanishTextAnalyzer();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                Schema.TITLE, danish,
                Schema.BODY, danish,
                Schema.DECISION, danish));
    }
}
