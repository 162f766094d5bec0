package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Graded relevance judgments: per query, the grade of each judged item (unjudged items count 0). */
record Judgments(Map<String, Map<String, Integer>> grades) {

    static Judgments read(Path file) throws IOException {
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            grades.computeIfAbsent(cols[0], q -> new LinkedHashMap<>()).put(cols[1], Integer.parseInt(cols[2]));
        }
        return new Judgments(grades);
    }

    List<String> queries() {
        return List.copyOf(grades.keySet());
    }

    /** nDCG@k with gain 2^grade - 1 and the ideal order of the judged items. */
    double ndcg(String query, List<String> ranked, int k) {
        Map<String, Integer> judged = grades.get(query);
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(judged.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = judged.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** The share of judged-relevant items (grade 1 or more) found in the first k. */
    double recall(String query, List<String> ranked, int k) {
        Map<String, Integer> judged = grades.get(query);
        long relevant = judged.values().stream().filter(g -> g > 0).count();
        long found = ranked.stream().limit(k).filter(id -> judged.getOrDefault(id, 0) > 0).count();
        return relevant == 0 ? 0 : (double) found / relevant;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
