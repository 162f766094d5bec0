package dk.beslutningsarkiv.bench.peers;

import java.util.List;

/**
 * A statement with its parameters in order. Parameters are String, Integer, LocalDate, or a
 * String[] bound as a {@code text[]} (one parameter for all values of a filter).
 */
record Sql(String text, List<Object> params) {

    Sql {
        params = List.copyOf(params);
    }
}
