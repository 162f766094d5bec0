package dk.beslutningsarkiv.extract;

import dk.beslutningsarkiv.minutes.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins words that a layout broke at a line end ("efter-" + "retning"), also across page breaks,
 * while real hyphens survive: suspended compounds ("Lærings-" + "og Kvalitetsteams"), names and
 * acronyms ("Høeg-" + "Jensen", "LKT-" + "sekretariatet") and numbers ("15-" + "17årige").
 * The rest of the next line stays on its own line, so the line structure the parser reads holds.
 */
final class Dehyphenator {

    private static final Pattern BROKEN_END = Pattern.compile("(\\S*?)([\\p{L}\\d]+)-$");
    private static final Pattern NEXT_WORD = Pattern.compile("^(\\S+)\\s*(.*)$");
    // After a hyphen these words make a suspended compound: "patient- og pårørendeinddragelse".
    private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt", "til", "og/eller", "el.", "resp.", "&");

    private Dehyphenator() {
    }

    static List<TextBlock> join(List<TextBlock> blocks) {
        List<TextBlock> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            TextBlock current = out.get(i);
            if (!isProse(current)) {
                continue;
            }
            // Cheap test first: most lines do not end in a hyphen.
            if (!current.text().endsWith("-")) {
                continue;
            }
            Matcher end = BROKEN_END.matcher(lastWord(current.text()));
            int next = nextProse(out, i);
            if (!end.matches() || next < 0 || endsWithSpacedDash(current.text())) {
                continue;
            }
            Matcher word = NEXT_WORD.matcher(out.get(next).text());
            if (!word.matches() || CONJUNCTIONS.contains(word.group(1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String first = word.group(1);
            // A fragment that is broken again at once means the layout broke at a real hyphen first.
            boolean brokenTwice = word.group(2).isEmpty() && first.endsWith("-");
            String joined = brokenTwice || keepsHyphen(end.group(2), first)
                    ? current.text() + first
                    : current.text().substring(0, current.text().length() - 1) + first;
            out.set(i, withText(current, joined));
            String rest = word.group(2);
            if (rest.isEmpty()) {
                out.remove(next);
            } else {
                out.set(next, withText(out.get(next), rest));
            }
            i--; // the joined line may itself end in a broken word now
        }
        return out;
    }

    /** The last whitespace-separated word of a line, where a broken word would be. */
    private static String lastWord(String text) {
        int space = text.lastIndexOf(' ');
        return space < 0 ? text : text.substring(space + 1);
    }

    /** The hyphen is part of the word when either half is a name, an acronym or a number. */
    private static boolean keepsHyphen(String left, String right) {
        char r = right.charAt(0);
        boolean leftAcronym = left.length() >= 2 && left.equals(left.toUpperCase(Locale.ROOT)) && left.chars().anyMatch(Character::isLetter);
        return Character.isUpperCase(r) || Character.isDigit(r) || !Character.isLetter(r)
                || Character.isDigit(left.charAt(left.length() - 1)) || leftAcronym || left.length() == 1;
    }

    private static boolean endsWithSpacedDash(String text) {
        return text.length() >= 2 && text.charAt(text.length() - 2) == ' ';
    }

    /** The next block of prose, skipping page breaks; -1 when another kind of block comes first. */
    private static int nextProse(List<TextBlock> blocks, int from) {
        for (int j = from + 1; j < blocks.size(); j++) {
            TextBlock b = blocks.get(j);
            if (b.kind() == TextBlock.Kind.PAGE_BREAK) {
                continue;
            }
            return isProse(b) ? j : -1;
        }
        return -1;
    }

    private static boolean isProse(TextBlock b) {
        return b.kind() == TextBlock.Kind.PARAGRAPH || b.kind() == TextBlock.Kind.LIST_ITEM;
    }

    private static TextBlock withText(TextBlock b, String text) {
        return new TextBlock(b.kind(), b.level(), b.label(), text, b.cells());
    }
}
