package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.Schema;
import org.apache.lucene.document.Document;

/** One agenda item in a list (a timeline, a case, a person's items): what a link to it needs, without text. */
public record ItemSummary(String id, String meetingId, int number, String title, String committee,
                          String meetingDate, String documentType, String outcome, String caseNumber, String url) {

    /** Reads the summary from an item document's stored fields. */
    static ItemSummary of(Document doc) {
        String meetingId = doc.get(Schema.MEETING_ID);
        int number = doc.getField(Schema.NUMBER).numericValue().intValue();
        return new ItemSummary(doc.get(Schema.ID), meetingId, number, doc.get(Schema.TITLE), doc.get(Schema.COMMITTEE),
                doc.get(Schema.DATE), doc.get(Schema.TYPE), doc.get(Schema.OUTCOME), doc.get(Schema.CASE_NUMBER),
                SearchHit.permalink(meetingId, number));
    }
}
