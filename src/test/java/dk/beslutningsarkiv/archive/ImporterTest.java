package dk.beslutningsarkiv.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.testsupport.BrokenFiles;
import dk.beslutningsarkiv.testsupport.MeetingFiles;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

    @TempDir
    Path tmp;

    @Test
    void importingTheFixturesTwiceGivesImportedThenUnchanged() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            ImportReport first = archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);
            ImportReport second = archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);

            assertThat(first.summary()).isEqualTo("imported 10, unchanged 0, failed 0");
            assertThat(second.summary()).isEqualTo("imported 0, unchanged 10, failed 0");
            // PDF and DOCX of one meeting are one meeting: five meetings, each item once.
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(5);
            assertThat(archive.store().all()).hasSize(10);
        }
    }

    @Test
    void importingAgainStoresAnewAnOriginalAPowerCutLeftEmpty() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);
            StoredOriginal emptied = archive.store().all().get(3);
            Path bytes = archive.store().contentPath(emptied.sha256());
            Files.write(bytes, new byte[0]);

            ImportReport again = archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);

            assertThat(again.summary()).isEqualTo("imported 1, unchanged 9, failed 0");
            assertThat(Sha256.of(bytes)).isEqualTo(emptied.sha256());
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(5);
        }
    }

    @Test
    void aRecordAPowerCutLeftEmptyIsPassedOverByRecoveryAndRebuildAndRestoredByImportingAgain() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);
            StoredOriginal emptied = archive.store().all().get(3);
            Files.write(archive.store().recordPath(emptied.sha256()), new byte[0]);

            // A start reads the records of the last seconds before the commit: this one among them.
            assertThat(archive.recoverUncommitted()).isZero();
            ImportReport rebuilt = archive.importer().reindex(ImportListener.NONE);
            assertThat(rebuilt.summary()).isEqualTo("imported 9, unchanged 0, failed 0");
            // Each meeting came as a PDF and a DOCX: the other file still holds it.
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(5);

            ImportReport again = archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);
            assertThat(again.summary()).isEqualTo("imported 1, unchanged 9, failed 0");
            assertThat(archive.store().all()).extracting(StoredOriginal::sha256).contains(emptied.sha256()).hasSize(10);
        }
    }

    @Test
    void aBatchThatIsMostOfTheArchiveIsMergedIntoOneSegmentASmallOneIsNot() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            // Committing every 200 files leaves several segments before the merge.
            archive.importer().importPaths(List.of(MeetingFiles.write(tmp.resolve("bulk"), 450, 0)), ImportListener.NONE);
            assertThat(segments(archive)).isEqualTo(1);

            archive.importer().importPaths(List.of(MeetingFiles.write(tmp.resolve("more"), 3, 1000)), ImportListener.NONE);
            assertThat(segments(archive)).isGreaterThan(1);
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(453);
        }
    }

    @Test
    void mergingPausedForABulkLoadResumesForTheBatchesAfterIt() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(MeetingFiles.write(tmp.resolve("bulk"), 40, 0)), ImportListener.NONE);
            for (int batch = 1; batch <= 14; batch++) {
                archive.importer().importPaths(List.of(MeetingFiles.write(tmp.resolve("small" + batch), 1, 1000 + batch)),
                        ImportListener.NONE);
            }
            archive.index().commit();

            // Each small batch commits a segment of its own; with merging left paused there would be 15.
            assertThat(segments(archive)).isLessThan(12);
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(54);
        }
    }

    @Test
    void aMeetingMetAgainLateInABulkLoadKeepsBothOriginals() throws Exception {
        Path early = MeetingFiles.write(tmp.resolve("a"), 450, 0);
        Path late = MeetingFiles.write(tmp.resolve("b"), 1, 0).resolve("referat-00000.txt");
        Files.writeString(late, Files.readString(late) + "Mødet sluttede kl. 15.\n");
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            // The late copy comes after two commits, so the first is only in the segments flushed meanwhile.
            ImportReport report = archive.importer().importPaths(List.of(early, late.getParent()), ImportListener.NONE);

            assertThat(report.summary()).isEqualTo("imported 451, unchanged 0, failed 0");
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(450);
            String meetingId = archive.index().meetingIdOfSource(Sha256.of(late)).orElseThrow();
            assertThat(archive.index().meetingIdOfSource(Sha256.of(early.resolve("referat-00000.txt"))))
                    .contains(meetingId);
        }
    }

    private static int segments(Archive archive) throws Exception {
        var searcher = archive.index().searchers().acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            archive.index().searchers().release(searcher);
        }
    }

    @Test
    void everyOriginalIsKeptByteForByteUnderItsHash() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);

            for (StoredOriginal original : archive.store().all()) {
                Path source = TestFiles.fixtures().resolve(original.fileName());
                assertThat(Files.readAllBytes(archive.store().contentPath(original.sha256())))
                        .isEqualTo(Files.readAllBytes(source));
                assertThat(original.sha256()).isEqualTo(Sha256.of(source));
                assertThat(original.mediaType()).isIn("application/pdf",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                assertThat(original.importedAt()).isNotNull();
            }
        }
    }

    @Test
    void badFilesFailAloneWithAClearReasonWhileTheRestOfTheBatchLands() throws Exception {
        Path batch = TestFiles.copyFixtures(tmp.resolve("batch"));
        BrokenFiles.corruptPdf(batch);
        BrokenFiles.emptyFile(batch);
        BrokenFiles.encryptedPdf(batch);
        BrokenFiles.unsupportedFile(batch);

        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            ImportReport report = archive.importer().importPaths(List.of(batch), ImportListener.NONE);

            assertThat(report.summary()).isEqualTo("imported 10, unchanged 0, failed 4");
            Map<String, String> reasons = report.failures().stream()
                    .collect(Collectors.toMap(ImportResult::fileName, ImportResult::reason));
            assertThat(reasons.get("korrupt.pdf")).startsWith("the file is damaged or not readable as its type");
            assertThat(reasons.get("tom.docx")).isEqualTo("the file is empty");
            assertThat(reasons.get("krypteret.pdf")).isEqualTo("the document is encrypted (password-protected)");
            assertThat(reasons.get("billede.png")).startsWith("unsupported file type image/png");
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(5);
            assertThat(archive.store().all()).hasSize(10);
        }
    }

    @Test
    void aMissingPathIsReportedAndDoesNotStopTheBatch() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            ImportReport report = archive.importer().importPaths(
                    List.of(tmp.resolve("findes-ikke"), TestFiles.fixtures().resolve("002_e78797d65e38c847.docx")),
                    ImportListener.NONE);

            assertThat(report.summary()).isEqualTo("imported 1, unchanged 0, failed 1");
            assertThat(report.failures().get(0).reason()).isEqualTo("no such file or folder");
        }
    }

    @Test
    void theIndexSurvivesReopeningAndRecognisesWhatItHolds() throws Exception {
        Path data = tmp.resolve("data");
        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);
        }
        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(5);
            assertThat(archive.index().isCurrentSchema()).isTrue();
            ImportReport again = archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);
            assertThat(again.summary()).isEqualTo("imported 0, unchanged 10, failed 0");
        }
    }

    @Test
    void reindexRebuildsTheSameMeetingsFromTheStoredOriginals() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);
            long items = archive.index().count(Schema.KIND_ITEM);

            ImportReport report = archive.importer().reindex(ImportListener.NONE);

            assertThat(report.count(ImportResult.Status.IMPORTED)).isEqualTo(10);
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(5);
            assertThat(archive.index().count(Schema.KIND_ITEM)).isEqualTo(items);
        }
    }

    @Test
    void reindexRunsAsABulkLoadAndCommitsNothingBeforeTheEnd() throws Exception {
        Path early = MeetingFiles.write(tmp.resolve("a"), 450, 0);
        Path late = MeetingFiles.write(tmp.resolve("b"), 1, 0).resolve("referat-00000.txt");
        Files.writeString(late, Files.readString(late) + "Mødet sluttede kl. 15.\n");
        Path data = tmp.resolve("data");
        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(early, late.getParent()), ImportListener.NONE);
            String meetingId = archive.index().meetingIdOfSource(Sha256.of(late)).orElseThrow();
            List<Integer> done = new ArrayList<>();
            List<Long> committedMeetings = new ArrayList<>();

            ImportReport report = archive.importer().reindex((count, total, result) -> {
                done.add(count);
                if (count == 300) {
                    committedMeetings.add(meetingsInLastCommit(data));
                }
            });

            assertThat(report.summary()).isEqualTo("imported 451, unchanged 0, failed 0");
            assertThat(done).isEqualTo(IntStream.rangeClosed(1, 451).boxed().toList());
            // A crash two thirds of the way would have left the old index whole.
            assertThat(committedMeetings).containsExactly(450L);
            assertThat(meetingsInLastCommit(data)).isEqualTo(450);
            assertThat(segments(archive)).isEqualTo(1);
            // Both originals of the meeting met twice are its sources again.
            assertThat(archive.index().meetingIdOfSource(Sha256.of(late))).contains(meetingId);
            assertThat(archive.index().meetingIdOfSource(Sha256.of(early.resolve("referat-00000.txt"))))
                    .contains(meetingId);
        }
    }

    @Test
    void aStoredOriginalThatCanNoLongerBeReadFailsAloneInAReindexAndIsKept() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(TestFiles.fixtures()), ImportListener.NONE);
            StoredOriginal pdf = archive.store().all().stream()
                    .filter(o -> o.fileName().endsWith(".pdf")).findFirst().orElseThrow();
            Files.copy(BrokenFiles.corruptPdf(Files.createDirectory(tmp.resolve("broken"))),
                    archive.store().contentPath(pdf.sha256()), StandardCopyOption.REPLACE_EXISTING);

            ImportReport report = archive.importer().reindex(ImportListener.NONE);

            assertThat(report.summary()).isEqualTo("imported 9, unchanged 0, failed 1");
            assertThat(report.failures()).singleElement().satisfies(failed -> {
                assertThat(failed.fileName()).isEqualTo(pdf.fileName());
                assertThat(failed.reason()).startsWith("the file is damaged or not readable as its type");
            });
            assertThat(archive.store().all()).hasSize(10);
            // The meeting is still there from its DOCX.
            assertThat(archive.index().count(Schema.KIND_MEETING)).isEqualTo(5);
            assertThat(archive.index().containsSource(pdf.sha256())).isFalse();
        }
    }

    private static long meetingsInLastCommit(Path data) {
        try (ArchiveIndex committed = ArchiveIndex.openReadOnly(data)) {
            return committed.count(Schema.KIND_MEETING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
