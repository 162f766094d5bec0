package dk.beslutningsarkiv.minutes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows of a tab-separated data file: '#' lines are comments, the first other line is the header. */
final class TsvTable {

    private TsvTable() {
    }

    static List<String[]> classpath(String resource) {
        InputStream in = TsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled data file missing: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return rows(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String[]> file(Path path) {
        try {
            return rows(Files.readAllLines(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + path, e);
        }
    }

    private static List<String[]> rows(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : lines) {
            String l = line.replace("\uFEFF", "");
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = Arrays.stream(l.split("\t", -1)).map(String::strip).toArray(String[]::new);
            rows.add(cells);
        }
        return rows;
    }

    static String cell(String[] row, int i) {
        return i < row.length ? row[i] : "";
    }

    static List<String> bars(String cell) {
        return cell.isBlank() ? List.of()
                : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
