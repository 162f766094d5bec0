package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word cache's table against a HashMap, through growth, clearing and words that share a prefix or a hash. */
class WordCacheTest {

    @Test
    void findsWhatWasPutAndNothingElse() {
        WordCache<String> cache = new WordCache<>();
        Map<String, String> expected = new HashMap<>();
        Random random = new Random(7);
        char[] buffer = new char[64];
        for (int i = 0; i < 20_000; i++) {
            String word = randomWord(random);
            // The word at the start of a longer buffer with other characters after it, as a token's term buffer is.
            word.getChars(0, word.length(), buffer, 0);
            Arrays.fill(buffer, word.length(), buffer.length, 'q');
            String found = cache.get(buffer, word.length());
            assertThat(found).isEqualTo(expected.get(word));
            if (found == null) {
                cache.put(buffer, word.length(), word.toUpperCase());
                expected.put(word, word.toUpperCase());
            }
        }
        assertThat(cache.size()).isEqualTo(expected.size());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(cache.get(e.getKey().toCharArray(), e.getKey().length())).isEqualTo(e.getValue());
        }
    }

    @Test
    void tellsApartPrefixesTheEmptyWordAndWordsOfEqualHash() {
        WordCache<Integer> cache = new WordCache<>();
        // "Aa" and "BB" have the same String.hashCode, the polynomial the cache starts from.
        for (String word : new String[] {"", "sag", "sags", "sa", "Aa", "BB"}) {
            cache.put(word.toCharArray(), word.length(), word.length() * 10 + word.hashCode() % 7);
        }
        assertThat(cache.get("sags".toCharArray(), 3)).isEqualTo(30 + "sag".hashCode() % 7);
        assertThat(cache.get("sags".toCharArray(), 0)).isEqualTo(0);
        assertThat(cache.get("Aa".toCharArray(), 2)).isEqualTo(20 + "Aa".hashCode() % 7);
        assertThat(cache.get("BB".toCharArray(), 2)).isEqualTo(20 + "BB".hashCode() % 7);
        assertThat(cache.get("s".toCharArray(), 1)).isNull();
        assertThat(cache.get("sagsx".toCharArray(), 5)).isNull();
    }

    @Test
    void emptiesItselfWhenFullAndKeepsWorking() {
        WordCache<Integer> cache = new WordCache<>();
        for (int i = 0; i < WordCache.MAX_CACHED; i++) {
            char[] word = ("w" + i).toCharArray();
            cache.put(word, word.length, i);
        }
        assertThat(cache.size()).isEqualTo(WordCache.MAX_CACHED);
        assertThat(cache.get("w99999".toCharArray(), 6)).isEqualTo(99_999);

        cache.put("new".toCharArray(), 3, -1);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("new".toCharArray(), 3)).isEqualTo(-1);
        assertThat(cache.get("w1".toCharArray(), 2)).isNull();
        cache.put("w1".toCharArray(), 2, 1);
        assertThat(cache.get("w1".toCharArray(), 2)).isEqualTo(1);
    }

    private static String randomWord(Random random) {
        // Few letters and short words, so that many words repeat and share prefixes.
        int length = 1 + random.nextInt(6);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append("aeæøå-".charAt(random.nextInt(6)));
        }
        return word.toString();
    }
}
