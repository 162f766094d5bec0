package dk.beslutningsarkiv.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files that must fail to import, made by the test itself: nothing is downloaded. */
public final class BrokenFiles {

    private BrokenFiles() {
    }

    /** A real PDF cut off after its first kilobytes: the header promises more than the file holds. */
    public static Path corruptPdf(Path dir) throws IOException {
        byte[] pdf = Files.readAllBytes(TestFiles.fixtures().resolve("000_ab5cc1dd3f794e91.pdf"));
        byte[] garbled = Arrays.copyOf(pdf, 1200);
        Arrays.fill(garbled, 400, 1200, (byte) 0x5A);
        return Files.write(dir.resolve("korrupt.pdf"), garbled);
    }

    public static Path emptyFile(Path dir) throws IOException {
        return Files.write(dir.resolve("tom.docx"), new byte[0]);
    }

    /** A PDF with a user password: nothing can be read without it. */
    public static Path encryptedPdf(Path dir) throws IOException {
        Path file = dir.resolve("krypteret.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(50, 700);
                text.showText("Referat af lukket punkt");
                text.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("ejer", "bruger", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PNG image: a format the archive does not read. */
    public static Path unsupportedFile(Path dir) throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 0x77, 0x53, (byte) 0xDE};
        return Files.write(dir.resolve("billede.png"), png);
    }
}
