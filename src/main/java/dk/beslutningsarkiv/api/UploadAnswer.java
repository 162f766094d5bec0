package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.archive.ImportResult;
import java.util.List;
import java.util.Locale;

/** The answer to an accepted upload: "imported" (201) or "unchanged" (200), the meeting it became and its links. */
record UploadAnswer(String status, String fileName, String sha256, String meetingId, List<String> warnings,
                    String meeting, String url) {

    static UploadAnswer of(ImportResult result) {
        String id = result.meetingId();
        return new UploadAnswer(result.status().name().toLowerCase(Locale.ROOT), result.fileName(), result.sha256(), id,
                result.warnings(), id == null ? null : "/api/meetings/" + id, id == null ? null : "/moeder/" + id);
    }
}
