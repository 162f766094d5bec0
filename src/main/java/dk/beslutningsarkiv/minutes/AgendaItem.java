package dk.beslutningsarkiv.minutes;

import java.util.List;

/**
 * One agenda item (punkt) of a meeting. Text fields hold clean prose; nullable fields are null
 * when the document does not say.
 */
public record AgendaItem(
        int number,
        String title,
        String presenter,
        String caseNumber,
        boolean closed,
        List<Section> sections,
        String recommendation,
        String decision,
        Outcome outcome,
        List<String> projects,
        List<String> people,
        List<String> attachments) {

    public AgendaItem {
        sections = List.copyOf(sections);
        projects = List.copyOf(projects);
        people = List.copyOf(people);
        attachments = List.copyOf(attachments);
    }
}
