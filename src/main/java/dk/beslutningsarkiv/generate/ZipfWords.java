package dk.beslutningsarkiv.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws words with Zipf-distributed ranks (P(rank k) ~ 1/k^s) from the sample minutes' vocabulary
 * and the archive's compound words, so synthetic text has the frequency profile of real text:
 * a few very common words, a long tail of rare ones.
 */
final class ZipfWords {

    private static final double EXPONENT = 1.07;

    private final String[] words;
    private final double[] cumulative;

    ZipfWords(List<String> byRank) {
        words = byRank.toArray(String[]::new);
        cumulative = new double[words.length];
        double sum = 0;
        for (int k = 0; k < words.length; k++) {
            sum += 1.0 / Math.pow(k + 1, EXPONENT);
            cumulative[k] = sum;
        }
        for (int k = 0; k < words.length; k++) {
            cumulative[k] /= sum;
        }
    }

    /** The sample vocabulary by frequency, then the compound words as the rarer tail. */
    static ZipfWords bundled() {
        List<String> byRank = new ArrayList<>(read("/generate/vocabulary.txt"));
        for (String word : read("/data/compound-words.txt")) {
            if (!byRank.contains(word)) {
                byRank.add(word);
            }
        }
        return new ZipfWords(byRank);
    }

    String next(SplittableRandom random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return words[i >= 0 ? i : Math.min(-i - 1, words.length - 1)];
    }

    /** The word of a given frequency rank (0 = most frequent), for queries of known frequency. */
    String atRank(int rank) {
        return words[Math.min(rank, words.length - 1)];
    }

    int size() {
        return words.length;
    }

    private static List<String> read(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = ZipfWords.class.getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t")[0].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
