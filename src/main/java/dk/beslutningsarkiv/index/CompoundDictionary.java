package dk.beslutningsarkiv.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words compounds are split into: the bundled list of words from these documents
 * ({@code data/compound-words.txt}) plus, where installed, Debian's Danish word list (wdanish,
 * {@code /usr/share/dict/danish}, GPL, so read from the system rather than bundled).
 */
public final class CompoundDictionary {

    private static final Logger LOG = LoggerFactory.getLogger(CompoundDictionary.class);
    public static final Path SYSTEM_WORD_LIST = Path.of("/usr/share/dict/danish");
    static final int MIN_PART = 4;
    static final int MAX_PART = 20;

    private static volatile CharArraySet shared;

    private CompoundDictionary() {
    }

    /** The dictionary of this machine, loaded once: the bundled words and the system list when present. */
    public static CharArraySet get() {
        CharArraySet words = shared;
        if (words == null) {
            synchronized (CompoundDictionary.class) {
                if (shared == null) {
                    shared = load(systemWordList());
                }
                words = shared;
            }
        }
        return words;
    }

    /** {@code $ARKIV_WORDLIST}, or the system list; "none" means the bundled words alone (the tests pin that). */
    private static Path systemWordList() {
        String configured = System.getenv("ARKIV_WORDLIST");
        if ("none".equals(configured)) {
            return null;
        }
        return configured != null && !configured.isBlank() ? Path.of(configured) : SYSTEM_WORD_LIST;
    }

    static CharArraySet load(Path systemList) {
        CharArraySet words = new CharArraySet(400_000, false);
        try (InputStream bundled = CompoundDictionary.class.getResourceAsStream("/data/compound-words.txt")) {
            addAll(words, bundled);
            if (systemList == null) {
                LOG.debug("compounds are split with the bundled words only");
            } else if (Files.isReadable(systemList)) {
                try (InputStream in = Files.newInputStream(systemList)) {
                    addAll(words, in);
                }
            } else {
                LOG.warn("no Danish word list at {}: compounds are split with the bundled words only "
                        + "(install Debian's wdanish for more)", systemList);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compound word lists", e);
        }
        return CharArraySet.unmodifiableSet(words);
    }

    private static void addAll(CharArraySet words, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            String word = line.strip();
            if (word.isEmpty() || word.startsWith("#") || word.length() < MIN_PART || word.length() > MAX_PART
                    || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            words.add(normalize(word));
        }
    }

    /** Reused for every word: building a token stream per word made loading a word list take seconds. */
    private static final Analyzer NORMALIZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            KeywordTokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, WordFolding.filter(source));
        }
    };

    /** The form the analysis chain gives a word before splitting ({@link WordFolding}). */
    static String normalize(String word) {
        try (TokenStream stream = NORMALIZER.tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String out = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
