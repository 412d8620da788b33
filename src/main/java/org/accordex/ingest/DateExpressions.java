package org.accordex.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as English texts write them: "October 28, 2025", "28 October 2025", "27. Jun 2024",
 * "the 12th day of March, 2026", "2025-10-28". Shared by document dating and the deadline grammar.
 */
public final class DateExpressions {
    public static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    /** One calendar date; group names d, m, y. */
    public static final String DATE = "(?:"
            + "(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:day\\s+of\\s+)?(?<m1>" + MONTH + "),?\\s+(?<y1>\\d{4})"
            + "|(?<m2>" + MONTH + ")\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y2>\\d{4})"
            + "|(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})"
            + ")";

    private static final Pattern DATE_PATTERN = Pattern.compile("\\b" + DATE + "\\b", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DateExpressions() {
    }

    /** The month number of "Oct.", "october", "SEPT"; empty when it is not a month. */
    public static Optional<Integer> month(String word) {
        String key = word.strip().toLowerCase(Locale.ROOT);
        return key.length() < 3 ? Optional.empty() : Optional.ofNullable(MONTHS.get(key.substring(0, 3)));
    }

    /** Parses a whole string that is one date ("28 October 2025"). */
    public static Optional<LocalDate> parse(String text) {
        Matcher m = DATE_PATTERN.matcher(text.strip());
        return m.matches() ? toDate(m) : Optional.empty();
    }

    /** The first date in {@code text}, if any. */
    public static Optional<Match> find(CharSequence text) {
        Matcher m = DATE_PATTERN.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = toDate(m);
            if (date.isPresent()) {
                return Optional.of(new Match(date.get(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** Reads the named groups of a matcher built from {@link #DATE}. */
    public static Optional<LocalDate> toDate(Matcher m) {
        for (int i = 1; i <= 3; i++) {
            String year = m.group("y" + i);
            if (year == null) {
                continue;
            }
            String monthText = m.group("m" + i);
            Optional<Integer> month = i == 3 ? Optional.of(Integer.parseInt(monthText)) : month(monthText);
            try {
                int day = Integer.parseInt(m.group("d" + i));
                return month.map(mm -> LocalDate.of(Integer.parseInt(year), mm, day));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A date found in a text, with its span. */
    public record Match(LocalDate date, int start, int end) {
    }
}
