package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.index.WordFolding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Typeahead: committees, projects and people whose name has a word starting with what was typed,
 * then words of the archive that start with it, most frequent first. Read from the live index, so
 * a new document's names are suggested as soon as it is searchable.
 */
public final class TypeaheadSuggester {

    private static final List<String> NAMED_DIMENSIONS = List.of(Schema.COMMITTEE, Schema.PROJECT, Schema.PERSON);
    private static final int WORD_CANDIDATES = 200;

    private final ArchiveIndex index;
    private final FacetStates facetStates;

    public TypeaheadSuggester(ArchiveIndex index) {
        this.index = index;
        this.facetStates = new FacetStates(dk.beslutningsarkiv.index.MeetingDocuments.facetsConfig());
    }

    public List<Suggestion> suggest(String typed, int limit) throws IOException {
        String prefix = WordFolding.fold(typed.strip());
        if (prefix.length() < 2) {
            return List.of();
        }
        IndexSearcher searcher = index.searchers().acquire();
        try {
            List<Suggestion> out = new ArrayList<>();
            SortedSetDocValuesReaderState state = facetStates.forReader(searcher.getIndexReader());
            if (state != null) {
                for (String dim : NAMED_DIMENSIONS) {
                    out.addAll(namesStartingWith(state, dim, prefix));
                }
            }
            // A word that is part of a suggested name adds nothing beside the name.
            Set<String> namedWords = out.stream()
                    .flatMap(n -> Arrays.stream(WordFolding.fold(n.value()).split("[\\s-]+")))
                    .collect(Collectors.toSet());
            wordsStartingWith(searcher, prefix).stream().filter(w -> !namedWords.contains(w.value())).forEach(out::add);
            return out.stream().distinct().limit(limit).toList();
        } finally {
            index.searchers().release(searcher);
        }
    }

    private static List<Suggestion> namesStartingWith(SortedSetDocValuesReaderState state, String dim, String prefix)
            throws IOException {
        List<Suggestion> names = new ArrayList<>();
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) {
            return names;
        }
        var values = state.getDocValues();
        for (int ord = range.start(); ord <= range.end(); ord++) {
            String label = values.lookupOrd(ord).utf8ToString();
            String name = label.substring(label.indexOf('\u001f') + 1);
            if (anyWordStartsWith(WordFolding.fold(name), prefix)) {
                names.add(new Suggestion(dim, name));
            }
        }
        names.sort(Comparator.comparing(Suggestion::value));
        return names;
    }

    private static List<Suggestion> wordsStartingWith(IndexSearcher searcher, String prefix) throws IOException {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Schema.WORDS);
        if (terms == null) {
            return List.of();
        }
        record Candidate(String word, int docFreq) {
        }
        List<Candidate> candidates = new ArrayList<>();
        TermsEnum te = terms.iterator();
        BytesRef start = new BytesRef(prefix);
        if (te.seekCeil(start) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        do {
            String word = te.term().utf8ToString();
            if (!word.startsWith(prefix)) {
                break;
            }
            candidates.add(new Candidate(word, te.docFreq()));
        } while (candidates.size() < WORD_CANDIDATES && te.next() != null);
        return candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::docFreq).reversed().thenComparing(Candidate::word))
                .map(c -> new Suggestion("word", c.word()))
                .toList();
    }

    private static boolean anyWordStartsWith(String text, String prefix) {
        return text.startsWith(prefix) || text.contains(" " + prefix) || text.contains("-" + prefix);
    }
}
