package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.MeetingJson;
import dk.beslutningsarkiv.index.Schema;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;

/** Reads whole meetings back from the index for meeting pages and item permalinks. */
public final class MeetingReader {

    /** Meeting ids are slugs; anything else is refused before it reaches the index or the disk. */
    private static final Pattern VALID_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");

    private final ArchiveIndex index;

    public MeetingReader(ArchiveIndex index) {
        this.index = index;
    }

    public static boolean isValidId(String meetingId) {
        return meetingId != null && VALID_ID.matcher(meetingId).matches();
    }

    public Optional<StoredMeeting> find(String meetingId) throws IOException {
        if (!isValidId(meetingId)) {
            return Optional.empty();
        }
        Optional<Document> doc = index.findMeetingDocument(meetingId);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoredMeeting(MeetingJson.read(doc.get().get(Schema.MEETING_JSON)),
                doc.get().get(Schema.ORIGINAL_SHA)));
    }
}
