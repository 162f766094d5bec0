package dk.beslutningsarkiv.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Recognises the common case of a {@code .txt} file that is plain text, so its import skips Tika's
 * detection, which tries over a thousand magic patterns before concluding "text" and cost as much
 * as parsing such a file. Anything else (another name, a control byte, a first character that may
 * start markup or RTF) is left to Tika. Text that Tika would name by its content (mail headers, a
 * script, a calendar) is read as the plain text its name says it is.
 */
final class PlainTextSniffer {

    private static final int SNIFFED = 8192;

    private PlainTextSniffer() {
    }

    static boolean isPlainText(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFFED);
        }
        int first = -1;
        // After a UTF-8 byte order mark, the text's first character decides.
        boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        int start = bom ? 3 : 0;
        for (int i = start; i < head.length; i++) {
            if (isControl(head[i])) {
                return false; // binary, or UTF-16/32: Tika tells those apart
            }
            int b = head[i] & 0xff;
            if (first < 0 && b > ' ') {
                first = b;
            }
        }
        return first >= 0 && first != '<' && first != '{' && first != '%';
    }

    /** A control character plain text does not hold: below a space, but for tab, line breaks and form feed. */
    static boolean isControl(byte b) {
        return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
    }
}
