package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;

/** Random documents over several segments, some of them deleted: the shape of index a search must be right on. */
final class SegmentsWithDeletions {

    private SegmentsWithDeletions() {
    }

    /**
     * Writes {@code documents} documents, each an "id" field and what {@code fields} adds, a commit
     * (a segment) every {@code perSegment}, then deletes {@code deletions} ids drawn at random;
     * opens the result, checked to have several segments and deletions.
     */
    static DirectoryReader write(Directory dir, Random random, int documents, int perSegment, int deletions,
                                 Consumer<Document> fields) throws IOException {
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int id = 0; id < documents; id++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(id), Field.Store.NO));
                fields.accept(doc);
                writer.addDocument(doc);
                if (id % perSegment == perSegment - 1) {
                    writer.commit();
                }
            }
            for (int i = 0; i < deletions; i++) {
                writer.deleteDocuments(new Term("id", Integer.toString(random.nextInt(documents))));
            }
            writer.commit();
        }
        DirectoryReader reader = DirectoryReader.open(dir);
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        assertThat(reader.hasDeletions()).isTrue();
        return reader;
    }
}
