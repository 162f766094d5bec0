package dk.beslutningsarkiv.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * The answers to the most recently asked searches over the current reader. Searches repeat (the
 * front page's browse, a committee everybody follows, a word in the news) and a broad one costs
 * tens of milliseconds at a million items; a repeated one then costs a map look-up. An answer
 * belongs to the reader it was computed on: the first look-up with a newer reader empties the cache,
 * so an import or a deletion is never answered from before it.
 */
final class AnswerCache {

    private final int capacity;
    private final Map<SearchRequest, SearchResponse> answers;
    private IndexReader reader;

    /** At most {@code capacity} answers, the least recently used dropped first; 0 caches nothing. */
    AnswerCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("the answer cache cannot hold fewer than 0 answers");
        }
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResponse> eldest) {
                return size() > AnswerCache.this.capacity;
            }
        };
    }

    /** The answer computed on {@code current} for an equal request, or null. */
    synchronized SearchResponse get(IndexReader current, SearchRequest request) {
        if (current != reader) {
            answers.clear();
            reader = current;
            return null;
        }
        return answers.get(request);
    }

    /** Keeps the answer unless it was computed on another reader than the cache's current one. */
    synchronized void put(IndexReader of, SearchRequest request, SearchResponse answer) {
        if (capacity > 0 && of == reader) {
            answers.put(request, answer);
        }
    }
}
