package dk.beslutningsarkiv.minutes;

import java.util.List;

/**
 * One non-blank line of the document after light cleaning: what every step of the parser reads.
 * {@code label} is a list item's number from Word auto-numbering, {@code level} a heading level or
 * list depth; {@code rawText} keeps tabs and dot leaders for table-of-contents detection.
 */
record Line(int index, TextBlock.Kind kind, int level, String label, String text, String rawText, List<String> cells,
        boolean afterPageBreak) {

    Line {
        cells = List.copyOf(cells);
    }

    boolean isHeading() {
        return kind == TextBlock.Kind.HEADING;
    }

    boolean isListItem() {
        return kind == TextBlock.Kind.LIST_ITEM;
    }

    boolean isTableRow() {
        return kind == TextBlock.Kind.TABLE_ROW;
    }

    /** The line as printed: list label first. */
    String display() {
        return label == null || label.isBlank() ? text : label.strip() + " " + text;
    }
}
