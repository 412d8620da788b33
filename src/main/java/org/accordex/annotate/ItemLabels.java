package org.accordex.annotate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels that open a fact sheet's list items, "- **Rural Energy Savings:** USDA will …": the topic the item
 * reports on, not who acts, however much it looks like a firm's or a body's name.
 */
final class ItemLabels {
    private ItemLabels() {
    }

    /**
     * A list item's label: a run of capitalized words that opens a line, in bold or not, and ends in a colon before the
     * item's own sentence ("- **Rural Energy Savings:** USDA will …"). It names the topic the item reports on.
     */
    private static final Pattern ITEM_LABEL = Pattern.compile("\\h*(?:[-•*–]\\h+)?(?:\\*\\*|__)?"
            + "((?:\\p{Lu}[\\p{L}’'-]*\\h+(?:(?:and|of|for|the|in|to|&)\\h+)?){0,6}\\p{Lu}[\\p{L}’'-]*)"
            + "(?:\\*\\*|__)?:(?:\\*\\*|__)?\\s+\\p{Lu}"); // a fact sheet's space after the colon is often a no-break one
    private static final int LABEL_NAMED_AGAIN_CHARS = 200;

    /**
     * Whether a name the model or a rule found is an item's label, or inside one, that the item does not name again: a firm
     * that heads its own item names itself in it ("**Delta Air Lines:** Delta will …").
     */
    static boolean isUnrepeatedLabel(String text, int from, int to) {
        int colon = text.indexOf(':', to);
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        if (colon < 0 || colon - to > 40 || text.lastIndexOf('\n', colon) >= lineStart) {
            return false; // no colon after the name on its line: no label
        }
        Matcher label = ITEM_LABEL.matcher(text).region(lineStart, text.length());
        if (!label.lookingAt() || from < label.start(1) || to > label.end(1)) {
            return false;
        }
        // the name again, as a name: not the label's words again in prose ("Tribally sponsored clean energy projects")
        String[] words = text.substring(from, to).split("\\h+");
        String again = "\\b" + Pattern.quote(words[0]) + "\\b" + (words.length > 1 ? "(?!\\s+(?i:" + Pattern.quote(words[1]) + ")\\b)" : "");
        int after = label.end() - 1;
        return !Pattern.compile(again).matcher(text.substring(after, Math.min(text.length(), after + LABEL_NAMED_AGAIN_CHARS))).find();
    }
}
