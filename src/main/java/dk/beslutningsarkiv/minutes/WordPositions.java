package dk.beslutningsarkiv.minutes;

import java.util.List;
import java.util.stream.IntStream;

/** Where given words occur in a text: the places a pattern that needs one of them can match. */
final class WordPositions {

    private WordPositions() {
    }

    /** Every start of any of the words in the text (inside other words too), in ascending order. */
    static int[] of(List<String> words, String text) {
        IntStream.Builder at = IntStream.builder();
        for (String word : words) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                at.add(i);
            }
        }
        return at.build().sorted().toArray();
    }
}
