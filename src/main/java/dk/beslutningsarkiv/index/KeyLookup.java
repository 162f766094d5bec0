package dk.beslutningsarkiv.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/**
 * Finds the document of a unique key (a meeting id, an original's hash) by one terms-dictionary
 * seek per segment. A query did more: its weight looked up every term in every segment before
 * searching, and an import with merging paused has a hundred segments, where asking for each new
 * meeting that way was a third of the import's ordered work.
 */
final class KeyLookup {

    private KeyLookup() {
    }

    /** The first live document with both terms; {@code kind} is only read in segments that hold {@code key}. */
    static Optional<Document> find(IndexSearcher searcher, Term key, Term kind) throws IOException {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int doc = firstLive(leaf.reader(), key, kind);
            if (doc != DocIdSetIterator.NO_MORE_DOCS) {
                return Optional.of(leaf.reader().storedFields().document(doc));
            }
        }
        return Optional.empty();
    }

    /** Every live document with the term, from one view of the index. */
    static List<Document> findAll(IndexSearcher searcher, Term key) throws IOException {
        List<Document> found = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            PostingsEnum docs = TermPostings.of(leaf.reader(), key);
            if (docs == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    found.add(stored.document(doc));
                }
            }
        }
        return found;
    }

    private static int firstLive(LeafReader reader, Term key, Term kind) throws IOException {
        PostingsEnum docs = TermPostings.of(reader, key);
        if (docs == null) {
            return DocIdSetIterator.NO_MORE_DOCS;
        }
        PostingsEnum kinds = null;
        Bits live = reader.getLiveDocs();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            if (kinds == null) {
                kinds = TermPostings.of(reader, kind);
                if (kinds == null) {
                    return DocIdSetIterator.NO_MORE_DOCS;
                }
            }
            if (kinds.docID() < doc) {
                kinds.advance(doc);
            }
            if (kinds.docID() == doc) {
                return doc;
            }
        }
        return DocIdSetIterator.NO_MORE_DOCS;
    }
}
