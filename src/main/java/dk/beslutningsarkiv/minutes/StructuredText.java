package dk.beslutningsarkiv.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Extracted text as a sequence of blocks: what the parser reads. Plain text (one block per line)
 * and Tika's XHTML (headings, list items, table rows) both arrive in this form.
 */
public record StructuredText(List<TextBlock> blocks) {

    public StructuredText {
        blocks = List.copyOf(blocks);
    }

    /** Plain text as one paragraph block per line; form feeds become page breaks. */
    public static StructuredText fromPlainText(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        for (String line : LineBreaks.split(text, false)) {
            String[] pages = line.split("\f", -1);
            for (int i = 0; i < pages.length; i++) {
                if (i > 0) {
                    blocks.add(TextBlock.pageBreak());
                }
                blocks.add(TextBlock.paragraph(pages[i]));
            }
        }
        return new StructuredText(blocks);
    }

    /** The text as lines, page breaks as form feeds: what a plain-text reader of the document sees. */
    public String plainText() {
        return blocks.stream()
                .map(b -> b.kind() == TextBlock.Kind.PAGE_BREAK ? "\f" : b.asLine())
                .collect(Collectors.joining("\n"));
    }
}
