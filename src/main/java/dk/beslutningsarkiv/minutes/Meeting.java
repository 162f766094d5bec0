package dk.beslutningsarkiv.minutes;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** A parsed agenda or set of minutes: the meeting JSON of the contract. */
@JsonPropertyOrder({"id", "documentType", "committee", "meetingDate", "startTime", "endTime", "location",
        "caseNumber", "regions", "participants", "absent", "items", "projects", "warnings"})
public record Meeting(
        String id,
        DocumentType documentType,
        String committee,
        LocalDate meetingDate,
        String startTime,
        String endTime,
        String location,
        String caseNumber,
        List<String> regions,
        List<Participant> participants,
        List<Participant> absent,
        List<AgendaItem> items,
        List<String> projects,
        List<String> warnings) {

    public Meeting {
        regions = List.copyOf(regions);
        participants = List.copyOf(participants);
        absent = List.copyOf(absent);
        items = List.copyOf(items);
        projects = List.copyOf(projects);
        warnings = List.copyOf(warnings);
    }
}
