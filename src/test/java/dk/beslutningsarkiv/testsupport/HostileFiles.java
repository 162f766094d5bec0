package dk.beslutningsarkiv.testsupport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile and odd input made by the test itself (nothing downloaded): damaged and encrypted PDFs,
 * random bytes, executables, a zip bomb inside a DOCX, huge text, unusual encodings, deep nesting,
 * a symbolic-link loop.
 */
public final class HostileFiles {

    /** Danish minutes text with æ, ø and å, which the encoding files must keep; %d is the day of the meeting. */
    public static final String DANISH_MINUTES = """
            Referat
            Styregruppen for Lærings- og Kvalitetsteams
            Mødedato: %d. marts 2024
            1. Godkendelse af dagsorden
            Dagsordenen blev godkendt. Æbleskiverne på Østerbro blev drøftet i Århus.
            """;

    private HostileFiles() {
    }

    /**
     * Every hostile file, by name (the symbolic-link loop aside); each must fail with its reason or import with a
     * warning. {@code hugeTextBytes} is the size of the big text file (100 MB in the full run).
     */
    public static Map<String, Path> writeAll(Path dir, long hugeTextBytes) throws IOException {
        Files.createDirectories(dir);
        Map<String, Path> files = new LinkedHashMap<>();
        put(files, BrokenFiles.corruptPdf(dir));
        put(files, truncatedPdf(dir));
        put(files, BrokenFiles.encryptedPdf(dir));
        put(files, BrokenFiles.emptyFile(dir));
        put(files, randomBytes(dir));
        put(files, windowsExecutable(dir));
        put(files, linuxExecutable(dir));
        put(files, zipBombDocx(dir));
        put(files, hugeText(dir, hugeTextBytes));
        put(files, deeplyNestedHtml(dir));
        put(files, text(dir, "utf16.txt", StandardCharsets.UTF_16, 12));
        put(files, text(dir, "latin1.txt", StandardCharsets.ISO_8859_1, 13));
        put(files, invalidUtf8(dir));
        symlinkLoop(dir);
        return files;
    }

    private static void put(Map<String, Path> files, Path file) {
        files.put(file.getFileName().toString(), file);
    }

    /** The first half of a real PDF: the cross-reference table and the end are gone. */
    public static Path truncatedPdf(Path dir) throws IOException {
        byte[] pdf = Files.readAllBytes(TestFiles.fixtures().resolve("001_a016bfd03270cee0.pdf"));
        return Files.write(dir.resolve("afkortet.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
    }

    /** Random bytes under a name that promises a PDF. */
    public static Path randomBytes(Path dir) throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(8).nextBytes(bytes);
        return Files.write(dir.resolve("tilfaeldige-bytes.pdf"), bytes);
    }

    /** The start of a Windows program (MZ and PE headers). */
    public static Path windowsExecutable(Path dir) throws IOException {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return Files.write(dir.resolve("program.exe"), exe);
    }

    /** The start of a Linux program (an ELF header), without a telling extension. */
    public static Path linuxExecutable(Path dir) throws IOException {
        byte[] elf = new byte[1024];
        byte[] header = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        elf[16] = 2; // ET_EXEC
        elf[18] = 0x3E; // x86-64
        return Files.write(dir.resolve("referat-program"), elf);
    }

    /**
     * A DOCX whose document.xml inflates to 200 MB of one letter from a few hundred kilobytes:
     * the classic zip bomb, streamed through the deflater so the test never holds it in memory.
     */
    public static Path zipBombDocx(Path dir) throws IOException {
        Path file = dir.resolve("zipbombe.docx");
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 200; i++) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A text file of {@code bytes} bytes of real Danish lines, written in a stream. */
    public static Path hugeText(Path dir, long bytes) throws IOException {
        Path file = dir.resolve("kaempestor.txt");
        byte[] line = "Punkt 1. Tvang i psykiatrien blev drøftet, og indstillingen blev godkendt.\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[line.length * 4096];
        for (int i = 0; i < 4096; i++) {
            System.arraycopy(line, 0, block, i * line.length, line.length);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            long left = bytes;
            while (left > 0) {
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                left -= n;
            }
        }
        return file;
    }

    /** A file of {@code bytes} bytes that takes no disk: a hole, for size limits. */
    public static Path sparseFile(Path dir, String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes);
        }
        return file;
    }

    /** HTML nested 20,000 elements deep, which a recursive reader would not survive. */
    public static Path deeplyNestedHtml(Path dir) throws IOException {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(20_000)).append("Referat").append("</div>".repeat(20_000));
        html.append("</body></html>");
        return Files.writeString(dir.resolve("dyb.html"), html);
    }

    /** The Danish minutes text in another encoding (UTF-16 writes a byte-order mark). */
    public static Path text(Path dir, String name, Charset charset, int day) throws IOException {
        return Files.write(dir.resolve(name), DANISH_MINUTES.formatted(day).getBytes(charset));
    }

    /** UTF-8 with broken sequences in the middle of words. */
    public static Path invalidUtf8(Path dir) throws IOException {
        byte[] good = DANISH_MINUTES.formatted(14).getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length + 4);
        System.arraycopy(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'}, 0, bad, good.length, 4);
        return Files.write(dir.resolve("ugyldig-utf8.txt"), bad);
    }

    /** A folder whose link points back at its parent, so a naive walk never ends. */
    public static Path symlinkLoop(Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("loekke"));
        return Files.createSymbolicLink(sub.resolve("tilbage"), dir);
    }
}
