package dk.beslutningsarkiv.index;

import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * An item's sections as one body text (what the item's document stores and searches) and back.
 * The meeting's document keeps the meeting without its sections' texts and only their lengths:
 * the texts are cut back out of the items' bodies, rather than stored a second time in the
 * meeting's JSON, which was two fifths of the index and of an import's stored-fields work.
 */
public final class ItemBodies {

    private static final String BETWEEN_SECTIONS = "\n\n";
    private static final char AFTER_HEADING = '\n';
    private static final String BETWEEN_ITEMS = ";";
    private static final String BETWEEN_LENGTHS = ",";

    private ItemBodies() {
    }

    /** Every section as its heading (if any) over its text, sections apart by a blank line. */
    static String bodyOf(AgendaItem item) {
        return item.sections().stream().map(ItemBodies::sectionText).collect(Collectors.joining(BETWEEN_SECTIONS));
    }

    private static String sectionText(Section s) {
        return hasHeading(s) ? s.heading() + AFTER_HEADING + s.text() : s.text();
    }

    private static boolean hasHeading(Section s) {
        return s.heading() != null && !s.heading().isBlank();
    }

    /** The meeting with every section's text left out (null). */
    static Meeting withoutTexts(Meeting meeting) {
        return withSections(meeting, (index, item) -> item.sections().stream()
                .map(s -> new Section(s.heading(), null)).toList());
    }

    /** The lengths of the sections' texts: "12,340;80" is two sections in the first item and one in the second. */
    static String lengthsOf(Meeting meeting) {
        return meeting.items().stream()
                .map(i -> i.sections().stream().map(s -> String.valueOf(s.text().length()))
                        .collect(Collectors.joining(BETWEEN_LENGTHS)))
                .collect(Collectors.joining(BETWEEN_ITEMS));
    }

    /**
     * The meeting {@link #withoutTexts} left, with each section's text cut from the body of its
     * item, found by item id ({@link MeetingDocuments#itemIds}) in {@code bodies}.
     */
    public static Meeting withTexts(Meeting outline, String lengths, Map<String, String> bodies) {
        List<String> ids = MeetingDocuments.itemIds(outline);
        // An empty string splits into one empty list: a meeting without items has none.
        String[] itemLengths = ids.isEmpty() ? new String[0] : lengths.split(BETWEEN_ITEMS, -1);
        if (itemLengths.length != ids.size()) {
            throw new IllegalStateException("meeting " + outline.id() + " has " + ids.size() + " items but "
                    + itemLengths.length + " lists of section lengths");
        }
        return withSections(outline, (index, item) -> {
            String body = bodies.get(ids.get(index));
            if (body == null) {
                throw new IllegalStateException("item " + ids.get(index) + " of meeting " + outline.id() + " is missing");
            }
            return cut(body, item.sections(), itemLengths[index]);
        });
    }

    /** The meeting with each item's sections as {@code sections} gives them for the item and its index. */
    private static Meeting withSections(Meeting m, BiFunction<Integer, AgendaItem, List<Section>> sections) {
        List<AgendaItem> items = new ArrayList<>();
        for (int index = 0; index < m.items().size(); index++) {
            AgendaItem i = m.items().get(index);
            items.add(new AgendaItem(i.number(), i.title(), i.presenter(), i.caseNumber(), i.closed(),
                    sections.apply(index, i), i.recommendation(), i.decision(), i.outcome(), i.projects(), i.people(),
                    i.attachments()));
        }
        return new Meeting(m.id(), m.documentType(), m.committee(), m.meetingDate(), m.startTime(), m.endTime(),
                m.location(), m.caseNumber(), m.regions(), m.participants(), m.absent(), items, m.projects(),
                m.warnings());
    }

    /** The sections of {@code headings} with their texts cut from {@code body} as {@link #bodyOf} joined them. */
    private static List<Section> cut(String body, List<Section> headings, String lengths) {
        String[] each = lengths.isEmpty() ? new String[0] : lengths.split(BETWEEN_LENGTHS);
        if (each.length != headings.size()) {
            throw new IllegalStateException(headings.size() + " sections but " + each.length + " lengths");
        }
        List<Section> sections = new ArrayList<>(headings.size());
        int at = 0;
        for (int i = 0; i < each.length; i++) {
            Section s = headings.get(i);
            if (hasHeading(s)) {
                at += s.heading().length() + 1;
            }
            int end = at + Integer.parseInt(each[i]);
            sections.add(new Section(s.heading(), body.substring(at, end)));
            at = end + BETWEEN_SECTIONS.length();
        }
        return sections;
    }
}
