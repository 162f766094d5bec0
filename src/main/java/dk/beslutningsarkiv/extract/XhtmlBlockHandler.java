package dk.beslutningsarkiv.extract;

import dk.beslutningsarkiv.minutes.StructuredText;
import dk.beslutningsarkiv.minutes.TextBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into {@link TextBlock}s, keeping what the parser needs: headings with
 * their level, list items with their number and depth, table rows with their cells, and page
 * breaks. Lines inside a paragraph (PDF output, {@code <br>}) become blocks of their own, as in
 * plain text.
 */
final class XhtmlBlockHandler extends DefaultHandler {

    private static final Set<String> BLOCK_ELEMENTS =
            Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote", "pre", "title", "dt", "dd");
    private static final Set<String> SKIPPED_ELEMENTS = Set.of("head", "script", "style");

    private final int maxCharacters;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Deque<ListState> lists = new ArrayDeque<>();
    /** Open table rows, innermost first: a layout table may hold another table. */
    private final Deque<RowState> rows = new ArrayDeque<>();
    /** The number cell of a layout row, put before the row's first heading ("2" + "Budget" = "2. Budget"). */
    private String rowNumber;
    private int skipDepth;
    private int headingLevel;
    private String itemLabel;
    private int pages;
    private long characters;

    XhtmlBlockHandler(int maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    StructuredText result() {
        flush();
        return new StructuredText(blocks);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.toLowerCase(Locale.ROOT);
        if (skipDepth > 0 || SKIPPED_ELEMENTS.contains(name)) {
            skipDepth++;
            return;
        }
        switch (name) {
            case "div" -> {
                flush();
                if ("page".equals(atts.getValue("class")) && pages++ > 0) {
                    blocks.add(TextBlock.pageBreak());
                }
            }
            case "ol", "ul" -> {
                flush();
                lists.push(new ListState(name.equals("ol"), startNumber(atts)));
            }
            case "li" -> {
                flush();
                ListState list = lists.peek();
                itemLabel = list == null ? null : list.nextLabel();
            }
            case "tr" -> {
                flush();
                rows.push(new RowState());
            }
            case "td", "th" -> {
                if (!rows.isEmpty()) {
                    rows.peek().cell = new StringBuilder();
                }
            }
            case "br" -> append("\n");
            default -> {
                if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                    if (inCell()) {
                        toLayout(rows.peek());
                    }
                    flush();
                    headingLevel = name.charAt(1) - '0';
                } else if (BLOCK_ELEMENTS.contains(name)) {
                    if (inCell()) {
                        separateInCell();
                    } else {
                        flush();
                    }
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.toLowerCase(Locale.ROOT);
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        switch (name) {
            case "ol", "ul" -> {
                flush();
                lists.poll();
            }
            case "td", "th" -> {
                RowState row = rows.peek();
                if (row != null && row.cell != null) {
                    String cellText = collapse(row.cell);
                    if (row.layout) {
                        paragraph(cellText);
                    } else {
                        row.cells.add(cellText);
                    }
                    row.cell = null;
                } else if (row != null && row.layout) {
                    flush();
                }
            }
            case "tr" -> {
                RowState row = rows.poll();
                if (row != null && !row.layout && row.cells.stream().anyMatch(c -> !c.isEmpty())) {
                    blocks.add(TextBlock.tableRow(row.cells));
                }
                flush();
                rowNumber = null;
            }
            default -> {
                if (!inCell() && (BLOCK_ELEMENTS.contains(name) || name.matches("h[1-6]"))) {
                    flush();
                    if (!name.equals("p") && !name.equals("div")) {
                        headingLevel = 0;
                        itemLabel = null;
                    }
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        characters += length;
        if (characters > maxCharacters) {
            throw new CharacterLimitException(maxCharacters);
        }
        append(new String(ch, start, length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        // The PDF parser reports its line ends here: they separate lines, so they count as text.
        characters(ch, start, length);
    }

    private void append(String s) {
        if (inCell()) {
            rows.peek().cell.append(s);
        } else {
            text.append(s);
        }
    }

    private boolean inCell() {
        return !rows.isEmpty() && rows.peek().cell != null;
    }

    private void separateInCell() {
        StringBuilder cell = rows.peek().cell;
        if (!cell.isEmpty()) {
            cell.append(' ');
        }
    }

    /**
     * A heading inside a table cell means the table only lays out the page (FirstAgenda puts each
     * agenda item in a row: its number in one cell, title and texts in the next). From here the
     * row's content is read as ordinary blocks, and a lone number cell before it numbers the heading.
     */
    private void toLayout(RowState row) {
        row.layout = true;
        String before = collapse(row.cell);
        row.cell = null;
        List<String> earlier = row.cells.stream().filter(c -> !c.isEmpty()).toList();
        if (earlier.size() == 1 && earlier.get(0).matches("\\d{1,3}\\.?")) {
            rowNumber = earlier.get(0).replace(".", "");
        } else {
            earlier.forEach(this::paragraph);
        }
        paragraph(before);
    }

    private void paragraph(String line) {
        if (!line.isEmpty()) {
            blocks.add(TextBlock.paragraph(line));
        }
    }

    private static String collapse(CharSequence s) {
        return s.toString().replaceAll("\\s+", " ").strip();
    }

    /** Ends the block being collected: a heading, a list item, or one paragraph per line. */
    private void flush() {
        String collected = text.toString();
        text.setLength(0);
        if (collected.isBlank()) {
            return;
        }
        if (headingLevel > 0) {
            String heading = collected.replaceAll("\\s+", " ").strip();
            if (!heading.isEmpty()) {
                blocks.add(TextBlock.heading(headingLevel, rowNumber == null ? heading : rowNumber + ". " + heading));
                rowNumber = null;
            }
        } else if (itemLabel != null || !lists.isEmpty()) {
            String item = collected.replaceAll("\\s+", " ").strip();
            if (!item.isEmpty()) {
                blocks.add(TextBlock.listItem(lists.size(), itemLabel, item));
            }
        } else {
            // Form feeds in plain text mark pages, as the page divs do in PDF output.
            StructuredText.fromPlainText(collected).blocks().stream()
                    .filter(b -> b.kind() == TextBlock.Kind.PAGE_BREAK || !b.text().isBlank())
                    .forEach(blocks::add);
        }
        headingLevel = 0;
        itemLabel = null;
    }

    private static int startNumber(Attributes atts) {
        String start = atts.getValue("start");
        return start != null && start.matches("\\d{1,6}") ? Integer.parseInt(start) : 1;
    }

    /** One open table row: its cells so far, and whether it turned out to be page layout. */
    private static final class RowState {
        private final List<String> cells = new ArrayList<>();
        private StringBuilder cell;
        private boolean layout;
    }

    /** Numbering of one open list; bullets get no label. */
    private static final class ListState {
        private final boolean ordered;
        private int next;

        ListState(boolean ordered, int start) {
            this.ordered = ordered;
            this.next = start;
        }

        String nextLabel() {
            return ordered ? (next++) + "." : null;
        }
    }

    /** Thrown from inside the SAX stream to stop a file whose text exceeds the limit. */
    static final class CharacterLimitException extends SAXException {
        private static final long serialVersionUID = 1L;

        CharacterLimitException(int limit) {
            super("more than " + limit + " characters of text");
        }
    }
}
