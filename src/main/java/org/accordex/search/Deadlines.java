package org.accordex.search;

import java.time.LocalDate;
import java.util.List;

/** The commitments due in a window, by due date, as of {@code today}. */
public record Deadlines(LocalDate today, long total, List<DeadlineEntry> commitments) {
    public Deadlines {
        commitments = List.copyOf(commitments);
    }
}
