package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.DocumentType;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.Participant;
import dk.beslutningsarkiv.minutes.Section;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A meeting's originals stay right when staging or writing one of its files fails, with merging
 * paused for a bulk load (the load's own record of what it staged) and without. Found by review:
 * a failed staging left its original in the load's record, a failed write dropped the earlier one.
 */
class BulkLoadTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "bulk load {0}")
    @ValueSource(booleans = {false, true})
    void aFailedWriteLeavesTheMeetingWithTheOriginalsItHad(boolean bulkLoad) throws Exception {
        try (ArchiveIndex index = withOneOriginal(bulkLoad)) {
            // A term longer than Lucene allows fails the write itself, after staging.
            assertThatThrownBy(() -> index.putMeeting(meeting(List.of(), "x".repeat(40_000)), "shaB"))
                    .isInstanceOf(IllegalArgumentException.class);
            index.commit();
            index.putMeeting(meeting(List.of(), null), "shaC");
            index.commit();
            index.resumeMerges();

            assertThat(index.meetingIdOfSource("shaA")).contains("m1");
            assertThat(index.meetingIdOfSource("shaB")).isEmpty();
            assertThat(index.meetingIdOfSource("shaC")).contains("m1");
        }
    }

    @ParameterizedTest(name = "bulk load {0}")
    @ValueSource(booleans = {false, true})
    void aFailedStagingLeavesNoTraceOfItsOriginal(boolean bulkLoad) throws Exception {
        try (ArchiveIndex index = withOneOriginal(bulkLoad)) {
            // A name longer than Lucene allows fails when the person is registered, before the meeting is staged.
            assertThatThrownBy(() -> index.putMeeting(
                    meeting(List.of(new Participant("Anna " + "x".repeat(40_000), null, null)), null), "shaB"));
            index.putMeeting(meeting(List.of(), null), "shaC");
            index.commit();
            index.resumeMerges();

            assertThat(index.meetingIdOfSource("shaB")).isEmpty();
            assertThat(index.meetingIdOfSource("shaA")).contains("m1");
            assertThat(index.meetingIdOfSource("shaC")).contains("m1");
        }
    }

    /** An index with meeting m1 from original shaA, committed; merging paused for a bulk load if asked. */
    private ArchiveIndex withOneOriginal(boolean bulkLoad) throws Exception {
        ArchiveIndex index = ArchiveIndex.open(tmp);
        if (bulkLoad) {
            index.pauseMergesFor(100);
        }
        index.putMeeting(meeting(List.of(), null), "shaA");
        index.commit();
        return index;
    }

    private static Meeting meeting(List<Participant> participants, String caseNumber) {
        AgendaItem item = new AgendaItem(1, "Status", null, caseNumber, false, List.of(new Section("Referat", "Tekst.")),
                null, "Taget til efterretning.", null, List.of(), List.of(), List.of());
        return new Meeting("m1", DocumentType.REFERAT, "Styregruppen", LocalDate.of(2024, 1, 2), null, null, null, null,
                List.of("Hele landet"), participants, List.of(), List.of(item), List.of(), List.of());
    }
}
