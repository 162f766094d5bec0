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
    private List<String> rowCells;
    private StringBuilder cell;
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
                rowCells = new ArrayList<>();
            }
            case "td", "th" -> cell = new StringBuilder();
            case "br" -> append("\n");
            default -> {
                if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                    flush();
                    headingLevel = name.charAt(1) - '0';
                } else if (BLOCK_ELEMENTS.contains(name)) {
                    if (cell != null) {
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
                if (rowCells != null && cell != null) {
                    rowCells.add(cell.toString().replaceAll("\\s+", " ").strip());
                }
                cell = null;
            }
            case "tr" -> {
                if (rowCells != null && rowCells.stream().anyMatch(c -> !c.isEmpty())) {
                    blocks.add(TextBlock.tableRow(rowCells));
                }
                rowCells = null;
            }
            default -> {
                if (cell == null && (BLOCK_ELEMENTS.contains(name) || name.matches("h[1-6]"))) {
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
        if (cell != null) {
            cell.append(s);
        } else {
            text.append(s);
        }
    }

    private void separateInCell() {
        if (!cell.isEmpty()) {
            cell.append(' ');
        }
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
                blocks.add(TextBlock.heading(headingLevel, heading));
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
