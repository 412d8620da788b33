package org.accordex.search;

import java.time.LocalDate;
import java.util.Locale;

/** A commitment with a due date, and whether that date has passed on the day the list was made. */
public record DeadlineEntry(CommitmentHit commitment, Status status) {
    public enum Status {
        OVERDUE, UPCOMING;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public LocalDate due() {
        return LocalDate.parse(commitment.commitment().deadline().due());
    }

    static DeadlineEntry of(CommitmentHit commitment, LocalDate today) {
        LocalDate due = LocalDate.parse(commitment.commitment().deadline().due());
        return new DeadlineEntry(commitment, due.isBefore(today) ? Status.OVERDUE : Status.UPCOMING);
    }
}
