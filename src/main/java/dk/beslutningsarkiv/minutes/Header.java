package dk.beslutningsarkiv.minutes;

import java.time.LocalDate;

/** What the header block and title of a document say about the meeting; any field may be null. */
record Header(DocumentType kind, String committee, LocalDate date, String startTime, String endTime, String location,
        String caseNumber) {
}
