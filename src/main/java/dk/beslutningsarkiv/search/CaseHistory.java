package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.Schema;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/** Every agenda item that handled one case number, across meetings and bodies, oldest first. */
public final class CaseHistory {

    /** Case numbers as printed ("EMN-2017-00946", "24/1234", "2023-012345"); anything else is refused. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]{0,79}");

    private final ArchiveIndex index;

    public CaseHistory(ArchiveIndex index) {
        this.index = index;
    }

    public static boolean isValidCaseNumber(String caseNumber) {
        return caseNumber != null && VALID.matcher(caseNumber).matches();
    }

    /** The case's items in date order; empty when no item carries the number. */
    public List<ItemSummary> items(String caseNumber) throws IOException {
        if (!isValidCaseNumber(caseNumber)) {
            return List.of();
        }
        return ItemLists.inDateOrder(index, new TermQuery(new Term(Schema.CASE_NUMBER, caseNumber)));
    }
}
