package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes every item a search matches as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet
 * programs read æ, ø and å), row by row as the search streams them: no size limit, no buffering.
 */
public final class SearchCsv {

    public static final List<String> COLUMNS = List.of(
            "id", "meetingId", "number", "title", "committee", "meetingDate", "documentType", "outcome", "url");

    private final ArchiveSearcher searcher;

    public SearchCsv(ArchiveSearcher searcher) {
        this.searcher = searcher;
    }

    /** Where the CSV goes, opened only once the query is known to be valid, so an error can still be answered as such. */
    @FunctionalInterface
    public interface Output {
        Writer open() throws IOException;
    }

    /** Writes the header and one row per matching item; {@code baseUrl} makes the permalinks absolute. */
    public void write(SearchRequest request, String baseUrl, Output output) throws QuerySyntaxException, IOException {
        searcher.validate(request);
        Writer out = output.open();
        out.write('\uFEFF');
        row(out, COLUMNS);
        searcher.forEachMatch(request, hit -> row(out, List.of(hit.id(), hit.meetingId(), String.valueOf(hit.number()),
                nullToEmpty(hit.title()), nullToEmpty(hit.committee()), nullToEmpty(hit.meetingDate()),
                nullToEmpty(hit.documentType()), nullToEmpty(hit.outcome()), baseUrl + hit.url())));
        out.flush();
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        // A cell starting with = + - @ would run as a formula in a spreadsheet: a leading quote keeps it text.
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
