package dk.beslutningsarkiv.archive;

import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;

/**
 * Single changes to a running archive, as the API makes them: one uploaded file imported and
 * committed at once (so it is searchable on return), or one meeting deleted. One change at a
 * time: two uploads of the same bytes must not both count as new.
 */
public final class ArchiveChanges {

    private static final int MAX_NAME_LENGTH = 200;

    private final Importer importer;
    private final ArchiveIndex index;
    private final OriginalStore store;

    public ArchiveChanges(Archive archive) {
        this.importer = archive.importer();
        this.index = archive.index();
        this.store = archive.store();
    }

    /**
     * Imports one uploaded file kept at {@code file} under the name the client gave. The name is
     * cut to its last path part first, and the temporary path never appears in a reason.
     */
    public synchronized ImportResult importUpload(Path file, String clientFileName) throws IOException {
        String name = safeFileName(clientFileName);
        ImportResult result = importer.importFile(file, name);
        // An upload whose sync or commit failed left its meeting staged, so sending it again finds it
        // unchanged: that retry commits it instead of answering "already there". (Merges finished
        // since the last commit count as uncommitted changes too; committing them costs little.)
        boolean staged = result.status() == ImportResult.Status.UNCHANGED && index.hasUncommittedChanges();
        if (result.status() == ImportResult.Status.IMPORTED || staged) {
            // Answered as stored: the original must outlast a power cut as the index commit does.
            store.sync(result.sha256());
            index.commit();
        }
        if (result.reason() == null) {
            return result;
        }
        String reason = result.reason().replace(file.toAbsolutePath().toString(), name).replace(file.toString(), name);
        return new ImportResult(result.fileName(), result.status(), result.sha256(), result.meetingId(), reason,
                result.warnings());
    }

    /** Removes a meeting from the index (committed); its originals too when asked. Empty when there is no such meeting. */
    public synchronized Optional<MeetingDeletion> deleteMeeting(String meetingId, boolean withOriginals) throws IOException {
        Optional<Document> doc = index.findMeetingDocument(meetingId);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        index.deleteMeeting(meetingId);
        index.commit();
        List<String> deleted = new ArrayList<>();
        if (withOriginals) {
            for (String sha : doc.get().getValues(Schema.SOURCE_SHA)) {
                if (store.delete(sha)) {
                    deleted.add(sha);
                }
            }
        }
        return Optional.of(new MeetingDeletion(meetingId, deleted));
    }

    /**
     * The last path part of a client's file name, without control characters, at most 200
     * characters; "upload" when nothing usable is left. Names from clients are never used as paths.
     */
    public static String safeFileName(String clientFileName) {
        String name = clientFileName == null ? "" : clientFileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(name.length() - MAX_NAME_LENGTH);
        }
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "upload" : name;
    }
}
