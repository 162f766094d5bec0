package dk.beslutningsarkiv.bench.peers;

import dk.beslutningsarkiv.index.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Reads the item documents of a data folder's index ({@code DATA/index}, as ArchiveIndex lays it
 * out) from its last commit, read-only: no write lock, so a running server may hold the folder.
 */
final class IndexItems {

    /** Receives items one by one, so a large archive is never held in memory. */
    @FunctionalInterface
    interface Sink {
        void accept(ItemRecord item) throws IOException;
    }

    private IndexItems() {
    }

    /** Hands every live item to {@code sink} in index order; returns how many there were. */
    static long forEach(Path dataDir, Sink sink) throws IOException {
        long count = 0;
        try (Directory directory = FSDirectory.open(dataDir.resolve("index"));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                count += forEachInLeaf(leaf.reader(), sink);
            }
        }
        return count;
    }

    private static long forEachInLeaf(LeafReader reader, Sink sink) throws IOException {
        // kind is indexed, not stored: its postings are the only way to tell items from meetings and persons.
        PostingsEnum items = reader.postings(new Term(Schema.KIND, Schema.KIND_ITEM), PostingsEnum.NONE);
        if (items == null) {
            return 0;
        }
        Bits live = reader.getLiveDocs();
        StoredFields stored = reader.storedFields();
        long count = 0;
        for (int doc = items.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = items.nextDoc()) {
            if (live == null || live.get(doc)) {
                sink.accept(itemOf(stored.document(doc)));
                count++;
            }
        }
        return count;
    }

    static ItemRecord itemOf(Document doc) {
        return new ItemRecord(doc.get(Schema.ID), doc.get(Schema.MEETING_ID),
                doc.getField(Schema.NUMBER).numericValue().intValue(),
                doc.get(Schema.TITLE), doc.get(Schema.BODY), doc.get(Schema.DECISION),
                doc.get(Schema.COMMITTEE), values(doc, Schema.REGION), doc.get(Schema.YEAR),
                values(doc, Schema.PERSON), values(doc, Schema.PROJECT),
                doc.get(Schema.OUTCOME), doc.get(Schema.TYPE), doc.get(Schema.DATE));
    }

    private static List<String> values(Document doc, String field) {
        return List.of(doc.getValues(field));
    }
}
