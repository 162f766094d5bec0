package dk.beslutningsarkiv.bench.peers;

import dk.beslutningsarkiv.search.SnippetHtml;

/**
 * Snippets marked with two control characters that minutes never hold, turned into our snippet
 * form: HTML-escaped text whose only markup is {@code <mark>} (escaped by our own
 * {@link SnippetHtml}). Marking with {@code <mark>} itself
 * would not do, as the text could not be escaped afterwards.
 */
final class MarkedText {

    static final char START = '\u0002';
    static final char STOP = '\u0003';

    private MarkedText() {
    }

    static String toHtml(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(marked.length() + 32);
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case START -> out.append("<mark>");
                case STOP -> out.append("</mark>");
                default -> SnippetHtml.appendEscaped(out, c);
            }
        }
        return out.toString();
    }
}
