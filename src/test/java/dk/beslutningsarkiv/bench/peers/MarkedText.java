package dk.beslutningsarkiv.bench.peers;

/**
 * Snippets marked with two control characters that minutes never hold, turned into our snippet
 * form: HTML-escaped text whose only markup is {@code <mark>} (escaped as our highlighter's
 * formatter escapes). Marking with {@code <mark>} itself
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
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
