package org.accordex.web;

/** Small documents the web tests index. */
final class Fixtures {
    /** A dated memorandum of two parties with one commitment and one intent. */
    static final String JAPAN_CHILE_MOU = "---\ndate: 2025-10-28\n---\n"
            + "Memorandum between Japan and Chile\n\nJapan and Chile will expand lithium stockpiling within six months.\n"
            + "The Participants intend to share geological data on copper.\n";

    private Fixtures() {
    }
}
