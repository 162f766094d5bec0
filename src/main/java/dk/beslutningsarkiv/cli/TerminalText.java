package dk.beslutningsarkiv.cli;

/** Turns an HTML snippet into terminal text: marks become »…«, entities become characters. */
final class TerminalText {

    private TerminalText() {
    }

    static String fromSnippet(String html) {
        return html.replace("<mark>", "»").replace("</mark>", "«")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }
}
