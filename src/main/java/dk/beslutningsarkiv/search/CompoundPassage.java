package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.index.WordFolding;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The passage for a hit that matched only inside a compound ("hoftebrud" in
 * "hoftebrudsforløb"): the sentence around the first word that contains a query word, with that
 * word in {@code <mark>} and everything else HTML-escaped. A plain scan of the stored text, much
 * cheaper than re-analysing it with compound splitting.
 */
final class CompoundPassage {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    private static final int MAX_PASSAGE = 240;

    private CompoundPassage() {
    }

    /** The words of the query as matched in the compound parts field. */
    static Set<String> partsOf(Query query) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Set<String> parts = new HashSet<>();
        terms.stream().filter(t -> Schema.WORDS.equals(t.field()) && t.text().length() >= 3).forEach(t -> parts.add(t.text()));
        return parts;
    }

    /** The passage, or null when no word of the text contains a part. */
    static String find(String text, Set<String> parts) {
        if (text == null || parts.isEmpty()) {
            return null;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = WordFolding.fold(m.group());
            if (parts.stream().anyMatch(word::contains)) {
                return passage(text, m.start(), m.end());
            }
        }
        return null;
    }

    /** The sentence around start..end, as the other snippets break sentences ("2. marts" goes on). */
    private static String passage(String text, int start, int end) {
        SentenceBreaks sentences = new SentenceBreaks();
        sentences.setText(text);
        int from = Math.max(sentences.preceding(start + 1), end - MAX_PASSAGE);
        int to = Math.min(sentences.following(end - 1), from + MAX_PASSAGE);
        return escape(text.substring(from, start)).stripLeading() + "<mark>" + escape(text.substring(start, end))
                + "</mark>" + escape(text.substring(end, to)).stripTrailing() + (to < text.length() ? " …" : "");
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            SnippetHtml.appendEscaped(out, s.charAt(i));
        }
        return out.toString();
    }
}
