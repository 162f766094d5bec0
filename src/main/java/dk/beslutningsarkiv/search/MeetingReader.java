package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.ItemBodies;
import dk.beslutningsarkiv.index.MeetingJson;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.Meeting;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // The meeting's document and its items' are read from one view: the items hold the sections' texts.
        List<Document> docs = index.findMeetingDocuments(meetingId);
        Optional<Document> meeting = docs.stream().filter(d -> d.get(Schema.MEETING_JSON) != null).findFirst();
        if (meeting.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> bodies = new HashMap<>();
        for (Document doc : docs) {
            if (doc.get(Schema.ID) != null) {
                bodies.put(doc.get(Schema.ID), doc.get(Schema.BODY));
            }
        }
        Meeting outline = MeetingJson.read(meeting.get().get(Schema.MEETING_JSON));
        return Optional.of(new StoredMeeting(ItemBodies.withTexts(outline, meeting.get().get(Schema.SECTION_LENGTHS), bodies),
                meeting.get().get(Schema.ORIGINAL_SHA)));
    }
}
