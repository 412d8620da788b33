package org.accordex.annotate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.accordex.commitments.DataLines;

/**
 * When a government's fiscal year ends (ANNOTATION.md §1, DEADLINE): the US fiscal year 2027 ends on
 * 30 September 2027, Japan's, India's and the UK's on 31 March 2028, Australia's on 30 June 2027; every other
 * government's on 31 December.
 */
final class FiscalYears {
    /**
     * @param month month of the last day
     * @param day day of the last day
     * @param yearsAfterLabel how many years after the year in its name the fiscal year ends
     */
    record Calendar(String state, int month, int day, int yearsAfterLabel) {
        LocalDate lastDay(int label) {
            return LocalDate.of(label + yearsAfterLabel, month, day);
        }

        /** A fiscal year written as a range, "2026-27", is named by its first year where it ends in the next. */
        int label(int firstYear, int lastYear) {
            return yearsAfterLabel > 0 ? firstYear : lastYear;
        }
    }

    private static final List<Calendar> CALENDARS = List.of(
            new Calendar("US", 9, 30, 0),
            new Calendar("JP", 3, 31, 1),
            new Calendar("IN", 3, 31, 1),
            new Calendar("GB", 3, 31, 1),
            new Calendar("AU", 6, 30, 0));
    private static final Calendar CALENDAR_YEAR = new Calendar("", 12, 31, 0);
    /** The state column of {@code fiscal-year-bodies.txt} for a state group that counts in calendar years ("Group of Seven"). */
    static final String CALENDAR_YEAR_BODY = "-";
    private static final Map<String, Calendar> BY_STATE = CALENDARS.stream()
            .collect(Collectors.toUnmodifiableMap(Calendar::state, c -> c));

    /** Bodies of those governments whose norms do not name the state ({@code fiscal-year-bodies.txt}). */
    private static final Map<String, String> BODY_STATES = DataLines.of(FiscalYears.class, "fiscal-year-bodies.txt").stream()
            .map(line -> line.split("\t"))
            .collect(Collectors.toUnmodifiableMap(cols -> cols[0].strip(), cols -> cols[1].strip()));

    private FiscalYears() {
    }

    /** The state a government body serves, by its party norm ("Ministry of Economy, Trade and Industry" → JP), or null. */
    static String stateOfBody(String norm) {
        return BODY_STATES.get(norm);
    }

    /** The calendar of a state (ISO 3166-1 alpha-2); the calendar year for any other state or for null. */
    static Calendar of(String state) {
        return state == null ? CALENDAR_YEAR : BY_STATE.getOrDefault(state, CALENDAR_YEAR);
    }

    /** Whether the state keeps a fiscal year other than the calendar year. */
    static boolean hasOwnCalendar(String state) {
        return state != null && BY_STATE.containsKey(state);
    }
}
