package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.search.CaseHistory;
import dk.beslutningsarkiv.search.ItemSummary;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/cases/{caseNumber}}: every item that handled the case, across meetings and bodies, oldest first. */
final class CaseController {

    /** The case's items. */
    record Case(String caseNumber, int total, List<ItemSummary> items) {
    }

    private final CaseHistory cases;

    CaseController(CaseHistory cases) {
        this.cases = cases;
    }

    void caseItems(Context ctx) throws IOException {
        String caseNumber = ctx.pathParam("caseNumber");
        if (!CaseHistory.isValidCaseNumber(caseNumber)) {
            throw ApiException.badRequest("a case number is letters, digits and . / _ - (at most 80), not \""
                    + caseNumber.replaceAll("\\p{Cntrl}", "") + "\"");
        }
        List<ItemSummary> items = cases.items(caseNumber);
        String upper = caseNumber.toUpperCase(Locale.ROOT);
        if (items.isEmpty() && !upper.equals(caseNumber)) {
            // Case numbers are kept as printed, in capitals ("EMN-2025-008579"); people type them in lower case too.
            items = cases.items(upper);
            caseNumber = upper;
        }
        if (items.isEmpty()) {
            throw ApiException.notFound("no item handled case " + caseNumber);
        }
        ctx.json(new Case(caseNumber, items.size(), items));
    }
}
