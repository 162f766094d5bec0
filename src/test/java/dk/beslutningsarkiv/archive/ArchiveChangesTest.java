package dk.beslutningsarkiv.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single changes to a running archive land durably, even when an earlier attempt failed half way. */
class ArchiveChangesTest {

    @TempDir
    Path tmp;

    @Test
    void sendingAgainAnUploadWhoseCommitFailedCommitsIt() throws Exception {
        Path data = tmp.resolve("data");
        Path upload = TestFiles.fixtures().resolve("000_ab5cc1dd3f794e91.pdf");
        try (Archive archive = Archive.open(data, MinutesParser.withBundledData())) {
            ArchiveChanges changes = new ArchiveChanges(archive);
            changes.importUpload(TestFiles.fixtures().resolve("001_a016bfd03270cee0.pdf"), "first.pdf");
            long committed = committedMeetings(data);
            // What a failed sync or commit leaves behind: the original stored, its meeting staged in the writer.
            assertThat(archive.importer().importFile(upload, "referat.pdf").status())
                    .isEqualTo(ImportResult.Status.IMPORTED);
            assertThat(committedMeetings(data)).isEqualTo(committed);

            ImportResult again = changes.importUpload(upload, "referat.pdf");

            assertThat(again.status()).isEqualTo(ImportResult.Status.UNCHANGED);
            assertThat(committedMeetings(data)).isEqualTo(committed + 1);
        }
    }

    /** The meetings of the index's last commit, as a reader opened afresh (a restarted service) sees them. */
    private static long committedMeetings(Path data) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(Schema.KIND, Schema.KIND_MEETING)));
        }
    }
}
