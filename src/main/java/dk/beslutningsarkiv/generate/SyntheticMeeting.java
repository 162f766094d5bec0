package dk.beslutningsarkiv.generate;

import java.time.LocalDate;
import java.util.List;

/** One generated meeting before it is written in a template. */
record SyntheticMeeting(String committee, String placeLine, LocalDate date, String startTime, String endTime,
                        String location, boolean minutes, List<Person> participants, List<Person> absent,
                        List<Item> items) {

    /** A participant: name, organisation and an optional role. */
    record Person(String name, String organisation, String role) {
    }

    /** An agenda item with its texts; {@code decision} is null in an agenda. */
    record Item(int number, String title, String presenter, String caseNumber, String presentation,
                String recommendation, String decision) {
    }
}
