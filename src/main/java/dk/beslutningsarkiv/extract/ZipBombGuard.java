package dk.beslutningsarkiv.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks inside zip-based documents (DOCX, ODT) before Tika does. Tika notices a bomb only after it
 * has inflated and read the text, which for a 200 KB file can mean 200 MB of characters in memory;
 * this guard inflates each entry into nothing and stops as soon as the numbers give the bomb away.
 * Declared sizes are not trusted: the bytes are counted.
 */
final class ZipBombGuard {

    /** Real documents compress text about 5 to 20 times; a bomb compresses hundreds of times. */
    static final int MAX_RATIO = 100;
    /** Small entries may compress well (a page of repeated markup); the ratio counts only beyond this. */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private final long maxTotalBytes;

    /** {@code maxTotalBytes}: all entries together may unpack to at most this much. */
    ZipBombGuard(long maxTotalBytes) {
        this.maxTotalBytes = maxTotalBytes;
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    void check(Path file) throws ExtractionException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long packed = Math.max(entry.getCompressedSize(), 1);
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        unpacked += n;
                        total += n;
                        if (unpacked > RATIO_GRACE_BYTES && unpacked / packed > MAX_RATIO) {
                            throw new ExtractionException("the file looks like a zip bomb: " + entry.getName()
                                    + " unpacks to more than " + MAX_RATIO + " times its packed size");
                        }
                        if (total > maxTotalBytes) {
                            throw new ExtractionException("the file unpacks to more than " + size(maxTotalBytes));
                        }
                    }
                }
            }
        } catch (IOException e) {
            // Not a readable zip: Tika's own parser says what is wrong with it.
        }
    }
}
