package dk.beslutningsarkiv.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.Participant;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Maps a parsed meeting to its Lucene documents: one per agenda item and one for the meeting itself. */
public final class MeetingDocuments {

    /** Text stored for hits and indexed with offsets, so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    /**
     * The same, not stored: the empty value of documents without text (see {@link #addNoText}).
     * Made from it, as Lucene refuses a field indexed differently in different documents.
     */
    private static final FieldType INDEXED_WITH_OFFSETS;
    /**
     * The compound parts field: words, not stored, without positions (phrases are matched in the
     * text fields; these positions cost 6-8% of an import).
     */
    private static final FieldType WORDS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        INDEXED_WITH_OFFSETS = new FieldType(TEXT_WITH_OFFSETS);
        INDEXED_WITH_OFFSETS.setStored(false);
        INDEXED_WITH_OFFSETS.freeze();
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS.freeze();
    }

    private final FacetsConfig facets;
    private final SuspendedCompounds suspendedCompounds;

    public MeetingDocuments(FacetsConfig facets, SuspendedCompounds suspendedCompounds) {
        this.facets = facets;
        this.suspendedCompounds = suspendedCompounds;
    }

    /** Facet dimensions and which of them hold several values per item. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : List.of(Schema.REGION, Schema.PERSON, Schema.PROJECT)) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    /**
     * The documents for a meeting. {@code sourceShas} are all originals that parsed to it, so any
     * of them imported again is recognised as unchanged; {@code originalSha} is the one offered for download.
     */
    public List<Document> documentsOf(Meeting meeting, Collection<String> sourceShas, String originalSha,
                                      Map<String, String> canonicalPeople) throws IOException {
        List<Document> docs = new ArrayList<>();
        docs.add(meetingDocument(meeting, sourceShas, originalSha));
        List<String> ids = itemIds(meeting);
        for (int i = 0; i < ids.size(); i++) {
            docs.add(facets.build(itemDocument(meeting, meeting.items().get(i), ids.get(i), canonicalPeople)));
        }
        return docs;
    }

    /** The ids of the meeting's items, in their order: a number printed twice gets "-2" on its second item. */
    static List<String> itemIds(Meeting meeting) {
        List<String> ids = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (AgendaItem item : meeting.items()) {
            String id = Schema.itemId(meeting.id(), item.number());
            for (int n = 2; !used.add(id); n++) {
                id = Schema.itemId(meeting.id(), item.number()) + "-" + n;
            }
            ids.add(id);
        }
        return ids;
    }

    private static Document meetingDocument(Meeting meeting, Collection<String> sourceShas, String originalSha)
            throws JsonProcessingException {
        Document doc = new Document();
        doc.add(new StringField(Schema.KIND, Schema.KIND_MEETING, Field.Store.NO));
        doc.add(new StringField(Schema.MEETING_ID, meeting.id(), Field.Store.YES));
        for (String sha : new LinkedHashSet<>(sourceShas)) {
            doc.add(new StringField(Schema.SOURCE_SHA, sha, Field.Store.YES));
        }
        doc.add(new StoredField(Schema.ORIGINAL_SHA, originalSha));
        doc.add(new StoredField(Schema.MEETING_JSON, MeetingJson.write(ItemBodies.withoutTexts(meeting))));
        doc.add(new StoredField(Schema.SECTION_LENGTHS, ItemBodies.lengthsOf(meeting)));
        addNoText(doc);
        return doc;
    }

    /**
     * Empty text fields for a document that is not an agenda item (a meeting, a person), so every
     * document has a norm for each text field: Lucene reads dense norms straight, sparse ones
     * through a jump table per document, a fifth of each flush's time when only items had them.
     */
    static void addNoText(Document doc) {
        for (String field : List.of(Schema.TITLE, Schema.BODY, Schema.DECISION)) {
            doc.add(new Field(field, "", INDEXED_WITH_OFFSETS));
        }
        doc.add(new Field(Schema.WORDS, "", WORDS));
    }

    private Document itemDocument(Meeting meeting, AgendaItem item, String id, Map<String, String> canonicalPeople) {
        Document doc = new Document();
        doc.add(new StringField(Schema.KIND, Schema.KIND_ITEM, Field.Store.NO));
        doc.add(new StringField(Schema.ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
        doc.add(new StringField(Schema.MEETING_ID, meeting.id(), Field.Store.YES));
        doc.add(new StoredField(Schema.NUMBER, item.number()));
        // The words field holds title's and body's words again: it takes them from their analysis.
        ItemWords words = new ItemWords();
        String title = nullToEmpty(item.title());
        String body = ItemBodies.bodyOf(item);
        doc.add(words.textField(Schema.TITLE, title, TEXT_WITH_OFFSETS));
        doc.add(words.textField(Schema.BODY, body, TEXT_WITH_OFFSETS));
        doc.add(new Field(Schema.DECISION, nullToEmpty(item.decision()), TEXT_WITH_OFFSETS));
        String completed = String.join(" ", suspendedCompounds.complete(title + "\n" + body));
        doc.add(words.wordsField(Schema.WORDS, completed, WORDS));
        keyword(doc, Schema.TYPE, meeting.documentType().label());
        keyword(doc, Schema.COMMITTEE, meeting.committee());
        if (item.caseNumber() != null && !item.caseNumber().isBlank()) {
            doc.add(new StringField(Schema.CASE_NUMBER, item.caseNumber(), Field.Store.YES));
        }
        if (item.outcome() != null) {
            keyword(doc, Schema.OUTCOME, item.outcome().label());
        }
        if (meeting.meetingDate() != null) {
            long day = meeting.meetingDate().toEpochDay();
            doc.add(new LongPoint(Schema.DATE, day));
            doc.add(new NumericDocValuesField(Schema.DATE, day));
            doc.add(new StoredField(Schema.DATE, meeting.meetingDate().toString()));
            keyword(doc, Schema.YEAR, String.valueOf(meeting.meetingDate().getYear()));
        } else {
            // Undated items sort last under date order.
            doc.add(new NumericDocValuesField(Schema.DATE, Long.MIN_VALUE));
        }
        meeting.regions().forEach(r -> keyword(doc, Schema.REGION, r));
        peopleOf(meeting, item).stream().map(p -> canonicalPeople.getOrDefault(p, p)).distinct()
                .forEach(p -> keyword(doc, Schema.PERSON, p));
        new LinkedHashSet<>(item.projects()).forEach(p -> keyword(doc, Schema.PROJECT, p));
        return doc;
    }

    /** Participants and the people named in the item (presenters among them, by the parser); never absentees. */
    static Set<String> peopleOf(Meeting meeting, AgendaItem item) {
        Set<String> absent = meeting.absent().stream().map(Participant::name).collect(Collectors.toSet());
        Set<String> people = new LinkedHashSet<>();
        meeting.participants().stream().map(Participant::name).forEach(people::add);
        people.addAll(item.people());
        people.removeAll(absent);
        people.removeIf(String::isBlank);
        return people;
    }

    private static void keyword(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
