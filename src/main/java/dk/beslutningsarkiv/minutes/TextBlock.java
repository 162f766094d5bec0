package dk.beslutningsarkiv.minutes;

import java.util.List;

/**
 * One block of extracted text with the structure the source gave it. {@code label} is a list
 * item's printed or generated number ("1.", "a)") or null; {@code level} is a heading's level
 * (1-6) or a list item's nesting depth (1 = top), 0 otherwise. Table rows keep their cells.
 */
public record TextBlock(Kind kind, int level, String label, String text, List<String> cells) {

    /** The kinds of block the extractor distinguishes. */
    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW, PAGE_BREAK }

    public TextBlock {
        cells = List.copyOf(cells);
    }

    public static TextBlock paragraph(String text) {
        return new TextBlock(Kind.PARAGRAPH, 0, null, text, List.of());
    }

    public static TextBlock heading(int level, String text) {
        return new TextBlock(Kind.HEADING, level, null, text, List.of());
    }

    public static TextBlock listItem(int depth, String label, String text) {
        return new TextBlock(Kind.LIST_ITEM, depth, label, text, List.of());
    }

    public static TextBlock tableRow(List<String> cells) {
        return new TextBlock(Kind.TABLE_ROW, 0, null, String.join("\t", cells), cells);
    }

    public static TextBlock pageBreak() {
        return new TextBlock(Kind.PAGE_BREAK, 0, null, "", List.of());
    }

    /** The block as a line of plain text, list label first, table cells separated by tabs. */
    public String asLine() {
        return label == null ? text : label + " " + text;
    }
}
