package dk.beslutningsarkiv.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Danish Snowball stemming as Lucene's SnowballFilter does it, remembering each word's stem: words
 * follow Zipf's law, so almost every word has been stemmed before (stemming was a twentieth of an
 * import). One filter serves one thread (Lucene reuses token streams per thread), so the cache
 * needs no lock.
 */
final class CachedStemFilter extends TokenFilter {

    /** Bounds the memory a long import's vocabulary can take; emptied when full. */
    private static final int MAX_CACHED = 100_000;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final DanishStemmer stemmer = new DanishStemmer();
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);

    CachedStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keywordAtt.isKeyword()) {
            return true;
        }
        char[] stem = stems.get(termAtt.buffer(), 0, termAtt.length());
        if (stem == null) {
            stem = stem(Arrays.copyOf(termAtt.buffer(), termAtt.length()));
        }
        termAtt.copyBuffer(stem, 0, stem.length);
        return true;
    }

    private char[] stem(char[] word) {
        // The stemmer works in the array it is given, so it gets its own copy of the key.
        stemmer.setCurrent(word.clone(), word.length);
        stemmer.stem();
        char[] stem = Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
        if (stems.size() >= MAX_CACHED) {
            stems.clear();
        }
        stems.put(word, stem);
        return stem;
    }
}
