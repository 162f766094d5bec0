package dk.beslutningsarkiv.generate;

import dk.beslutningsarkiv.minutes.MeetingIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes N synthetic meetings as text files under {@code out/NNNN/}, a thousand to a folder. The
 * same seed gives the same files byte for byte: one random stream, consumed in one order.
 */
public final class CorpusGenerator {

    private static final int PER_FOLDER = 1000;
    private final ZipfWords words = ZipfWords.bundled();

    /** What was written: meetings and agenda items. */
    public record Summary(int meetings, long items) {
    }

    public Summary generate(int meetings, Path out, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        // A factory per corpus: it remembers the days its bodies met.
        MeetingFactory factory = new MeetingFactory(words);
        Templates[] templates = Templates.values();
        long items = 0;
        for (int i = 0; i < meetings; i++) {
            SyntheticMeeting meeting = factory.next(random);
            Templates template = templates[random.nextInt(templates.length)];
            Path folder = out.resolve(String.format("%04d", i / PER_FOLDER));
            Files.createDirectories(folder);
            String name = String.format("%07d-%s.txt", i, MeetingIds.slug(meeting.committee()));
            Files.writeString(folder.resolve(name), template.write(meeting), StandardCharsets.UTF_8);
            items += meeting.items().size();
        }
        return new Summary(meetings, items);
    }
}
