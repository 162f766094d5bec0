package dk.beslutningsarkiv.minutes;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates as Danish documents print them ("23. august 2023", "d. 09-10-2025", "Mandag d. 17. april")
 * and completes a missing year from the weekday and the years the text mentions.
 */
final class DateFinder {

    /** A date as printed; {@code year} is null when not printed, {@code weekday} when not printed. */
    record DateMatch(int day, int month, Integer year, DayOfWeek weekday, int start, int end) {
    }

    private static final List<String> MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
            "august", "september", "oktober", "november", "december");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("mandag", DayOfWeek.MONDAY, "tirsdag",
            DayOfWeek.TUESDAY, "onsdag", DayOfWeek.WEDNESDAY, "torsdag", DayOfWeek.THURSDAY, "fredag",
            DayOfWeek.FRIDAY, "lørdag", DayOfWeek.SATURDAY, "søndag", DayOfWeek.SUNDAY);
    private static final String WEEKDAY = "(?:(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:\\s+(?:den|d\\.))?\\s*)?";
    private static final Pattern WORD_DATE = Pattern.compile(WEEKDAY
            + "\\b(\\d{1,2})\\.?\\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?(?:\\s+(\\d{4}))?(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC_DATE = Pattern.compile(WEEKDAY
            + "(?<![\\d.\\-/])(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4}|\\d{2})(?![\\d\\-/])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    private DateFinder() {
    }

    /** The first date printed in the text, if any. */
    static Optional<DateMatch> first(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        DateMatch best = null;
        Matcher m = WORD_DATE.matcher(text);
        if (m.find()) {
            best = new DateMatch(Integer.parseInt(m.group(2)), month(m.group(3)),
                    m.group(4) == null ? null : Integer.valueOf(m.group(4)), weekday(m.group(1)), m.start(), m.end());
        }
        Matcher n = NUMERIC_DATE.matcher(text);
        if (n.find() && (best == null || n.start() < best.start())) {
            int year = Integer.parseInt(n.group(4));
            best = new DateMatch(Integer.parseInt(n.group(2)), Integer.parseInt(n.group(3)),
                    year < 100 ? 2000 + year : year, weekday(n.group(1)), n.start(), n.end());
        }
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find() && (best == null || iso.start() < best.start())) {
            best = new DateMatch(Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(2)),
                    Integer.valueOf(iso.group(1)), null, iso.start(), iso.end());
        }
        return best != null && valid(best) ? Optional.of(best) : Optional.empty();
    }

    private static boolean valid(DateMatch d) {
        return d.month() >= 1 && d.month() <= 12 && d.day() >= 1 && d.day() <= 31;
    }

    /** 19xx or 20xx, not inside a longer number, a decimal, a range or a list of numbers. */
    private static boolean isYearAt(String s, int i) {
        String century = s.substring(i, i + 2);
        if (!century.equals("19") && !century.equals("20") || !isDigit(s.charAt(i + 2)) || !isDigit(s.charAt(i + 3))) {
            return false;
        }
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        char after = i + 4 < s.length() ? s.charAt(i + 4) : ' ';
        return !isDigit(before) && before != '.' && before != ',' && before != '-'
                && !isDigit(after) && after != ',';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Years the text mentions, most frequent first (ties: later year first). */
    static List<Integer> yearsMentioned(String text) {
        Map<Integer, Integer> counts = new TreeMap<>();
        String s = text == null ? "" : text;
        // By hand rather than a look-behind pattern tried at every character of the whole document.
        for (int i = 0; i + 4 <= s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '1' || c == '2') && isYearAt(s, i)) {
                counts.merge(Integer.valueOf(s.substring(i, i + 4)), 1, Integer::sum);
                i += 3;
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * The full date: the printed year, else the mentioned year (or a neighbour of one) on which the
     * printed weekday falls, else the most mentioned year when no weekday was printed.
     */
    static Optional<LocalDate> resolve(DateMatch d, Collection<Integer> yearsMentioned) {
        if (d.year() != null) {
            return safe(d.year(), d.month(), d.day());
        }
        List<Integer> years = List.copyOf(yearsMentioned);
        if (d.weekday() != null) {
            for (int spread = 0; spread <= 1; spread++) {
                for (Integer y : years) {
                    for (int candidate : spread == 0 ? new int[] {y} : new int[] {y + 1, y - 1}) {
                        Optional<LocalDate> date = safe(candidate, d.month(), d.day());
                        if (date.isPresent() && date.get().getDayOfWeek() == d.weekday()) {
                            return date;
                        }
                    }
                }
            }
            return Optional.empty();
        }
        return years.isEmpty() ? Optional.empty() : safe(years.get(0), d.month(), d.day());
    }

    private static Optional<LocalDate> safe(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            // 31 April and the like: printed, but no date.
            return Optional.empty();
        }
    }

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(w.length() >= 3 ? w.substring(0, 3) : w)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static DayOfWeek weekday(String word) {
        return word == null ? null : WEEKDAYS.get(word.toLowerCase(Locale.ROOT));
    }
}
