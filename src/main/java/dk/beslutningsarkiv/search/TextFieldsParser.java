package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.Schema;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Lucene's multi-field parser, except that a phrase is looked for only in the fields that keep
 * positions: not in the compound parts field ({@link Schema#WORDS}), where Lucene would refuse it;
 * and that a person is looked for under the spelling the archive keeps for them, as the person
 * filter does.
 */
final class TextFieldsParser extends MultiFieldQueryParser {

    private final UnaryOperator<String> canonicalPerson;

    TextFieldsParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts,
                     UnaryOperator<String> canonicalPerson) {
        super(fields, analyzer, boosts);
        this.canonicalPerson = canonicalPerson;
    }

    @Override
    protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
            throws ParseException {
        String text = Schema.PERSON.equals(field) ? canonicalPerson.apply(queryText) : queryText;
        Query query = super.newFieldQuery(analyzer, field, text, quoted);
        // Null leaves the field out of this clause (MultiFieldQueryParser skips it).
        return Schema.WORDS.equals(field) && needsPositions(query) ? null : query;
    }

    private static boolean needsPositions(Query query) {
        boolean[] phrase = {false};
        if (query != null) {
            query.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query q, Term... terms) {
                    phrase[0] |= q instanceof PhraseQuery || q instanceof MultiPhraseQuery;
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return this;
                }
            });
        }
        return phrase[0];
    }
}
