package dk.beslutningsarkiv.bench.peers;

import java.util.List;

/**
 * One agenda item as the peers receive it: the fields our index stores for it. {@code meetingDate}
 * is ISO text or null (undated), {@code year}, {@code outcome} may be null, lists are never null.
 */
record ItemRecord(String id, String meetingId, int number, String title, String body, String decision,
                  String committee, List<String> regions, String year, List<String> persons, List<String> projects,
                  String outcome, String type, String meetingDate) {

    ItemRecord {
        regions = List.copyOf(regions);
        persons = List.copyOf(persons);
        projects = List.copyOf(projects);
    }
}
