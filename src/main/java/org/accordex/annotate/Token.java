package org.accordex.annotate;

/** A word or punctuation mark at {@code [start, end)} of the text; {@code key} is its comparable form. */
record Token(int start, int end, String key) {
}
