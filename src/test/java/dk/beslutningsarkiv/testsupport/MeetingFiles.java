package dk.beslutningsarkiv.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Small, distinct minutes as text files: one meeting each, two items each, all mentioning "tvang". */
public final class MeetingFiles {

    private MeetingFiles() {
    }

    /** Writes {@code count} files into {@code dir}; {@code offset} shifts the dates, so two sets never share a meeting. */
    public static Path write(Path dir, int count, int offset) throws IOException {
        Files.createDirectories(dir);
        LocalDate first = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < count; i++) {
            LocalDate date = first.plusDays(offset + i);
            String text = """
                    Referat
                    Styregruppen for Lærings- og Kvalitetsteams
                    Mødedato: %d. %s %d
                    1. Godkendelse af dagsorden
                    Dagsordenen blev godkendt.
                    2. Status for LKT Tvang, møde %d
                    Styregruppen drøftede tvang i psykiatrien og tog orienteringen til efterretning.
                    """.formatted(date.getDayOfMonth(), MONTHS[date.getMonthValue() - 1], date.getYear(), offset + i);
            Files.writeString(dir.resolve("referat-%05d.txt".formatted(offset + i)), text);
        }
        return dir;
    }

    private static final String[] MONTHS = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
        "september", "oktober", "november", "december"};
}
