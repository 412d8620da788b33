package org.accordex.model;

/** The four kinds of mention ANNOTATION.md defines, in the order the contract lists them. */
public enum MentionType {
    PARTY, MINERAL, DEADLINE, INSTRUMENT;

    /** The lower-case label used in OpenNLP training files ({@code <START:party>}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static MentionType fromLabel(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
}
