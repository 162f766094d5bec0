package dk.beslutningsarkiv.minutes;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a meeting's start and end time: "kl. 15-16.30", "kl. 10:30-12:00", "kl. 13:00", "14.00 - 16.00". */
final class TimeFinder {

    /** Start and end as "HH:mm"; end may be null. */
    record TimeRange(String start, String end) {
    }

    private static final String CLOCK = "(\\d{1,2})(?:[.:](\\d{2}))?";
    private static final Pattern KL = Pattern.compile("\\bkl\\.?\\s*" + CLOCK
            + "(?:\\s*(?:-|–|—|til)\\s*(?:kl\\.?\\s*)?" + CLOCK + ")?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile("(?<![\\d.:])(\\d{1,2})[.:](\\d{2})"
            + "(?:\\s*(?:-|–|—|til)\\s*(\\d{1,2})[.:](\\d{2}))?(?![\\d.:]*\\d)");

    private TimeFinder() {
    }

    /** A time after "kl."; with {@code bareAllowed} (a "Tid" line) also "14.00-16.00" without it. */
    static Optional<TimeRange> find(String text, boolean bareAllowed) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = KL.matcher(text);
        if (m.find()) {
            return range(m.group(1), m.group(2), m.group(3), m.group(4));
        }
        if (bareAllowed) {
            Matcher b = BARE.matcher(text);
            if (b.find()) {
                return range(b.group(1), b.group(2), b.group(3), b.group(4));
            }
        }
        return Optional.empty();
    }

    private static Optional<TimeRange> range(String h1, String m1, String h2, String m2) {
        String start = clock(h1, m1);
        if (start == null) {
            return Optional.empty();
        }
        return Optional.of(new TimeRange(start, h2 == null ? null : clock(h2, m2)));
    }

    private static String clock(String h, String m) {
        int hour = Integer.parseInt(h);
        int minute = m == null ? 0 : Integer.parseInt(m);
        if (hour > 24 || minute > 59) {
            return null;
        }
        return String.format(Locale.ROOT, "%02d:%02d", hour, minute);
    }
}
