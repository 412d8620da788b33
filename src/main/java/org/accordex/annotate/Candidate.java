package org.accordex.annotate;

import org.accordex.model.MentionType;

/**
 * A proposed mention before overlaps are resolved.
 *
 * @param kind what the dictionary says it is (state, capital, demonym, body, group...), or the finder's name
 * @param source which finder proposed it; the merger trusts them in this order
 */
record Candidate(MentionType type, int start, int end, String norm, String kind, Source source) {

    enum Source { GRAMMAR, DICTIONARY, RULE, MODEL }

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }

    boolean contains(Candidate other) {
        return start <= other.start && other.end <= end;
    }

    Candidate withSpan(int newStart, int newEnd) {
        return new Candidate(type, newStart, newEnd, norm, kind, source);
    }

    Candidate withNorm(String newNorm) {
        return new Candidate(type, start, end, newNorm, kind, source);
    }
}
