package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.DocumentType;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.minutes.Section;
import dk.beslutningsarkiv.minutes.StructuredText;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * An item's words field, which takes its words from the analysis of the item's title and body
 * ({@link ItemWords}), indexes what analysing "title, body and completed compounds" as one text
 * did: the same terms, frequencies and norms for every item, through one writer (so the filters
 * and their caches are reused from item to item).
 */
class ItemWordsTest {

    /** Stop words, words with parts, suspended compounds, odd letters, a token past the tokenizer's limit. */
    private static final String[] TRICKY = {"og", "OG", "hvorfor", "tvangsindlæggelser", "sagsbehandlingsforløb",
        "Kommuneplanen", "Aarhus", "Århus", "patient- og pårørendeinddragelse", "børne- og ungeudvalget",
        "15-17årige", "ß", "𝐀𝐁", "x".repeat(300), "e-mail", "LKT-Tvang", "§ 17", "3.4.1", "æøå"};

    @Test
    void wordsFieldIndexesTitleBodyAndCompletionsAsAnalysingThemAsOneTextDid() throws IOException {
        List<Meeting> meetings = new ArrayList<>(seeds());
        meetings.addAll(randomMeetings(new Random(7), vocabulary(meetings)));
        Map<String, Map<String, Object>> shared = indexed(meetings, false);
        Map<String, Map<String, Object>> asOneText = indexed(meetings, true);
        assertThat(shared).hasSize(asOneText.size()).hasSizeGreaterThan(200);
        assertThat(shared).isEqualTo(asOneText);
    }

    @Test
    void aWordsFieldAnalysedBeforeItsTextFieldsFailsRatherThanIndexTooFewWords() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forIndexing()))) {
            ItemWords words = new ItemWords();
            Document doc = new Document();
            doc.add(words.wordsField(Schema.WORDS, "", TextField.TYPE_NOT_STORED));
            doc.add(words.textField(Schema.BODY, "Tvangsindlæggelser i regionen", TextField.TYPE_NOT_STORED));
            assertThatThrownBy(() -> writer.addDocument(doc)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("words analysed before the item's 1 text fields (0 so far)");
            // The writer goes on: the next document is indexed.
            Document next = new Document();
            ItemWords nextWords = new ItemWords();
            next.add(nextWords.textField(Schema.BODY, "Tvangsindlæggelser i regionen", TextField.TYPE_NOT_STORED));
            next.add(nextWords.wordsField(Schema.WORDS, "", TextField.TYPE_NOT_STORED));
            writer.addDocument(next);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.docFreq(new Term(Schema.WORDS, "tvang"))).isEqualTo(1);
                assertThat(reader.docFreq(new Term(Schema.WORDS, "regionen"))).isEqualTo(1);
            }
        }
    }

    @Test
    void anItemIndexedTwiceHasTheSameWordsEachTime() throws IOException {
        MeetingDocuments documents = new MeetingDocuments(MeetingDocuments.facetsConfig(),
                new SuspendedCompounds(CompoundDictionary::get));
        Meeting meeting = randomMeetings(new Random(3), List.of(TRICKY)).getFirst();
        List<Document> docs = documents.documentsOf(meeting, List.of("sha"), "sha", Map.of());
        try (Directory once = new ByteBuffersDirectory(); Directory twice = new ByteBuffersDirectory()) {
            try (IndexWriter first = new IndexWriter(once, new IndexWriterConfig(Analyzers.forIndexing()));
                 IndexWriter second = new IndexWriter(twice, new IndexWriterConfig(Analyzers.forIndexing()))) {
                first.addDocuments(docs);
                second.addDocuments(docs);
            }
            try (DirectoryReader a = DirectoryReader.open(once); DirectoryReader b = DirectoryReader.open(twice)) {
                assertThat(fieldsByItem(b)).isEqualTo(fieldsByItem(a)).isNotEmpty();
            }
        }
    }

    /**
     * Item id to each text field's terms with their frequencies and its norm, the items indexed
     * as {@link MeetingDocuments} builds them, or with the words field as one text (as before).
     */
    private static Map<String, Map<String, Object>> indexed(List<Meeting> meetings, boolean wordsAsOneText)
            throws IOException {
        MeetingDocuments documents = new MeetingDocuments(MeetingDocuments.facetsConfig(),
                new SuspendedCompounds(CompoundDictionary::get));
        SuspendedCompounds completions = new SuspendedCompounds(CompoundDictionary::get);
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.forIndexing()))) {
                for (Meeting meeting : meetings) {
                    List<Document> docs = documents.documentsOf(meeting, List.of("sha"), "sha", Map.of());
                    if (wordsAsOneText) {
                        docs = docs.stream().map(d -> withWordsAsOneText(d, completions)).toList();
                    }
                    writer.addDocuments(docs);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return fieldsByItem(reader);
            }
        }
    }

    /** The document with its words field made the old way: title, body and completions as one string. */
    private static Document withWordsAsOneText(Document doc, SuspendedCompounds completions) {
        if (doc.get(Schema.ID) == null) {
            return doc;
        }
        Document copy = new Document();
        String text = doc.get(Schema.TITLE) + "\n" + doc.get(Schema.BODY);
        for (var field : doc.getFields()) {
            if (field.name().equals(Schema.WORDS)) {
                copy.add(new Field(Schema.WORDS, text + "\n" + String.join(" ", completions.complete(text)),
                        field.fieldType()));
            } else if (field.name().equals(Schema.TITLE) || field.name().equals(Schema.BODY)) {
                copy.add(new Field(field.name(), field.stringValue(), field.fieldType()));
            } else {
                copy.add(field);
            }
        }
        return copy;
    }

    private static Map<String, Map<String, Object>> fieldsByItem(DirectoryReader reader) throws IOException {
        Map<String, Map<String, Object>> items = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            StoredFields stored = r.storedFields();
            String[] ids = new String[r.maxDoc()];
            for (int doc = 0; doc < r.maxDoc(); doc++) {
                ids[doc] = stored.document(doc).get(Schema.ID);
                if (ids[doc] != null) {
                    items.put(ids[doc], new TreeMap<>());
                }
            }
            for (String field : List.of(Schema.TITLE, Schema.BODY, Schema.WORDS)) {
                collectTerms(r.terms(field), field, ids, items);
                NumericDocValues norms = r.getNormValues(field);
                for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                    if (ids[doc] != null) {
                        items.get(ids[doc]).put(field + " norm", norms.longValue());
                    }
                }
            }
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private static void collectTerms(Terms terms, String field, String[] ids, Map<String, Map<String, Object>> items)
            throws IOException {
        TermsEnum each = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            postings = each.postings(postings, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (ids[doc] != null) {
                    ((Map<String, Integer>) items.get(ids[doc]).computeIfAbsent(field, f -> new TreeMap<>()))
                            .put(term.utf8ToString(), postings.freq());
                }
            }
        }
    }

    private static List<Meeting> seeds() throws IOException {
        MinutesParser parser = MinutesParser.withBundledData();
        List<Meeting> meetings = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestFiles.resource("seeds"))) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                meetings.add(parser.parse(StructuredText.fromPlainText(Files.readString(seed)), seed.toString()));
            }
        }
        return meetings;
    }

    private static List<String> vocabulary(List<Meeting> meetings) {
        List<String> words = new ArrayList<>(List.of(TRICKY));
        for (Meeting m : meetings) {
            for (AgendaItem item : m.items()) {
                words.addAll(List.of(ItemBodies.bodyOf(item).split("\\s+")));
            }
        }
        return words;
    }

    /** Meetings of items whose titles and bodies are drawn from {@code words}, some with no title or body. */
    private static List<Meeting> randomMeetings(Random random, List<String> words) {
        List<Meeting> meetings = new ArrayList<>();
        for (int m = 0; m < 30; m++) {
            List<AgendaItem> items = new ArrayList<>();
            for (int n = 1; n <= 8; n++) {
                String title = random.nextInt(10) == 0 ? null : text(random, words, 1 + random.nextInt(8));
                List<Section> sections = new ArrayList<>();
                for (int s = random.nextInt(4); s > 0; s--) {
                    sections.add(new Section(random.nextBoolean() ? "Sagsfremstilling" : null,
                            text(random, words, random.nextInt(300))));
                }
                items.add(new AgendaItem(n, title, null, null, false, sections, null, null, null, List.of(),
                        List.of(), List.of()));
            }
            meetings.add(new Meeting("random-" + m, DocumentType.REFERAT, "Styregruppen", LocalDate.of(2024, 1, 2),
                    null, null, null, null, List.of(), List.of(), List.of(), items, List.of(), List.of()));
        }
        return meetings;
    }

    private static String text(Random random, List<String> words, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String word = random.nextInt(5) == 0 ? TRICKY[random.nextInt(TRICKY.length)]
                    : words.get(random.nextInt(words.size()));
            text.append(word)
                    .append(random.nextInt(12) == 0 ? "\n" : random.nextInt(15) == 0 ? "- og " : " ");
        }
        return text.toString();
    }
}
