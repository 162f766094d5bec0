package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.index.Analyzers;
import dk.beslutningsarkiv.index.Schema;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

/** A word is looked for in every text field, a phrase only in those that keep positions. */
class UserQueryParserTest {

    private final UserQueryParser parser = new UserQueryParser(Analyzers.forQueries(), SynonymExpander.none());

    @Test
    void aWordIsAlsoLookedForAmongTheCompoundParts() throws QuerySyntaxException {
        assertThat(fields("tvang")).containsExactlyInAnyOrder(Schema.TITLE, Schema.DECISION, Schema.BODY, Schema.WORDS);
    }

    @Test
    void aPhraseIsLookedForInTheTextFieldsOnly() throws QuerySyntaxException {
        assertThat(fields("\"siddende patientbefordring\"")).containsExactlyInAnyOrder(Schema.TITLE, Schema.DECISION,
                Schema.BODY);
        // Parts the user wrote together become a phrase too.
        assertThat(fields("15-17årige")).doesNotContain(Schema.WORDS).contains(Schema.BODY);
        assertThat(fields("\"siddende patientbefordring\"~2")).doesNotContain(Schema.WORDS).contains(Schema.BODY);
        assertThat(fields("tvang \"siddende patientbefordring\"")).contains(Schema.WORDS);
        // One word in quotes is a word: it is also looked for among the compound parts.
        assertThat(fields("\"tvang\"")).contains(Schema.WORDS);
    }

    private Set<String> fields(String query) throws QuerySyntaxException {
        Set<Term> terms = new HashSet<>();
        parser.parse(query).visit(QueryVisitor.termCollector(terms));
        Set<String> fields = new HashSet<>();
        terms.forEach(t -> fields.add(t.field()));
        return fields;
    }
}
