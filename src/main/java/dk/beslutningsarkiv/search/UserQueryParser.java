package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.CaseNumbers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Turns what a user types into a Lucene query: words all required, "phrases", -exclusion, OR,
 * prefix*, and field:value for the keyword fields. Title and decision weigh more than body text.
 */
public final class UserQueryParser {

    private static final String[] TEXT_FIELDS = {Schema.TITLE, Schema.DECISION, Schema.BODY, Schema.WORDS};
    // Whole words in the title weigh most; a compound part alone weighs least, so exact words rank first.
    private static final Map<String, Float> BOOSTS =
            Map.of(Schema.TITLE, 3f, Schema.DECISION, 2f, Schema.BODY, 1f, Schema.WORDS, 0.4f);
    private static final Set<String> FIELDS = Set.of(Schema.TITLE, Schema.DECISION, Schema.BODY, Schema.COMMITTEE,
            Schema.PERSON, Schema.PROJECT, Schema.REGION, Schema.OUTCOME, Schema.TYPE, Schema.YEAR);
    private static final int MAX_QUERY_LENGTH = 1_000;
    /** Terms and clauses after synonym expansion: far above what a person types, far below a costly query. */
    static final int MAX_QUERY_PARTS = 512;
    private static final Pattern FIELD_PREFIX = Pattern.compile("(?<![\\\\\\w])([\\p{L}\\d]+):");

    private final Analyzer analyzer;
    private final SynonymExpander synonyms;
    private final UnaryOperator<String> canonicalPerson;

    public UserQueryParser(Analyzer analyzer, SynonymExpander synonyms) {
        this(analyzer, synonyms, UnaryOperator.identity());
    }

    /** {@code canonicalPerson}: the spelling the archive keeps for a name, so person:"..." finds every spelling. */
    public UserQueryParser(Analyzer analyzer, SynonymExpander synonyms, UnaryOperator<String> canonicalPerson) {
        this.analyzer = analyzer;
        this.synonyms = synonyms;
        this.canonicalPerson = canonicalPerson;
    }

    public Query parse(String text) throws QuerySyntaxException {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new QuerySyntaxException("the query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        QueryParser parser = new TextFieldsParser(TEXT_FIELDS, analyzer, BOOSTS, canonicalPerson);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // A leading wildcard would scan every term of the index.
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        // "SAM:BO" or "15-17årige" are one thing to the user: their parts must stand together.
        parser.setAutoGeneratePhraseQueries(true);
        // A case number pasted alone ("EMN-2025-008308", "23/12345") finds the items of that case
        // besides any text that quotes it; its "/" and ":" are no query syntax.
        Optional<String> caseNumber = CaseNumbers.alone(text);
        String words = caseNumber.map(QueryParser::escape).orElse(text);
        try {
            Query query = everythingBut(parser.parse(synonyms.expand(escapeUnknownFields(words))));
            return checkCost(caseNumber.isEmpty() ? query : orCase(query, caseNumber.get()));
        } catch (ParseException e) {
            throw new QuerySyntaxException("the query cannot be read: " + QueryMistakes.describe(text), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("the query expands to too many terms; make it more specific", e);
        }
    }

    /** {@code query} or the items of case {@code number}, kept as printed: as typed, or in capitals. */
    private static Query orCase(Query query, String number) {
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
        for (String spelling : new LinkedHashSet<>(List.of(number, number.toUpperCase(Locale.ROOT)))) {
            either.add(new TermQuery(new Term(Schema.CASE_NUMBER, spelling)), BooleanClause.Occur.SHOULD);
        }
        return either.build();
    }

    /**
     * Exclusions alone ("-tvang", "NOT tvang", also as a group in parentheses) mean everything but
     * those: Lucene's query of exclusions alone matches nothing.
     */
    private static Query everythingBut(Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean onlyExclusions = !bool.clauses().isEmpty();
        for (BooleanClause clause : bool.clauses()) {
            out.add(everythingBut(clause.query()), clause.occur());
            onlyExclusions &= clause.occur() == BooleanClause.Occur.MUST_NOT;
        }
        if (onlyExclusions) {
            out.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        return out.build();
    }

    /** Refuses what would be costly to run: regular expressions (they may scan every term) and too many parts. */
    private static Query checkCost(Query query) throws QuerySyntaxException {
        int[] parts = {0};
        boolean[] regexp = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                parts[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query q) {
                parts[0]++;
                regexp[0] |= q instanceof RegexpQuery;
            }

            @Override
            public void consumeTermsMatching(Query q, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
                parts[0]++;
                regexp[0] |= q instanceof RegexpQuery;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (regexp[0]) {
            throw new QuerySyntaxException("regular expressions (/.../) are not supported; use words, \"phrases\" or prefix*");
        }
        if (parts[0] > MAX_QUERY_PARTS) {
            throw new QuerySyntaxException("the query has more than " + MAX_QUERY_PARTS + " parts; make it shorter");
        }
        return query;
    }

    /** A colon after anything but a known field name is text ("SAM:BO", "Bemærk:"), not a field. */
    static String escapeUnknownFields(String text) {
        Matcher m = FIELD_PREFIX.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = FIELDS.contains(m.group(1)) ? m.group() : m.group(1) + "\\:";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
