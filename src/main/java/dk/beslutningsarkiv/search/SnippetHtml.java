package dk.beslutningsarkiv.search;

/**
 * How snippet text is HTML-escaped: as the highlighter's formatter ({@code DefaultPassageFormatter}
 * with escaping) does, so every snippet, whoever cut it, escapes alike and only {@code <mark>} is markup.
 */
public final class SnippetHtml {

    private SnippetHtml() {
    }

    /** Appends {@code c}, escaped where HTML needs it. */
    public static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#x27;");
            case '/' -> out.append("&#x2F;");
            default -> out.append(c);
        }
    }
}
