package dk.beslutningsarkiv.archive;

import java.util.List;

/** What became of one file: imported, unchanged (the same bytes were there already) or failed with a reason. */
public record ImportResult(String fileName, Status status, String sha256, String meetingId, String reason,
                           List<String> warnings) {

    /** The three fates of a file in an import. */
    public enum Status { IMPORTED, UNCHANGED, FAILED }

    public ImportResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static ImportResult imported(String fileName, String sha, String meetingId, List<String> warnings) {
        return new ImportResult(fileName, Status.IMPORTED, sha, meetingId, null, warnings);
    }

    static ImportResult unchanged(String fileName, String sha, String meetingId) {
        return new ImportResult(fileName, Status.UNCHANGED, sha, meetingId, null, List.of());
    }

    static ImportResult failed(String fileName, String reason) {
        return new ImportResult(fileName, Status.FAILED, null, null, reason, List.of());
    }
}
