package dk.beslutningsarkiv.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a power cut soon after a bulk import can leave (originals are not synced one by one there):
 * an empty original or an empty record. Either counts as not stored, and storing it again repairs it.
 */
class OriginalStoreTest {

    @TempDir
    Path tmp;

    @Test
    void anOriginalLeftEmptyIsNotFoundAndStoringItAgainRepairsIt() throws IOException {
        OriginalStore store = new OriginalStore(tmp.resolve("data"));
        String sha = storeText(store, "referat.txt", "Referat af mødet");
        Files.write(store.contentPath(sha), new byte[0]);

        assertThat(store.find(sha)).isEmpty();
        storeText(store, "referat.txt", "Referat af mødet");

        assertThat(store.find(sha)).isPresent();
        assertThat(Files.readString(store.contentPath(sha))).isEqualTo("Referat af mødet");
    }

    @Test
    void anOriginalWhoseRecordWasLeftEmptyIsNotFoundAndStoringItAgainRepairsIt() throws IOException {
        OriginalStore store = new OriginalStore(tmp.resolve("data"));
        String sha = storeText(store, "dagsorden.txt", "Dagsorden");
        Files.write(store.recordPath(sha), new byte[0]);

        assertThat(store.find(sha)).isEmpty();
        storeText(store, "dagsorden.txt", "Dagsorden");

        StoredOriginal repaired = store.find(sha).orElseThrow();
        assertThat(repaired.fileName()).isEqualTo("dagsorden.txt");
        assertThat(repaired.size()).isEqualTo(Files.size(tmp.resolve("dagsorden.txt")));
    }

    @Test
    void aRecordCutShortOrLeftAsZerosIsTornAndNotFound() throws IOException {
        OriginalStore store = new OriginalStore(tmp.resolve("data"));
        String cut = storeText(store, "cut.txt", "Referat");
        String zeros = storeText(store, "zeros.txt", "Dagsorden");
        byte[] record = Files.readAllBytes(store.recordPath(cut));
        Files.write(store.recordPath(cut), Arrays.copyOf(record, record.length / 2));
        Files.write(store.recordPath(zeros), new byte[Files.readAllBytes(store.recordPath(zeros)).length]);

        assertThat(store.find(cut)).isEmpty();
        assertThat(store.find(zeros)).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void aWholeRecordThatIsNotOneOfOursStillFails() throws IOException {
        OriginalStore store = new OriginalStore(tmp.resolve("data"));
        String sha = storeText(store, "referat.txt", "Referat");
        Files.writeString(store.recordPath(sha), "{\"surprise\": true}");

        assertThatThrownBy(() -> store.find(sha)).isInstanceOf(IOException.class);
        assertThatThrownBy(store::all).isInstanceOf(UncheckedIOException.class).hasMessageContaining(sha);
    }

    /** Writes {@code text} to a file {@code name} and stores it; its hash. */
    private String storeText(OriginalStore store, String name, String text) throws IOException {
        Path file = Files.writeString(tmp.resolve(name), text);
        String sha = Sha256.of(file);
        store.put(file, sha, name, "text/plain");
        return sha;
    }
}
