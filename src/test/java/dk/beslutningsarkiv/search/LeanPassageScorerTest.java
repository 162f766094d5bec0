package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The lean passage score is Lucene's, bit for bit, whatever the passage's matches. */
class LeanPassageScorerTest {

    private static final String[] WORDS = {"tvang", "bælte", "fiksering", "region", "psykiatri"};

    @Test
    void scoresEveryPassageExactlyAsLucenesScorerDoes() {
        PassageScorer lucene = new PassageScorer();
        LeanPassageScorer lean = new LeanPassageScorer();
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            // Up to past the scan's bound, so both of the lean scorer's ways are compared.
            Passage passage = passage(random, random.nextInt(80));
            int contentLength = 200 + random.nextInt(20_000);
            assertThat(Float.floatToIntBits(lean.score(passage, contentLength)))
                    .as("passage %s", passage)
                    .isEqualTo(Float.floatToIntBits(lucene.score(passage, contentLength)));
        }
    }

    @Test
    void countsARepeatedTermOnceWithItsFrequencyInThePassage() {
        Passage once = new Passage();
        once.setStartOffset(0);
        once.setEndOffset(100);
        once.addMatch(10, 15, new BytesRef("tvang"), 4);
        Passage twice = new Passage();
        twice.setStartOffset(0);
        twice.setEndOffset(100);
        twice.addMatch(10, 15, new BytesRef("tvang"), 4);
        twice.addMatch(40, 45, new BytesRef("tvang"), 4);
        LeanPassageScorer lean = new LeanPassageScorer();
        // Twice in the passage scores higher than once, but less than twice as high (tf saturates).
        assertThat(lean.score(twice, 1_000)).isGreaterThan(lean.score(once, 1_000))
                .isLessThan(2 * lean.score(once, 1_000));
    }

    private static Passage passage(Random random, int matches) {
        Passage passage = new Passage();
        int start = random.nextInt(5_000);
        passage.setStartOffset(start);
        // Matches must lie within the passage: its end is set to the real one after them.
        passage.setEndOffset(Integer.MAX_VALUE);
        int offset = start;
        for (int i = 0; i < matches; i++) {
            offset += 1 + random.nextInt(30);
            // Each word's frequency in the document is fixed, as it is in a real document.
            int word = random.nextInt(WORDS.length);
            passage.addMatch(offset, offset + 5, new BytesRef(WORDS[word]), 1 + word * 3);
        }
        passage.setEndOffset(offset + 10 + random.nextInt(100));
        return passage;
    }
}
