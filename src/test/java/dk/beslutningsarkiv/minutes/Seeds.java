package dk.beslutningsarkiv.minutes;

import dk.beslutningsarkiv.extract.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The five sample documents as production reads them: plain text through the extractor's cleaner. */
final class Seeds {

    static final List<String> FILES = List.of("000_ab5cc1dd3f794e91.txt", "001_a016bfd03270cee0.txt",
            "002_e78797d65e38c847.txt", "003_c7bbfa67926f1f32.txt", "004_a7e590f0fd05756c.txt");

    private Seeds() {
    }

    static String raw(String file) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing seed " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StructuredText structured(String file) {
        return TextCleaner.clean(StructuredText.fromPlainText(raw(file)));
    }
}
