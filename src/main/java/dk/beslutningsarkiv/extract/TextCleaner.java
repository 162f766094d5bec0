package dk.beslutningsarkiv.extract;

import dk.beslutningsarkiv.minutes.Folding;
import dk.beslutningsarkiv.minutes.StructuredText;
import dk.beslutningsarkiv.minutes.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans extracted text for the parser and the index: invisible characters, page-break leading
 * spaces, page numbers, blank lines and Markdown residue go; words broken at line ends are joined
 * again (see {@link Dehyphenator}).
 */
public final class TextCleaner {

    private static final String SPACES = " \u00A0\u2007\u202F\t";
    private static final String INVISIBLE_CHARS = "\u00AD\u200B\u200C\u200D\uFEFF";
    private static final char LOWEST_INVISIBLE = (char) INVISIBLE_CHARS.chars().min().orElseThrow();
    private static final Pattern INVISIBLE = Pattern.compile("[" + INVISIBLE_CHARS + "]");
    // Markdown residue may span lines, so openers and closers are matched on their own.
    private static final Pattern EMPHASIS_OPEN = Pattern.compile("(^|[\\s(])\\*{1,2}(?=[\\p{L}\\d])");
    private static final Pattern EMPHASIS_CLOSE = Pattern.compile("(?<=[\\p{L}\\d.,;:!?)])\\*{1,2}(?=$|[\\s.,;:!?)])");
    private static final Pattern LINK_CLOSE = Pattern.compile("]\\((#|https?://[^)\\s]*)\\)");
    private static final Pattern LINK_OPEN = Pattern.compile("(^|\\s)\\[(?=[^\\]\\s])(?=[^\\]]*(]\\(|$))");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(side\\s+)?\\d{1,4}(\\s*(af|/)\\s*\\d{1,4})?");

    private TextCleaner() {
    }

    public static StructuredText clean(StructuredText raw) {
        List<TextBlock> blocks = new ArrayList<>();
        for (TextBlock block : raw.blocks()) {
            TextBlock cleaned = cleanBlock(block);
            if (cleaned.kind() == TextBlock.Kind.PAGE_BREAK || !cleaned.text().isEmpty()) {
                blocks.add(cleaned);
            }
        }
        return new StructuredText(Dehyphenator.join(dropPageNumbers(blocks)));
    }

    private static TextBlock cleanBlock(TextBlock block) {
        if (block.kind() == TextBlock.Kind.TABLE_ROW) {
            return TextBlock.tableRow(block.cells().stream().map(TextCleaner::cleanLine).toList());
        }
        return new TextBlock(block.kind(), block.level(), block.label(), cleanLine(block.text()), block.cells());
    }

    /** One line of prose: invisible characters out, spaces folded, Markdown emphasis and links unwrapped. */
    static String cleanLine(String line) {
        String s = hasInvisible(line) ? INVISIBLE.matcher(line).replaceAll("") : line;
        s = Folding.collapseRuns(s, SPACES).strip();
        // The Markdown patterns are costly; most lines hold neither brackets nor stars.
        if (s.indexOf('[') >= 0 || s.indexOf(']') >= 0) {
            s = LINK_OPEN.matcher(LINK_CLOSE.matcher(s).replaceAll("")).replaceAll("$1");
        }
        if (s.indexOf('*') >= 0) {
            s = EMPHASIS_CLOSE.matcher(EMPHASIS_OPEN.matcher(s).replaceAll("$1")).replaceAll("");
        }
        return s;
    }

    private static boolean hasInvisible(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            // Most characters are below every invisible one and need no look-up.
            if (c >= LOWEST_INVISIBLE && INVISIBLE_CHARS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A page number alone on the first or last line of a page is a page-break artefact. */
    private static List<TextBlock> dropPageNumbers(List<TextBlock> blocks) {
        List<TextBlock> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            boolean besidePageBreak = isPageBreak(blocks, i - 1) || isPageBreak(blocks, i + 1)
                    || (i == blocks.size() - 1 && blocks.stream().anyMatch(x -> x.kind() == TextBlock.Kind.PAGE_BREAK));
            if (b.kind() == TextBlock.Kind.PARAGRAPH && besidePageBreak && PAGE_NUMBER.matcher(b.text()).matches()) {
                continue;
            }
            kept.add(b);
        }
        return kept;
    }

    private static boolean isPageBreak(List<TextBlock> blocks, int i) {
        return i >= 0 && i < blocks.size() && blocks.get(i).kind() == TextBlock.Kind.PAGE_BREAK;
    }
}
