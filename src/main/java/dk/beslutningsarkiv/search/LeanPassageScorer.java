package dk.beslutningsarkiv.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score, the same sum in the same order, without the hash of the passage's terms
 * Lucene builds for every passage it scores: its first term takes a 32 kB block, and at a million
 * items that was over half of what an uncached search allocated. A passage matches a handful of
 * terms, so a scan over those seen finds a repeat as fast.
 */
final class LeanPassageScorer extends PassageScorer {

    /** Beyond this many matches a passage is scored by Lucene's own method: a scan would be quadratic. */
    private static final int MAX_SCANNED = 64;

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        if (matches > MAX_SCANNED) {
            return super.score(passage, contentLength);
        }
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // Distinct terms in order of first match, as Lucene's hash numbers them.
        int[] firstMatch = new int[matches];
        int[] inPassage = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int term = 0;
            while (term < distinct && !terms[firstMatch[term]].bytesEquals(terms[i])) {
                term++;
            }
            if (term == distinct) {
                firstMatch[distinct++] = i;
            }
            inPassage[term]++;
        }
        double score = 0;
        for (int term = 0; term < distinct; term++) {
            score += tf(inPassage[term], passage.getLength()) * weight(contentLength, freqsInDoc[firstMatch[term]]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }
}
