package dk.beslutningsarkiv.extract;

import dk.beslutningsarkiv.minutes.StructuredText;
import dk.beslutningsarkiv.minutes.TextBlock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.txt.TXTParser;
import org.xml.sax.SAXException;

/**
 * Extracts structured, cleaned text from PDF, DOCX, DOC, ODT, RTF, HTML and TXT files with Apache
 * Tika, within {@link ExtractionLimits}: a file too big, too long or too slow fails alone with a
 * plain reason.
 */
public final class TikaExtractor implements AutoCloseable {

    /** Built with the first file: loading Tika's parsers takes a second a service should not wait for at start. */
    private volatile AutoDetectParser parser;
    /** Formats that are zip containers, where a small file can unpack to gigabytes. */
    private static final Set<String> ZIP_FORMATS = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text");

    private static final Parser PLAIN_TEXT = new TXTParser(new Utf8FirstDetector(new DefaultEncodingDetector()));

    private final ExtractionLimits limits;
    private final ZipBombGuard zipGuard;
    // Daemon threads: a parse stuck in a hostile file must not keep the JVM alive.
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tika-extract");
        t.setDaemon(true);
        return t;
    });

    public TikaExtractor(ExtractionLimits limits) {
        this.limits = limits;
        // A document's parts unpack to at most twice the largest file: text in XML takes more room than packed.
        this.zipGuard = new ZipBombGuard(2 * limits.maxFileBytes());
    }

    public TikaExtractor() {
        this(ExtractionLimits.DEFAULT);
    }

    /** Detects the file's media type, refusing formats the archive does not read. */
    public MediaType detect(Path file) throws ExtractionException {
        try {
            if (PlainTextSniffer.isPlainText(file)) {
                return MediaType.TEXT_PLAIN;
            }
            try (TikaInputStream in = TikaInputStream.get(file)) {
                return parser().getDetector().detect(in, metadataFor(file));
            }
        } catch (IOException e) {
            throw new ExtractionException("cannot be read: " + e.getMessage(), e);
        }
    }

    public Extraction extract(Path file) throws ExtractionException {
        long size = sizeOf(file);
        if (size == 0) {
            throw new ExtractionException("the file is empty");
        }
        if (size > limits.maxFileBytes()) {
            throw new ExtractionException("the file is " + megabytes(size) + " MB, more than the limit of "
                    + megabytes(limits.maxFileBytes()) + " MB");
        }
        MediaType type = detect(file);
        if (SupportedFormats.nameOf(type).isEmpty()) {
            throw new ExtractionException("unsupported file type " + type.getBaseType()
                    + " (the archive reads " + SupportedFormats.list() + ")");
        }
        if (ZIP_FORMATS.contains(type.getBaseType().toString())) {
            zipGuard.check(file);
        }
        StructuredText raw = parseWithTimeout(file, type);
        StructuredText cleaned = TextCleaner.clean(raw);
        if (cleaned.blocks().stream().allMatch(b -> b.kind() == TextBlock.Kind.PAGE_BREAK)) {
            throw new ExtractionException("no text could be extracted (a scanned or empty document?)");
        }
        return new Extraction(type.getBaseType().toString(), cleaned);
    }

    private StructuredText parseWithTimeout(Path file, MediaType type) throws ExtractionException {
        Future<StructuredText> result = workers.submit(() -> parse(file, type));
        try {
            return result.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new ExtractionException("extraction took longer than " + seconds(limits.timeout()));
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException("extraction was interrupted", e);
        } catch (ExecutionException e) {
            throw reasonFor(e.getCause());
        }
    }

    private StructuredText parse(Path file, MediaType type) throws IOException, SAXException, TikaException {
        XhtmlBlockHandler handler = new XhtmlBlockHandler(limits.maxCharacters());
        ParseContext context = new ParseContext();
        // Embedded files (images, attached objects) are not part of the minutes' text.
        context.set(Parser.class, new EmptyParser());
        try (InputStream in = TikaInputStream.get(file)) {
            parserFor(type).parse(in, handler, metadataFor(file), context);
        }
        return handler.result();
    }

    /** Loads Tika's parsers now, e.g. on a background thread after a service has started. */
    public void warmUp() {
        parser();
    }

    /**
     * Plain text goes straight to Tika's text parser: the type is known by now, and the auto-detecting
     * parser would detect it again and sniff every text file for CSV, which cost more than the parse.
     */
    private Parser parserFor(MediaType type) {
        return MediaType.TEXT_PLAIN.equals(type.getBaseType()) ? PLAIN_TEXT : parser();
    }

    private AutoDetectParser parser() {
        AutoDetectParser p = parser;
        if (p == null) {
            synchronized (this) {
                if (parser == null) {
                    parser = new AutoDetectParser();
                }
                p = parser;
            }
        }
        return p;
    }

    private static ExtractionException reasonFor(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof EncryptedDocumentException || root instanceof XhtmlBlockHandler.CharacterLimitException) {
                break;
            }
            root = root.getCause();
        }
        if (cause instanceof EncryptedDocumentException || root instanceof EncryptedDocumentException) {
            return new ExtractionException("the document is encrypted (password-protected)", cause);
        }
        if (root instanceof XhtmlBlockHandler.CharacterLimitException limit) {
            return new ExtractionException("the document holds " + limit.getMessage(), cause);
        }
        if (cause instanceof OutOfMemoryError) {
            return new ExtractionException("the document needs more memory than allowed to read", cause);
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new ExtractionException("the file is damaged or not readable as its type: " + firstLine(detail), cause);
    }

    private static Metadata metadataFor(Path file) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        return metadata;
    }

    private static long sizeOf(Path file) throws ExtractionException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ExtractionException("cannot be read: " + e.getMessage(), e);
        }
    }

    private static String megabytes(long bytes) {
        return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }

    private static String seconds(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
