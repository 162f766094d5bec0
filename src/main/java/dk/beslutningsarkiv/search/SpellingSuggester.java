package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.index.WordFolding;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each plain word of a query that found nothing is replaced by the closest word
 * the archive holds (from the unstemmed words field), so suggestions are real words of the
 * documents. Quoted phrases, operators and field:value stay as typed.
 */
final class SpellingSuggester {

    private static final Pattern PLAIN_WORD = Pattern.compile("(?<![\\p{L}\\d:\"*\\\\-])(\\p{L}{3,})(?![\\p{L}\\d:*~])");
    private static final Pattern TEXT_WORD = Pattern.compile("\\p{L}+");
    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingSuggester() {
        checker.setMinQueryLength(3);
        checker.setMaxEdits(2);
    }

    /** A corrected query, or null when no word could be improved. */
    String suggest(String query, IndexReader reader) throws IOException {
        String outsideQuotes = query.replaceAll("\"[^\"]*\"", " ");
        Matcher m = PLAIN_WORD.matcher(query);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String word = m.group(1);
            String replacement = word;
            if (outsideQuotes.contains(word) && !isOperator(word)) {
                SuggestWord[] best = checker.suggestSimilar(new Term(Schema.WORDS, WordFolding.fold(word)), 1,
                        reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (best.length > 0) {
                    replacement = best[0].string;
                    changed = true;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return changed ? out.toString() : null;
    }

    /**
     * {@code corrected} with each word it put in for one of {@code query}'s written as {@code text}
     * (a hit's) writes it: the words field holds words folded ("kørdinationsforum" for
     * "koordinationsforum", "århus" for "aarhus"), which are no spelling to offer. A word the text
     * does not have (a compound's part) stays as folded.
     */
    static String asWritten(String query, String corrected, String text) {
        Map<String, String> written = new HashMap<>();
        Matcher words = TEXT_WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            written.putIfAbsent(WordFolding.fold(word), word);
        }
        String typed = query.toLowerCase(Locale.ROOT);
        Matcher m = PLAIN_WORD.matcher(corrected);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1);
            String spelled = typed.contains(word.toLowerCase(Locale.ROOT)) ? word
                    : written.getOrDefault(WordFolding.fold(word), word);
            m.appendReplacement(out, Matcher.quoteReplacement(spelled));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isOperator(String word) {
        return word.equals("OR") || word.equals("AND") || word.equals("NOT");
    }
}
