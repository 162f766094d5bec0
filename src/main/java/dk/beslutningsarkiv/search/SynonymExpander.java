package dk.beslutningsarkiv.search;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Expands abbreviations and synonyms in what the user typed before it is parsed: "LKT tvang"
 * becomes {@code ("LKT" OR "Lærings- og Kvalitetsteams" ...) tvang}. Working on the query text
 * keeps multi-word synonyms as phrases and leaves quoted phrases and field:value alone.
 */
public final class SynonymExpander {

    private final Map<String, List<String>> groupOf = new HashMap<>();
    private final Pattern variants;

    SynonymExpander(List<List<String>> groups) {
        List<String> all = new ArrayList<>();
        for (List<String> group : groups) {
            for (String term : group) {
                groupOf.put(term.toLowerCase(Locale.ROOT), group);
                all.add(term);
            }
        }
        // Longest first, so "Lærings- og Kvalitetsteams" wins over a shorter variant inside it.
        String alternation = all.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        variants = all.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\d:*\\\\])(" + alternation + ")(?![\\p{L}\\d:*~])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The bundled groups plus those of {@code extraFile} when it exists. */
    public static SynonymExpander load(Path extraFile) {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream bundled = SynonymExpander.class.getResourceAsStream("/data/synonyms.tsv")) {
            groups.addAll(read(bundled));
            if (extraFile != null && Files.isRegularFile(extraFile)) {
                try (InputStream in = Files.newInputStream(extraFile)) {
                    groups.addAll(read(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synonyms", e);
        }
        return new SynonymExpander(groups);
    }

    public static SynonymExpander none() {
        return new SynonymExpander(List.of());
    }

    private static List<List<String>> read(InputStream in) throws IOException {
        List<List<String>> groups = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> group = Arrays.stream(line.split("\t")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** The query with every synonym outside quotes replaced by its whole group. */
    public String expand(String query) {
        if (variants == null || query.isBlank()) {
            return query;
        }
        StringBuilder out = new StringBuilder();
        boolean inQuotes = false;
        int start = 0;
        for (int i = 0; i <= query.length(); i++) {
            boolean end = i == query.length();
            if (end || query.charAt(i) == '"') {
                String segment = query.substring(start, i);
                out.append(inQuotes ? segment : expandSegment(segment));
                if (!end) {
                    out.append('"');
                }
                inQuotes = !inQuotes;
                start = i + 1;
            }
        }
        return out.toString();
    }

    private String expandSegment(String segment) {
        Matcher m = variants.matcher(segment);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> group = groupOf.get(m.group(1).toLowerCase(Locale.ROOT));
            String replacement = group.stream().map(t -> "\"" + t.replace("\"", "") + "\"")
                    .collect(Collectors.joining(" OR ", "(", ")"));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
