package dk.beslutningsarkiv.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/** A term's documents in one segment, read straight from its postings (no frequencies or positions). */
public final class TermPostings {

    private TermPostings() {
    }

    /** The documents of {@code term} in the segment, or null when it has none. */
    public static PostingsEnum of(LeafReader reader, Term term) throws IOException {
        Terms terms = reader.terms(term.field());
        if (terms == null) {
            return null;
        }
        TermsEnum values = terms.iterator();
        return values.seekExact(term.bytes()) ? values.postings(null, PostingsEnum.NONE) : null;
    }
}
