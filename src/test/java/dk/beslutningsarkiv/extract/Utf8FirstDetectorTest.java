package dk.beslutningsarkiv.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UTF-8 text is named so without Tika's statistical detectors; anything else still goes to them. */
class Utf8FirstDetectorTest {

    private static final String DANISH = "Referat\nStyregruppen for LKT Tvang\nØkonomi og sundhedsklynger: æ ø å Æ Ø Å.\n";

    @TempDir
    Path tmp;

    @Test
    void utf8TextIsUtf8WithoutAskingTika() throws IOException {
        Counting tika = new Counting();

        assertThat(detect(DANISH.getBytes(StandardCharsets.UTF_8), tika)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detect("Referat af mødet\tkl. 10\r\n\f".getBytes(StandardCharsets.UTF_8), tika))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(tika.calls.get()).isZero();
    }

    @Test
    void latin1AndWindows1252AndUtf16AreLeftToTika() throws IOException {
        Counting tika = new Counting();

        assertThat(detect(DANISH.getBytes(StandardCharsets.ISO_8859_1), tika)).isNotEqualTo(StandardCharsets.UTF_8);
        assertThat(detect("Mødet \u2013 kl. 10".getBytes(Charset.forName("windows-1252")), tika))
                .isNotEqualTo(StandardCharsets.UTF_8);
        assertThat(detect("Referat".getBytes(StandardCharsets.UTF_16LE), tika)).isNotEqualTo(StandardCharsets.UTF_8);
        assertThat(tika.calls.get()).isEqualTo(3);
    }

    @Test
    void theStreamIsReadFromItsStartAfterDetection() throws IOException {
        byte[] bytes = DANISH.getBytes(StandardCharsets.UTF_8);
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));

        new Utf8FirstDetector(new Counting()).detect(in, new Metadata());

        assertThat(in.readAllBytes()).isEqualTo(bytes);
    }

    @Test
    void aCharacterCutAtTheEndOfAFullBufferIsNoError() {
        byte[] bytes = "abcæ".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);

        assertThat(Utf8FirstDetector.isUtf8Text(cut, false)).isTrue();
        assertThat(Utf8FirstDetector.isUtf8Text(cut, true)).isFalse();
        assertThat(Utf8FirstDetector.isUtf8Text(bytes, true)).isTrue();
    }

    @Test
    void danishLettersAfterLongAsciiAreReadAsUtf8() throws Exception {
        // Tika's detectors look at the first few kilobytes only; the whole text decides here.
        String text = "Referat\n" + "Punkt 1 tager stilling til sagen.\n".repeat(1_000) + "Beslutning: Økonomiudvalget godkendte.\n";
        Path file = Files.writeString(tmp.resolve("langt-referat.txt"), text, StandardCharsets.UTF_8);

        try (TikaExtractor extractor = new TikaExtractor()) {
            assertThat(extractor.extract(file).text().plainText()).contains("Beslutning: Økonomiudvalget godkendte.");
        }
    }

    private static Charset detect(byte[] bytes, EncodingDetector tika) throws IOException {
        return new Utf8FirstDetector(tika).detect(new BufferedInputStream(new ByteArrayInputStream(bytes)), new Metadata());
    }

    /** Tika's own detectors, counting how often they are asked. */
    private static final class Counting implements EncodingDetector {
        private final EncodingDetector tika = new DefaultEncodingDetector();
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public Charset detect(InputStream input, Metadata metadata) throws IOException {
            calls.incrementAndGet();
            return tika.detect(input, metadata);
        }
    }
}
