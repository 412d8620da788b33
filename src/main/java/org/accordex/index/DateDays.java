package org.accordex.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;

/**
 * The due and document dates of the embedded index also as days since 1970, beside their ISO strings: as points,
 * which answer a range from a tree of the values (a range over the strings expands every date in it, in every
 * segment), and as doc values, which check the dates of the few entries another clause selects. The fields have
 * names of their own, so an index written before, which holds only the strings, keeps its schema.
 */
public final class DateDays {
    /** The days of {@link Fields#DUE} and {@link Fields#DATE}. */
    public static final String DUE_DAY = "due_day";
    public static final String DATE_DAY = "date_day";
    /** The form the dates are written in ({@link java.time.LocalDate#toString} of a year from 0 to 9999). */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DateDays() {
    }

    /** The days field of a date field, or null when {@code field} holds no dates. */
    public static String field(String field) {
        return switch (field) {
            case Fields.DUE -> DUE_DAY;
            case Fields.DATE -> DATE_DAY;
            default -> null;
        };
    }

    /**
     * Days since 1970 of an ISO date (yyyy-MM-dd), or null for any other string. For such dates the order of the
     * strings is the order of the days, so a range over the strings between two of them is a range of days.
     */
    public static Integer day(String iso) {
        if (iso == null || !ISO_DATE.matcher(iso).matches()) {
            return null;
        }
        try {
            return (int) LocalDate.parse(iso).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Adds the days of {@code iso}, a value of the date field {@code field}, to {@code d}. */
    public static void add(Document d, String field, String iso) {
        Integer day = day(iso);
        if (day != null) {
            String days = field(field);
            d.add(new IntPoint(days, day));
            d.add(new SortedNumericDocValuesField(days, day));
        }
    }
}
