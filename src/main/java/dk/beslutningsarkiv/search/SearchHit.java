package dk.beslutningsarkiv.search;

/** One agenda item found; {@code snippet} is HTML-escaped text in which only {@code <mark>} is markup. */
public record SearchHit(String id, String meetingId, int number, String title, String committee, String meetingDate,
                        String documentType, String outcome, String snippet, String url) {

    /** The item's permalink on the web page; stable across rebuilds because ids are. */
    public static String permalink(String meetingId, int number) {
        return "/moeder/" + meetingId + "#punkt-" + number;
    }
}
