package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvenSplitMergePolicyTest {

    @TempDir
    Path tmp;

    @Test
    void groupsAreNeighboursOfAboutEqualSize() {
        List<String> segments = List.of("a", "b", "c", "d", "e", "f");

        assertThat(EvenSplitMergePolicy.groups(segments, new long[] {10, 10, 10, 10, 10, 10}, 2))
                .containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"));
        assertThat(EvenSplitMergePolicy.groups(segments, new long[] {50, 10, 10, 10, 10, 10}, 2))
                .containsExactly(List.of("a"), List.of("b", "c", "d", "e", "f"));
        assertThat(EvenSplitMergePolicy.groups(segments, new long[] {10, 10, 10, 10, 10, 10}, 3))
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
        assertThat(EvenSplitMergePolicy.groups(segments, new long[] {10, 10, 10, 10, 10, 10}, 1))
                .containsExactly(segments);
    }

    @Test
    void everyGroupGetsASegmentWhenTheLargestComeLast() {
        List<String> segments = List.of("a", "b", "c", "d");

        assertThat(EvenSplitMergePolicy.groups(segments, new long[] {1, 1, 1, 100}, 3))
                .containsExactly(List.of("a", "b"), List.of("c"), List.of("d"));
    }

    @Test
    void aForcedMergeEndsInTheAskedSegmentsWithDocumentsInTheirOrderAndDeletionsGone() throws Exception {
        try (Directory directory = FSDirectory.open(tmp)) {
            forceMerge(directory, 3, 1);

            List<Integer> sizes = segments(directory);
            assertThat(sizes).hasSize(3).allSatisfy(size -> assertThat(size).isBetween(80, 120));
            assertThat(ids(directory)).containsExactlyElementsOf(
                    IntStream.range(0, 300).filter(i -> i != 7 && i != 150).boxed().toList());
        }
    }

    @Test
    void aSmallIndexIsMergedIntoFewerSegmentsOfAtLeastTheLeastSize() throws Exception {
        try (Directory directory = FSDirectory.open(tmp)) {
            forceMerge(directory, 3, Long.MAX_VALUE);

            assertThat(segments(directory)).containsExactly(298);
        }
    }

    /** 300 documents in 15 segments, two deleted, then merged down to {@code segments}. */
    private static void forceMerge(Directory directory, int segments, long minBytes) throws Exception {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int doc = 0; doc < 300; doc++) {
                writer.addDocument(document(doc));
                if (doc % 20 == 19) {
                    writer.commit();
                }
            }
            writer.deleteDocuments(new Term("id", "7"), new Term("id", "150"));
            writer.commit();
            assertThat(segments(directory)).hasSize(15);

            writer.getConfig().setMergePolicy(new EvenSplitMergePolicy(new TieredMergePolicy(), minBytes));
            ((ConcurrentMergeScheduler) writer.getConfig().getMergeScheduler()).setMaxMergesAndThreads(8, segments);
            writer.forceMerge(segments);
            writer.commit();
        }
    }

    private static Document document(int id) {
        Document doc = new Document();
        doc.add(new StringField("id", String.valueOf(id), Field.Store.NO));
        doc.add(new StoredField("n", id));
        return doc;
    }

    private static List<Integer> segments(Directory directory) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().stream().map(leaf -> leaf.reader().maxDoc()).toList();
        }
    }

    /** Stored ids in index order, live documents only. */
    private static List<Integer> ids(Directory directory) throws Exception {
        List<Integer> ids = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(doc)) {
                        ids.add(stored.document(doc).getField("n").numericValue().intValue());
                    }
                }
            }
        }
        return ids;
    }
}
