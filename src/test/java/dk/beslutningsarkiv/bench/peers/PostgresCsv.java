package dk.beslutningsarkiv.bench.peers;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Items as rows of PostgreSQL's COPY CSV format, columns as {@link PostgresTable#COPY_COLUMNS}:
 * an unquoted empty field is NULL, a quoted one the empty string; arrays are array literals.
 */
final class PostgresCsv {

    private PostgresCsv() {
    }

    static String header() {
        return String.join(",", PostgresTable.COPY_COLUMNS) + "\n";
    }

    static String row(ItemRecord item) {
        return String.join(",", List.of(text(item.id()), text(item.meetingId()), String.valueOf(item.number()),
                text(item.title()), text(item.body()), text(item.decision()), text(item.committee()),
                array(item.regions()), text(item.year()), array(item.persons()), array(item.projects()),
                text(item.outcome()), text(item.type()), text(item.meetingDate()))) + "\n";
    }

    private static String text(String value) {
        return value == null ? "" : quoted(value);
    }

    /** {"a","b \"c\""}: every element quoted, so commas, braces and spaces inside values stay values. */
    private static String array(List<String> values) {
        return quoted(values.stream()
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}")));
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
