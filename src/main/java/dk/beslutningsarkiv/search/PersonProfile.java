package dk.beslutningsarkiv.search;

import java.util.List;

/**
 * One person across the archive: the canonical spelling, every spelling found, the meetings the
 * person attended and the items the person presented or was named in.
 */
public record PersonProfile(String name, List<String> variants, List<Attendance> meetings, List<NamedItem> items) {

    public PersonProfile {
        variants = List.copyOf(variants);
        meetings = List.copyOf(meetings);
        items = List.copyOf(items);
    }

    /** A meeting the person attended, with the organisation and role printed beside the name. */
    public record Attendance(String meetingId, String committee, String meetingDate, String documentType,
                             String organisation, String role, String url) {
    }

    /** An item the person presented ({@code presented}) or was named in. */
    public record NamedItem(ItemSummary item, boolean presented) {
    }
}
