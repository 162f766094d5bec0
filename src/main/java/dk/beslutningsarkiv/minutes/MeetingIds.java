package dk.beslutningsarkiv.minutes;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable, URL-safe meeting ids: "2023-08-23-styregruppen-for-laerings-og-kvalitetsteams-dagsorden". */
public final class MeetingIds {

    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("^-+|-+$");

    private MeetingIds() {
    }

    /**
     * The id of a meeting: date, committee slug and document type; when date or committee is unknown,
     * "dokument-" and the slug of the source file name without its extension.
     */
    public static String of(LocalDate date, String committee, DocumentType type, String sourceName) {
        if (date != null && committee != null && !slug(committee).isEmpty()) {
            return date + "-" + slug(committee) + "-" + (type == null ? DocumentType.UKENDT : type).label();
        }
        String base = sourceName == null ? "" : sourceName.replaceAll("^.*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String s = slug(base);
        return "dokument-" + (s.isEmpty() ? "uden-navn" : s);
    }

    /** Lower case ASCII words joined by single hyphens (æ->ae, ø->oe, å->aa, other diacritics stripped). */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String s = Folding.ascii(text.toLowerCase(Locale.ROOT));
        s = NON_ALNUM.matcher(s).replaceAll("-");
        return OUTER_DASHES.matcher(s).replaceAll("");
    }
}
