package dk.beslutningsarkiv.archive;

import java.util.List;

/** The outcome of a batch: every file's result, in the order they were met. */
public record ImportReport(List<ImportResult> results) {

    public ImportReport {
        results = List.copyOf(results);
    }

    public long count(ImportResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    public List<ImportResult> failures() {
        return results.stream().filter(r -> r.status() == ImportResult.Status.FAILED).toList();
    }

    /** The contract's summary line: {@code imported N, unchanged N, failed N}. */
    public String summary() {
        return "imported " + count(ImportResult.Status.IMPORTED)
                + ", unchanged " + count(ImportResult.Status.UNCHANGED)
                + ", failed " + count(ImportResult.Status.FAILED);
    }
}
