package dk.beslutningsarkiv.search;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Says what keeps a query from being read in the user's terms (a quotation mark or parenthesis
 * left open, an operator without its word), rather than the parser's grammar and a column in the
 * text after synonym expansion, which is not the text the user typed.
 */
final class QueryMistakes {

    private static final Pattern LEADING_WILDCARD = Pattern.compile("(^|[\\s(\"+:-])[*?]");
    private static final Set<String> JOINING = Set.of("AND", "OR", "&&", "||");

    private QueryMistakes() {
    }

    /** The mistake in {@code text}, a query the parser refused. */
    static String describe(String text) {
        boolean quoted = false;
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                open++;
            } else if (!quoted && c == ')') {
                if (open == 0) {
                    return "a closing parenthesis has no opening one";
                }
                open--;
            }
        }
        if (quoted) {
            return "a quotation mark (\") is not closed";
        }
        if (open > 0) {
            return "a parenthesis is not closed";
        }
        if (LEADING_WILDCARD.matcher(text).find()) {
            return "a word cannot start with * or ?";
        }
        if (operatorWithoutWord(List.of(text.strip().split("\\s+")))) {
            return "AND and OR need a word on each side, NOT a word after it";
        }
        return "check its quotation marks, parentheses and AND, OR and NOT";
    }

    private static boolean operatorWithoutWord(List<String> words) {
        if (JOINING.contains(words.getFirst()) || isOperator(words.getLast())) {
            return true;
        }
        for (int i = 1; i < words.size(); i++) {
            // "AND NOT" and "OR NOT" are read as one: the NOT needs the word.
            if (isOperator(words.get(i - 1)) && JOINING.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOperator(String word) {
        return JOINING.contains(word) || word.equals("NOT") || word.equals("!");
    }
}
