package dk.beslutningsarkiv.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Completes suspended compounds: "patient- og pårørendeinddragelse" also means
 * "patientinddragelse", whose head ("inddragelse") is the longest dictionary word ending the
 * second compound.
 */
final class SuspendedCompounds {

    private static final Pattern SUSPENDED = Pattern.compile("(\\p{L}{2,})-\\s+(?:og|eller|samt|og/eller)\\s+(\\p{L}{5,})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Supplier<CharArraySet> dictionary;

    SuspendedCompounds(Supplier<CharArraySet> dictionary) {
        this.dictionary = dictionary;
    }

    /** The completed first halves found in the text, lower case. */
    List<String> complete(String text) {
        List<String> words = new ArrayList<>();
        // The pattern is costly on long texts; without "- " there is nothing to complete.
        if (!text.contains("- ")) {
            return words;
        }
        Matcher m = SUSPENDED.matcher(text);
        while (m.find()) {
            String head = headOf(m.group(2).toLowerCase(Locale.ROOT));
            if (head != null) {
                words.add(m.group(1).toLowerCase(Locale.ROOT) + head);
            }
        }
        return words;
    }

    private String headOf(String compound) {
        for (int start = 1; start <= compound.length() - CompoundDictionary.MIN_PART; start++) {
            String suffix = compound.substring(start);
            if (dictionary.get().contains(CompoundDictionary.normalize(suffix))) {
                return suffix;
            }
        }
        return null;
    }
}
