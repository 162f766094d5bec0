package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.minutes.Meeting;

/** A meeting as the index keeps it, with the hash of the original offered for download. */
public record StoredMeeting(Meeting meeting, String originalSha) {
}
