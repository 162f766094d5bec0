package dk.beslutningsarkiv.index;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Splits a compound into the dictionary words it is built from: "tvangsindlæggelser" is tvang + s +
 * indlæggelser, so its parts are "tvang", "indlæggelser" and "indlæggelse" (+ r), not every
 * dictionary word inside it ("vang", "sind", "lægge", "else"), which matched searches they had
 * nothing to do with and made the parts field four times the size of the text.
 * <p>
 * A split covers the whole word with dictionary words, each optionally followed by a linking "s"
 * or "e", the last optionally by an inflectional ending. The parts kept are those of the splits
 * with the fewest words (at least two), and, in turn, the parts of those parts. A word the
 * dictionary knows (also with an ending) and that no split covers keeps no parts ("regioner" is
 * region + er, not regi + oner). A word it does not know and that no split covers keeps the
 * dictionary words that a split covers from its start or up to its end, so a list without every
 * constituent still finds "akut" in "akutsygeplejerske".
 */
final class CompoundSplitter {

    private static final int[] NO_PARTS = new int[0];
    private static final int NONE = Integer.MAX_VALUE / 4;
    private static final CharArraySet ENDINGS = new CharArraySet(List.of("e", "n", "r", "s", "t", "en", "er", "es",
            "et", "ne", "ns", "rs", "ts", "ene", "ens", "ers", "ets", "erne", "ernes"), false);
    private static final int MAX_ENDING = 5;

    private final CharArraySet dictionary;
    private final CharArraySet stopWords;
    private final int minPart;
    private final int maxPart;

    CompoundSplitter(CharArraySet dictionary, CharArraySet stopWords, int minPart, int maxPart) {
        this.dictionary = dictionary;
        this.stopWords = stopWords;
        this.minPart = minPart;
        this.maxPart = maxPart;
    }

    /** The parts of a lower-cased, folded word as (start, length) pairs, none a stop word, each once. */
    int[] parts(char[] word) {
        Parts out = new Parts(word);
        collect(word, 0, word.length, out);
        return out.pairs();
    }

    private void collect(char[] word, int from, int to, Parts out) {
        Splits splits = new Splits(word, from, to);
        for (int start = from; start < to; start++) {
            for (int end = start + minPart; end <= Math.min(to, start + maxPart); end++) {
                if (splits.keeps(start, end)) {
                    if (out.add(start, end - start)) {
                        collect(word, start, end, out);
                    }
                }
            }
        }
    }

    private static boolean isLink(char c) {
        return c == 's' || c == 'e';
    }

    /**
     * The fewest dictionary words that cover the word before each position (ending in a word there)
     * and after it (starting with a word there), found once, so each candidate part is judged in
     * constant time.
     */
    private final class Splits {

        private final char[] word;
        private final int from;
        private final int to;
        /** before[i - from]: fewest words covering from..i with a word ending at i. */
        private final int[] before;
        /** after[i - from]: fewest words covering i..to with a word starting at i. */
        private final int[] after;
        /** Whether the dictionary has start..end, at (start - from) * (maxPart + 1) + (end - start): looked up once. */
        private final boolean[] words;
        private final int fewest;
        private final boolean known;

        Splits(char[] word, int from, int to) {
            this.word = word;
            this.from = from;
            this.to = to;
            int length = to - from;
            before = new int[length + 1];
            after = new int[length + 1];
            Arrays.fill(before, NONE);
            Arrays.fill(after, NONE);
            words = new boolean[length * (maxPart + 1)];
            for (int start = from; start < to; start++) {
                for (int end = start + minPart; end <= Math.min(to, start + maxPart); end++) {
                    words[(start - from) * (maxPart + 1) + end - start] = dictionary.contains(word, start, end - start);
                }
            }
            for (int end = from + 1; end <= to; end++) {
                for (int start = Math.max(from, end - maxPart); start <= end - minPart; start++) {
                    if (isWord(start, end)) {
                        before[end - from] = Math.min(before[end - from], wordsBefore(start) + 1);
                    }
                }
            }
            for (int start = to - 1; start >= from; start--) {
                for (int end = start + minPart; end <= Math.min(to, start + maxPart); end++) {
                    if (isWord(start, end)) {
                        after[start - from] = Math.min(after[start - from], 1 + wordsAfter(end));
                    }
                }
            }
            int best = NONE;
            boolean whole = false;
            for (int start = from; start < to; start++) {
                for (int end = start + minPart; end <= Math.min(to, start + maxPart); end++) {
                    if (isWord(start, end)) {
                        if (isWhole(start, end)) {
                            whole = true;
                        } else {
                            best = Math.min(best, wordsBefore(start) + 1 + wordsAfter(end));
                        }
                    }
                }
            }
            fewest = best;
            known = whole;
        }

        /** Whether start..end is a part of a fewest-words split or, for an unknown word, of a split from either end. */
        boolean keeps(int start, int end) {
            if (!isWord(start, end) || isWhole(start, end)) {
                return false;
            }
            int before = wordsBefore(start);
            int after = wordsAfter(end);
            if (fewest < NONE) {
                return before + 1 + after == fewest;
            }
            return !known && (before < NONE || after < NONE);
        }

        private boolean isWord(int start, int end) {
            return end - start >= minPart && end - start <= maxPart && words[(start - from) * (maxPart + 1) + end - start];
        }

        /** The word itself, perhaps with an ending. */
        private boolean isWhole(int start, int end) {
            return start == from && wordsAfter(end) == 0;
        }

        /** Fewest words covering from..start, where start begins a word: after a word, or after a word and a link. */
        private int wordsBefore(int start) {
            if (start == from) {
                return 0;
            }
            int direct = before[start - from];
            int linked = start - 1 > from && isLink(word[start - 1]) ? before[start - 1 - from] : NONE;
            return Math.min(direct, linked);
        }

        /** Fewest words covering end..to, where a word ends at end: none before an ending, else through a link or not. */
        private int wordsAfter(int end) {
            if (end == to || (to - end <= MAX_ENDING && ENDINGS.contains(word, end, to - end))) {
                return 0;
            }
            int direct = after[end - from];
            int linked = end + 1 < to && isLink(word[end]) ? after[end + 1 - from] : NONE;
            return Math.min(direct, linked);
        }
    }

    /** The parts found so far as (start, length) pairs, no two with the same letters; stop words are left out at the end. */
    private final class Parts {

        private final char[] word;
        private int[] pairs = NO_PARTS;
        private int count;

        Parts(char[] word) {
            this.word = word;
        }

        /** Adds a part unless one with the same letters is in; true when it was new. */
        boolean add(int start, int length) {
            for (int i = 0; i < count; i += 2) {
                if (pairs[i + 1] == length && Arrays.equals(word, pairs[i], pairs[i] + length, word, start, start + length)) {
                    return false;
                }
            }
            if (count + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, Math.max(8, 2 * pairs.length));
            }
            pairs[count++] = start;
            pairs[count++] = length;
            return true;
        }

        /** The parts that are not stop words (a stop word still splits: "underudvalg" has "udvalg"). */
        int[] pairs() {
            int[] kept = new int[count];
            int n = 0;
            for (int i = 0; i < count; i += 2) {
                if (!stopWords.contains(word, pairs[i], pairs[i + 1])) {
                    kept[n++] = pairs[i];
                    kept[n++] = pairs[i + 1];
                }
            }
            return n == 0 ? NO_PARTS : Arrays.copyOf(kept, n);
        }
    }
}
