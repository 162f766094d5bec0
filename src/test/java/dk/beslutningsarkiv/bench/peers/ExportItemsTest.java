package dk.beslutningsarkiv.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.generate.CorpusGenerator;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.MinutesParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export reads a real archive built by our own import, with one meeting deleted after it. */
class ExportItemsTest {

    @TempDir
    static Path tmp;
    static Path data;
    static long liveItems;
    static String deletedMeeting;

    @BeforeAll
    static void importAndDeleteOneMeeting() throws Exception {
        data = tmp.resolve("data");
        new CorpusGenerator().generate(6, tmp.resolve("corpus"), 7);
        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(tmp.resolve("corpus")), ImportListener.NONE);
            List<ItemRecord> before = items();
            deletedMeeting = before.getFirst().meetingId();
            archive.index().deleteMeeting(deletedMeeting);
            archive.index().commit();
            liveItems = archive.index().count(Schema.KIND_ITEM);
        }
    }

    private static List<ItemRecord> items() throws Exception {
        List<ItemRecord> items = new ArrayList<>();
        IndexItems.forEach(data, items::add);
        return items;
    }

    @Test
    void everyLiveItemIsReadOnceAndDeletedOnesNot() throws Exception {
        List<ItemRecord> items = items();

        assertThat(liveItems).isGreaterThan(5);
        assertThat(items).hasSize((int) liveItems);
        assertThat(items).extracting(ItemRecord::id).doesNotHaveDuplicates();
        assertThat(items).extracting(ItemRecord::meetingId).doesNotContain(deletedMeeting);
    }

    @Test
    void itemsCarryTheirMeetingsFieldsAndSeveralValuesWhereTheIndexHasThem() throws Exception {
        List<ItemRecord> items = items();

        for (ItemRecord item : items) {
            assertThat(item.id()).startsWith(item.meetingId() + "-punkt-" + item.number());
            assertThat(item.title()).isNotNull();
            assertThat(item.body()).isNotBlank();
            assertThat(item.committee()).isNotBlank();
            assertThat(item.type()).isIn("referat", "dagsorden", "ukendt");
            assertThat(item.year()).isEqualTo(String.valueOf(LocalDate.parse(item.meetingDate()).getYear()));
        }
        assertThat(items).anySatisfy(item -> assertThat(item.regions()).isNotEmpty());
        assertThat(items).anySatisfy(item -> assertThat(item.persons()).hasSizeGreaterThan(1));
        assertThat(items).anySatisfy(item -> assertThat(item.projects()).isNotEmpty());
        assertThat(items).anySatisfy(item -> assertThat(item.outcome()).isNotNull());
        assertThat(items).anySatisfy(item -> assertThat(item.decision()).isNotBlank());
    }

    @Test
    void writesACopyFileWithHeaderAndABulkFileOfTwoLinesAnItem() throws Exception {
        long count = ExportItems.export(data, tmp.resolve("out"));

        assertThat(count).isEqualTo(liveItems);
        List<String> csv = Files.readAllLines(tmp.resolve("out").resolve(ExportItems.CSV));
        assertThat(csv.getFirst()).isEqualTo(String.join(",", PostgresTable.COPY_COLUMNS));
        List<String> bulk = Files.readAllLines(tmp.resolve("out").resolve(ExportItems.BULK));
        assertThat(bulk).hasSize((int) (2 * liveItems));
        assertThat(bulk.getFirst()).startsWith("{\"index\":{\"_id\":");
    }
}
