package dk.beslutningsarkiv.archive;

import java.util.List;

/** A meeting removed from the index, and the hashes of the originals removed with it (none unless asked). */
public record MeetingDeletion(String meetingId, List<String> originalsDeleted) {

    public MeetingDeletion {
        originalsDeleted = List.copyOf(originalsDeleted);
    }
}
