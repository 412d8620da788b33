package org.accordex.search;

import java.util.List;
import java.util.Objects;

import org.accordex.model.Commitment;

/**
 * A commitment as the read side returns it: the commitment, the document it is in (null inside a
 * {@link DocumentView}, which is that document) and the same pledge elsewhere (null when there is none).
 */
public record CommitmentHit(Commitment commitment, DocumentSummary document, AlsoIn alsoIn) {
    public CommitmentHit {
        Objects.requireNonNull(commitment, "commitment");
    }

    public String id() {
        return commitment.id();
    }

    /**
     * The commitment for people, in one line; the command line prints it and the web page shows it:
     * {@code [JP, US] commitment: intensify cooperation · rare earth elements · loan · within six months (due
     * 2026-04-28) · p. 3 · also in 2 documents}.
     */
    public String summary() {
        Commitment c = commitment;
        StringBuilder s = new StringBuilder();
        s.append('[').append(String.join(", ", c.parties())).append("] ").append(c.modality().label()).append(": ")
                .append(c.action());
        append(s, c.minerals());
        append(s, c.instruments());
        if (c.deadline() != null) {
            s.append(" · ").append(c.deadline().text());
            if (c.deadline().due() != null) {
                s.append(" (due ").append(c.deadline().due()).append(')');
            }
        }
        if (c.page() != null) {
            s.append(" · p. ").append(c.page());
        }
        if (alsoIn != null) {
            s.append(" · also in ").append(alsoIn.documents()).append(alsoIn.documents() == 1 ? " document" : " documents");
        }
        return s.toString();
    }

    private static void append(StringBuilder s, List<String> values) {
        if (!values.isEmpty()) {
            s.append(" · ").append(String.join(", ", values));
        }
    }
}
