package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.Participant;
import dk.beslutningsarkiv.minutes.PersonMatcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.IndexSearcher;

/**
 * Finds a person's meetings and items. The name asked for is first mapped to the archive's name
 * for the person ({@link ArchiveIndex#canonicalPerson}), which also joins shorter forms where the
 * organisation agrees; spelling variants are then matched by {@link PersonMatcher#key}, both among
 * the index's person names and among the names printed in the meetings, which keep every spelling.
 */
public final class PersonProfiles {

    private final ArchiveIndex index;
    private final MeetingReader meetings;
    private final KeywordValues values = new KeywordValues();

    public PersonProfiles(ArchiveIndex index) {
        this.index = index;
        this.meetings = new MeetingReader(index);
    }

    /** The person's profile, or empty when no spelling of the name occurs in the archive. */
    public Optional<PersonProfile> profile(String name) throws IOException {
        Set<String> key = keysOf(name);
        List<String> variants = variantsOf(key);
        if (variants.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<ItemSummary>> itemsByMeeting = new LinkedHashMap<>();
        for (ItemSummary item : ItemLists.inDateOrder(index, ItemLists.anyOf(Schema.PERSON, variants))) {
            itemsByMeeting.computeIfAbsent(item.meetingId(), id -> new ArrayList<>()).add(item);
        }
        Set<String> spellings = new TreeSet<>(variants);
        List<PersonProfile.Attendance> attended = new ArrayList<>();
        List<PersonProfile.NamedItem> named = new ArrayList<>();
        for (Map.Entry<String, List<ItemSummary>> entry : itemsByMeeting.entrySet()) {
            Optional<StoredMeeting> stored = meetings.find(entry.getKey());
            if (stored.isEmpty()) {
                continue; // deleted between the two reads
            }
            Meeting meeting = stored.get().meeting();
            attendance(meeting, key).ifPresent(attended::add);
            spellingsIn(meeting, key, spellings);
            for (ItemSummary summary : entry.getValue()) {
                itemOf(meeting, summary).ifPresent(item -> {
                    boolean presented = matches(item.presenter(), key);
                    if (presented || item.people().stream().anyMatch(p -> matches(p, key))) {
                        named.add(new PersonProfile.NamedItem(summary, presented));
                    }
                });
            }
        }
        return Optional.of(new PersonProfile(PersonMatcher.canonical(spellings), List.copyOf(spellings), attended, named));
    }

    /** The spelling keys of the name as asked for and of the archive's name for that person. */
    private Set<String> keysOf(String name) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String n : List.of(name, index.canonicalPerson(name))) {
            String key = PersonMatcher.key(n);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    private List<String> variantsOf(Set<String> key) throws IOException {
        if (key.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = index.searchers().acquire();
        try {
            return values.all(searcher, Schema.PERSON).keySet().stream().filter(v -> matches(v, key)).toList();
        } finally {
            index.searchers().release(searcher);
        }
    }

    /** The index may hold one name per person; the meetings keep every spelling as printed. */
    private static void spellingsIn(Meeting meeting, Set<String> key, Set<String> spellings) {
        meeting.participants().stream().map(Participant::name).filter(n -> matches(n, key)).forEach(spellings::add);
        for (AgendaItem item : meeting.items()) {
            item.people().stream().filter(n -> matches(n, key)).forEach(spellings::add);
            if (matches(item.presenter(), key)) {
                spellings.add(item.presenter());
            }
        }
    }

    private static Optional<PersonProfile.Attendance> attendance(Meeting meeting, Set<String> key) {
        return meeting.participants().stream().filter(p -> matches(p.name(), key)).findFirst()
                .map((Participant p) -> new PersonProfile.Attendance(meeting.id(), meeting.committee(),
                        meeting.meetingDate() == null ? null : meeting.meetingDate().toString(),
                        meeting.documentType().label(), p.organisation(), p.role(), "/moeder/" + meeting.id()));
    }

    /** The parsed item behind a summary: same number and title (numbers may repeat within a document). */
    private static Optional<AgendaItem> itemOf(Meeting meeting, ItemSummary summary) {
        return meeting.items().stream()
                .filter(i -> i.number() == summary.number() && Objects.equals(nullToEmpty(i.title()), summary.title()))
                .findFirst();
    }

    private static boolean matches(String printed, Set<String> keys) {
        return printed != null && keys.contains(PersonMatcher.key(printed));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
