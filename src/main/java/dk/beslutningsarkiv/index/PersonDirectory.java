package dk.beslutningsarkiv.index;

import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.Participant;
import dk.beslutningsarkiv.minutes.PersonMatcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * One name per person across the whole archive. The first spelling the archive meets becomes the
 * person's name; later spelling variants ("Marianne Terkelsen" for "Mariane Therkelsen") and,
 * where the organisation agrees, shorter forms ("Jens Ravnholt" for "Jens Ravnholt Pedersen") map
 * to it. Kept in the index as person documents, so it survives restarts and is rebuilt by a
 * reindex in import order.
 */
final class PersonDirectory {

    /** A known person: canonical name and the organisation first seen with it. */
    record Person(String name, String organisation) {
    }

    private final SearcherManager searchers;
    /** People added since the last refresh, which searchers cannot see yet, by spelling key. */
    private final Map<String, List<Person>> pending = new HashMap<>();
    /**
     * What the index holds per key, asked once: an import meets the same participants meeting
     * after meeting, and two searches per person were a tenth of its work. People are only ever
     * added, so an answer stays true once the people added since are merged in at each refresh.
     */
    private final Map<String, List<Person>> searched = new ConcurrentHashMap<>();

    PersonDirectory(SearcherManager searchers) {
        this.searchers = searchers;
    }

    /**
     * The canonical name of every person printed in the meeting (participants, absentees, people
     * named in items), registering the ones the archive has not met before.
     */
    Map<String, String> register(Meeting meeting, IndexWriter writer) throws IOException {
        List<Participant> mentions = new ArrayList<>(meeting.participants());
        mentions.addAll(meeting.absent());
        for (AgendaItem item : meeting.items()) {
            item.people().forEach(name -> mentions.add(new Participant(name, null, null)));
        }
        // Variants inside one meeting first, then each against the archive.
        Map<String, String> withinMeeting = PersonMatcher.canonicalNames(mentions);
        Map<String, String> organisations = new HashMap<>();
        mentions.stream().filter(p -> p.organisation() != null)
                .forEach(p -> organisations.putIfAbsent(withinMeeting.get(p.name()), p.organisation()));
        Map<String, String> canonical = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : withinMeeting.entrySet()) {
            String name = e.getValue();
            String organisation = organisations.get(name);
            Person known = find(name, organisation).orElse(null);
            if (known == null) {
                known = new Person(name, organisation);
                add(known, writer);
            }
            canonical.put(e.getKey(), known.name());
        }
        return canonical;
    }

    /** The canonical name for a name typed in a search, or the name itself when unknown. */
    String canonicalOf(String name) throws IOException {
        return find(name, null).map(Person::name).orElse(name);
    }

    void refreshed() {
        pending.forEach((key, added) -> searched.computeIfPresent(key, (k, known) -> {
            List<Person> all = new ArrayList<>(known);
            all.addAll(added);
            return List.copyOf(all);
        }));
        pending.clear();
    }

    /** Every person document is gone (a reindex starts over). */
    void cleared() {
        pending.clear();
        searched.clear();
    }

    private Optional<Person> find(String name, String organisation) throws IOException {
        String key = PersonMatcher.key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        // The same spelling key is the same person; a shorter or longer form only with agreeing organisation.
        Optional<Person> sameSpelling = candidates(Schema.PERSON_KEY, key).stream().findFirst();
        if (sameSpelling.isPresent()) {
            return sameSpelling;
        }
        return candidates(Schema.PERSON_FIRST, firstName(key)).stream()
                .filter(p -> PersonMatcher.samePerson(name, organisation, p.name(), p.organisation()))
                .findFirst();
    }

    private List<Person> candidates(String field, String value) throws IOException {
        String key = field + "=" + value;
        List<Person> found = new ArrayList<>(pending.getOrDefault(key, List.of()));
        List<Person> inIndex = searched.get(key);
        if (inIndex == null) {
            inIndex = List.copyOf(search(field, value));
            searched.put(key, inIndex);
        }
        found.addAll(inIndex);
        return found;
    }

    private List<Person> search(String field, String value) throws IOException {
        List<Person> found = new ArrayList<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_PERSON)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
                    .build();
            // The oldest entry first: index order is import order.
            for (ScoreDoc hit : searcher.search(query, 50, new Sort(SortField.FIELD_DOC)).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                found.add(new Person(doc.get(Schema.PERSON_NAME), doc.get(Schema.PERSON_ORGANISATION)));
            }
        } finally {
            searchers.release(searcher);
        }
        return found;
    }

    private void add(Person person, IndexWriter writer) throws IOException {
        String key = PersonMatcher.key(person.name());
        Document doc = new Document();
        doc.add(new StringField(Schema.KIND, Schema.KIND_PERSON, Field.Store.NO));
        doc.add(new StringField(Schema.PERSON_KEY, key, Field.Store.NO));
        doc.add(new StringField(Schema.PERSON_FIRST, firstName(key), Field.Store.NO));
        doc.add(new StoredField(Schema.PERSON_NAME, person.name()));
        if (person.organisation() != null) {
            doc.add(new StoredField(Schema.PERSON_ORGANISATION, person.organisation()));
        }
        MeetingDocuments.addNoText(doc);
        writer.addDocument(doc);
        pending.computeIfAbsent(Schema.PERSON_KEY + "=" + key, k -> new ArrayList<>()).add(person);
        pending.computeIfAbsent(Schema.PERSON_FIRST + "=" + firstName(key), k -> new ArrayList<>()).add(person);
    }

    private static String firstName(String key) {
        int space = key.indexOf(' ');
        return (space < 0 ? key : key.substring(0, space)).toLowerCase(Locale.ROOT);
    }
}
