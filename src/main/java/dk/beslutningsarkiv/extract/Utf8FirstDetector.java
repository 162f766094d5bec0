package dk.beslutningsarkiv.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Names a plain text UTF-8 when its first megabyte is valid UTF-8 without control characters, and
 * asks Tika's detectors otherwise. Those statistical detectors took half the time of parsing a text
 * file (2.5% of an import's CPU) to give the same answer in the common case. Danish text in Latin-1
 * or Windows-1252 is not valid UTF-8 (a letter above ASCII would have to be followed by symbols such
 * as "§" or "°" every time); UTF-16 without a byte order mark is, but has NULs, so control
 * characters send a text to Tika too.
 */
final class Utf8FirstDetector implements EncodingDetector {

    private static final int CHECKED = 1 << 20;

    private final EncodingDetector otherwise;

    Utf8FirstDetector(EncodingDetector otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return otherwise.detect(null, metadata);
        }
        input.mark(CHECKED);
        byte[] head;
        try {
            head = input.readNBytes(CHECKED);
        } finally {
            input.reset();
        }
        return isUtf8Text(head, head.length < CHECKED) ? StandardCharsets.UTF_8 : otherwise.detect(input, metadata);
    }

    /** Valid UTF-8 without {@link PlainTextSniffer#isControl control characters}; a sequence cut at a full buffer's end is fine. */
    static boolean isUtf8Text(byte[] bytes, boolean whole) {
        for (byte b : bytes) {
            if (PlainTextSniffer.isControl(b)) {
                return false;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, whole);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                // A full buffer may end inside a character: at most three bytes left undecoded.
                return whole ? !decoder.flush(out).isError() && !in.hasRemaining() : in.remaining() < 4;
            }
            out.clear();
        }
    }
}
