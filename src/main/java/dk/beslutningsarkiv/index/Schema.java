package dk.beslutningsarkiv.index;

/**
 * Every field name of the index in one place. The index holds one document per agenda item
 * (kind=item), carrying its meeting's fields so a hit needs no join, and one document per meeting
 * (kind=meeting) holding the parsed meeting as JSON for meeting pages.
 */
public final class Schema {

    /** Bumped whenever analysis or fields change; stored in the commit data, checked at open. */
    public static final int VERSION = 9;
    public static final String VERSION_KEY = "schemaVersion";

    /** "item" or "meeting": StringField, so searches can keep to items. */
    public static final String KIND = "kind";
    public static final String KIND_ITEM = "item";
    public static final String KIND_MEETING = "meeting";
    /** One per person the archive knows, holding the canonical spelling of the name. */
    public static final String KIND_PERSON = "person";

    /** Item id "<meetingId>-punkt-<n>": StringField (update/delete key) and sorted doc values (tie-break). */
    public static final String ID = "id";
    /** The meeting's stable id: StringField, stored; the key that replaces a meeting's documents together. */
    public static final String MEETING_ID = "meetingId";
    /** The item number as printed: stored only, shown with each hit. */
    public static final String NUMBER = "number";

    /** Analysed Danish text fields, stored for hits and highlighting, offsets in postings for the highlighter. */
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String DECISION = "decision";

    /**
     * Every word of title and text as written (not stemmed) plus the words compounds are built
     * from ({@link CompoundSplitter}) and completed suspended compounds: not stored, frequencies
     * but no positions (phrases are matched in the text fields); matched with a low weight, and
     * the source of spelling suggestions and typeahead.
     */
    public static final String WORDS = "words";

    /** Exact-match keyword fields (StringField) for filters, with sorted-set doc values for facets. */
    public static final String COMMITTEE = "committee";
    public static final String REGION = "region";
    public static final String YEAR = "year";
    public static final String PERSON = "person";
    public static final String PROJECT = "project";
    public static final String OUTCOME = "outcome";
    public static final String TYPE = "type";

    /** The facet dimensions, in the order pages show them; each is also a filter parameter of the same name. */
    public static final java.util.List<String> FACET_DIMENSIONS =
            java.util.List.of(COMMITTEE, REGION, YEAR, PERSON, PROJECT, OUTCOME, TYPE);

    /** The item's own case number (sagsnummer): StringField, stored, for "every item of this case". */
    public static final String CASE_NUMBER = "caseNumber";

    /** Meeting date as epoch day: LongPoint for ranges, doc values for date sort and recency, stored as ISO text. */
    public static final String DATE = "meetingDate";

    /** Person documents: spelling-tolerant key and first-name key (StringFields), canonical name and organisation (stored). */
    public static final String PERSON_KEY = "personKey";
    public static final String PERSON_FIRST = "personFirst";
    public static final String PERSON_NAME = "personName";
    public static final String PERSON_ORGANISATION = "personOrganisation";

    /** SHA-256 of every original that parsed to this meeting: StringField, stored, on meeting documents. */
    public static final String SOURCE_SHA = "sourceSha";
    /** The original shown for download: stored on meeting documents. */
    public static final String ORIGINAL_SHA = "originalSha";
    /** The parsed meeting as JSON without its sections' texts ({@link ItemBodies}): stored only, on meeting documents. */
    public static final String MEETING_JSON = "meetingJson";
    /** The lengths of the sections' texts, to cut them from the items' bodies: stored only, on meeting documents. */
    public static final String SECTION_LENGTHS = "sectionLengths";

    private Schema() {
    }

    public static String itemId(String meetingId, int number) {
        return meetingId + "-punkt-" + number;
    }
}
