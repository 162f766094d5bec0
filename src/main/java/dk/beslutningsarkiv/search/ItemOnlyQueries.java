package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.Schema;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Tells whether a query can match only agenda items: then it needs no "kind=item" filter, whose
 * million-entry postings a rare word's search would otherwise leapfrog through (half its cost).
 */
final class ItemOnlyQueries {

    /**
     * Fields in which only item documents have terms (meeting and person documents carry the text
     * fields empty, for dense norms).
     */
    private static final Set<String> ITEM_FIELDS = Set.of(Schema.TITLE, Schema.BODY, Schema.DECISION, Schema.WORDS,
            Schema.COMMITTEE, Schema.REGION, Schema.YEAR, Schema.PERSON, Schema.PROJECT, Schema.OUTCOME, Schema.TYPE);

    private ItemOnlyQueries() {
    }

    /**
     * True when every leaf of the query matches terms of item fields. A boolean query matches a
     * document only through one of its positive clauses (Lucene matches nothing with negative ones
     * alone), so such a query matches items only. Any other leaf (all documents, say) answers false.
     */
    static boolean matchesItemsOnly(Query query) {
        ItemFieldsOnly visitor = new ItemFieldsOnly();
        query.visit(visitor);
        return visitor.itemsOnly;
    }

    private static final class ItemFieldsOnly extends QueryVisitor {
        private boolean itemsOnly = true;

        @Override
        public void consumeTerms(Query query, Term... terms) {
            for (Term term : terms) {
                itemsOnly &= ITEM_FIELDS.contains(term.field());
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            itemsOnly &= ITEM_FIELDS.contains(field);
        }

        @Override
        public void visitLeaf(Query query) {
            itemsOnly = false;
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
        }
    }
}
