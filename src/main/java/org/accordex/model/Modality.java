package org.accordex.model;

import java.util.Locale;

/** How firmly parties commit, strongest first (ANNOTATION.md §2). */
public enum Modality {
    /** shall, must, is required to. */
    OBLIGATION,
    /** will, commit to, agree to, undertake to. */
    COMMITMENT,
    /** intend, seek, aim, plan, hope, determined to, envisage. */
    INTENT,
    /** should, call on, encourage, urge. */
    RECOMMENDATION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
