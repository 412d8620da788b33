package org.accordex.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of a paged document (PDF text, page by page) into running text: one paragraph a line block,
 * with the page on which each part starts.
 *
 * <p>What PDF producers leave in the way of whole sentences, and what this pass does about it:
 * <ul>
 *   <li>running headers and footers ("Memorandum of Understanding … Page 3 of 12"): a line at the top or bottom of
 *       a page that repeats, numbers aside, on at least half of the pages is dropped; so is a bare page number;</li>
 *   <li>lines broken inside a paragraph, with or without the blank line some producers put after every line, and
 *       paragraphs that run on to the next page or column: joined, unless a list item, a heading or the end of a
 *       short last line says a new paragraph starts;</li>
 *   <li>words hyphenated at a line end ("commit-" / "ment"): re-joined, unless the document writes the word with
 *       its hyphen elsewhere or the hyphen is a real one ("non-tariff", "U.S.-Japan") or a suspended one
 *       ("science- and risk-based");</li>
 *   <li>hyphens a font has no glyph for: the non-breaking hyphen word processors put in "21st‑century" comes out as
 *       U+2011 or, where the font lacks it, as a box or a replacement character between two letters; both read as
 *       '-';</li>
 *   <li>a one-page document's running header that only repeats the title below it: dropped;</li>
 *   <li>footnotes at the foot of a page: taken out of the body, their markers unglued from words ("that2"), and
 *       their text put after the first paragraph that ends a sentence outside a list from the page's end on, and
 *       not before one that refers back to it ("It shall remain in force …"); in a scan read by OCR a raised
 *       marker often comes out as a mark after a comma ("ensure,? including"), which counts as one, or not at
 *       all: numbered lines at a page's foot between a line that stops mid-sentence and a next page that goes on in
 *       lower case are notes too;</li>
 * </ul>
 * Input "The Parties will com-\nmit funds\n\nPage 1 of 2" on page one → text "The Parties will commit funds".
 */
final class PageLayout {
    /** The text and the offset at which each page's text begins (one entry a page, in order). */
    record PagedText(String text, List<Integer> pageStarts) {
        PagedText {
            pageStarts = List.copyOf(pageStarts);
        }
    }

    /** How many lines at the top and at the bottom of a page may hold a running header or footer. */
    private static final int EDGE_LINES = 3;
    /** How many lines at the bottom of a page are searched for footnotes. */
    private static final int NOTE_LINES = 16;
    /** A page whose usual line is narrower than this (in average letters) is set in columns. */
    private static final double NARROW_COLUMN = 60;
    /** A block of at least this many lines is a paragraph of running text, not a cell or a one-line heading. */
    private static final int PARAGRAPH_LINES = 2;
    /** A line shorter than this share of the page's usual line ends its paragraph when a capital follows. */
    private static final double SHORT_LINE = 0.7;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[-–—\\s]*(?:page\\s+)?(?:\\d{1,4}|[ivxlc]{1,7})(?:\\s*(?:of|/)\\s*\\d{1,4})?[-–—\\s]*$");
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^(?:[-•*▪◦●–][\\s\u00a0]|\\(?(?:\\d{1,2}|[a-zA-Z]|[ivx]{1,5}|[IVX]{1,5})[.)][\\s\u00a0]"
                    + "|(?:Article|Section|ARTICLE|SECTION|Annex|ANNEX|Chapter|CHAPTER)\\s+(?:\\d{1,2}|[IVX]{1,5})(?:\\.\\d+)*"
                    + "(?:[.:]|\\s*$|\\s+\\p{Lu}))");
    private static final Pattern FULL_STOP = Pattern.compile("[.!?][\"'”’)\\]]*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'”’)\\]]*$");
    /** Words a paragraph does not end on: a line that stops on one runs on to the next. */
    private static final String FUNCTION_WORDS = "the|of|and|or|to|a|an|in|for|with|on|by|from|at|as|its|their|between"
            + "|which|that|under|into|than|such|including|per|both|each|all|will|shall|may|is|are|be";
    private static final Pattern RUNS_ON = Pattern.compile("(?:\\b(?:" + FUNCTION_WORDS + ")|[,(–-])$");
    private static final Pattern INITIALS_END = Pattern.compile("\\b(?:\\p{Lu}\\.){2,}$");
    private static final Pattern CAPITALS_START = Pattern.compile("^\\p{Lu}{2,}\\b");
    /** A line that stops on a function word, except "; and", which ends a list item. */
    private static final Pattern RUNS_ON_WORD = Pattern.compile(
            "(?<![;,]\\s)\\b(?:" + FUNCTION_WORDS + ")$", Pattern.CASE_INSENSITIVE);
    /**
     * A footnote marker glued to a word of at least three letters, an abbreviation, an item number, a heading's Roman
     * numeral or a number's comma: "that2", "technical,2", "U.S.2", "2.4", "ARTICLE II1", "On July 14,1 2022".
     */
    private static final Pattern GLUED_MARKER = Pattern.compile(
            "(?<=\\p{L}{3}[,.;:)”’\"]?|\\p{L}\\.|^\\d{1,2}\\.|\\b[IVX]{1,4}|\\b\\d{2,4},)(\\d{1,2})(?=[\\s,.;:)]|$)");
    /**
     * A raised footnote marker as OCR reads it: a question mark, an asterisk, a degree sign, a closing quote or a
     * superscript digit right after a word's comma or full stop or an abbreviation's ("ensure,? including",
     * "implementation.* The", "The U.S.* Working Group").
     */
    private static final Pattern MISREAD_MARKER = Pattern.compile("(?<=\\p{L}{2}[,.;]|\\p{Lu}\\.)[?*°’¹²³⁴⁵⁶⁷⁸⁹](?=\\s)");
    /** A line that stops in the middle of a sentence: on a word in lower case, a comma or a word cut by a hyphen. */
    private static final Pattern SENTENCE_CUT = Pattern.compile("[\\p{Ll},]$|\\p{Ll}-$");
    /** The word in capitals that opens a recital: "RECOGNIZING", "CONVINCED", "WHEREAS". */
    private static final Pattern RECITAL = Pattern.compile("^(?:\\p{Lu}+\\s+)?(?:\\p{Lu}{3,}(?:ING|ED)|WHEREAS|NOW)\\b");
    /**
     * A recital opened by a participle in title case, "Desiring to", "Wishing to", "Recognizing that", "Convinced
     * that": after a line that ends on a semicolon or a comma it is a paragraph of its own, where OCR lost the blank
     * line between two recitals or between the parties' names and the first recital.
     */
    private static final Pattern TITLE_CASE_RECITAL = Pattern.compile(
            "^(?!United\\b)\\p{Lu}\\p{Ll}{2,}(?:ing|ed)\\s+(?:to|that|the|their|its|in|by|with|of|upon|further)\\s");
    private static final Pattern RECITAL_END = Pattern.compile("[;,]$");
    /** A paragraph that opens on a pronoun goes on from the one before: footnotes do not come between them. */
    private static final Pattern REFERS_BACK = Pattern.compile("^(?:It|Its|This|These|They|Their|Such|Those)\\b");
    /**
     * A line that ends on a reference to a part of a text ("consistent with Article XXIV", "as set out in paragraph"):
     * a bracketed mark that opens the next line is the reference's, not an item's ("(8) (b) of the Agreement").
     */
    private static final Pattern REFERENCE_END = Pattern.compile(
            "\\b(?:in|of|under|with|to|by|and|or)\\s+(?:the\\s+)?(?i:paragraph|subparagraph|article|section|annex|chapter)s?"
                    + "(?:\\s+(?:\\d{1,3}(?:\\.\\d{1,3})*|[IVXL]{1,6}))?$");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern NOTE_START = Pattern.compile("^(\\d{1,2})\\s+\\S");
    /** A box or a replacement character between letters or digits; group 1 when a word's last 's' or 't' follows. */
    private static final Pattern MISSING_GLYPH = Pattern.compile(
            "(?<=[\\p{L}\\p{N}])[\u25a0\u25a1\ufffd](?:(?=[st](?![\\p{L}\\p{N}]))()|(?=[\\p{L}\\p{N}]))");
    private static final Pattern HYPHENATED_END = Pattern.compile("(\\p{L}+)[-\u00ad\u2010]$");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    /** Prefixes written with a hyphen in agreements, kept when a line breaks after them. */
    private static final Set<String> HYPHEN_PREFIXES = Set.of(
            "non", "co", "anti", "pre", "post", "multi", "cross", "self", "well", "sub", "semi", "socio", "bi",
            "tri", "vice", "quasi", "pan", "counter");
    /** Of those, the ones never written joined to the word after them. */
    private static final Set<String> ALWAYS_HYPHENATED = Set.of("self", "well", "cross", "vice", "quasi");
    /** Words after which a line-end hyphen is a suspended one: "science- and risk-based", "pre- or post-export". */
    private static final Set<String> SUSPENDING_WORDS = Set.of("and", "or");

    private PageLayout() {
    }

    /** A line of a page; {@code opensBlock} when the producer started a paragraph with it (a blank line before). */
    private record Line(String text, boolean opensBlock) {
        Line withText(String newText) {
            return new Line(newText, opensBlock);
        }
    }

    /** {@code pageTexts}: each page's text, lines separated by '\n' and paragraphs by a blank line. */
    static PagedText of(List<String> pageTexts) {
        List<List<Line>> pages = new ArrayList<>();
        for (String page : pageTexts) {
            List<Line> lines = new ArrayList<>();
            boolean blankBefore = true;
            for (String line : page.split("\n")) {
                String stripped = hyphenGlyphs(line.replace('\u00a0', ' ')).strip();
                if (!stripped.isEmpty()) {
                    lines.add(new Line(stripped, blankBefore));
                }
                blankBefore = stripped.isEmpty();
            }
            pages.add(lines);
        }
        dropRunningLines(pages);
        List<List<String>> notes = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            // A note may fall to the foot of the page after its marker's.
            notes.add(takeFootnotes(pages.get(p), p == 0 ? new ArrayList<>() : pages.get(p - 1),
                    p + 1 < pages.size() ? pages.get(p + 1) : List.of()));
        }
        return assemble(pages, notes, Vocabulary.of(pages));
    }

    /**
     * The non-breaking hyphen as '-', and a glyph the font could not draw (a box, U+FFFD) between two letters or
     * digits as the hyphen it most often stands for ("rules■based"); before a word's last 's' or 't' it is an
     * apostrophe ("partner■s", "don■t").
     */
    static String hyphenGlyphs(String line) {
        if (line.indexOf('\u2011') < 0 && !MISSING_GLYPH.matcher(line).find()) {
            return line;
        }
        String hyphens = line.replace('\u2011', '-');
        Matcher m = MISSING_GLYPH.matcher(hyphens);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1) != null ? "’" : "-");
        }
        return m.appendTail(out).toString();
    }

    /** Drops running headers and footers and bare page numbers from the edges of each page. */
    private static void dropRunningLines(List<List<Line>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<Line> page : pages) {
            Set<String> keys = new HashSet<>();
            for (int i : edge(page)) {
                keys.add(key(page.get(i).text()));
            }
            keys.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }
        int repeated = Math.max(2, (pages.size() + 1) / 2);
        for (List<Line> page : pages) {
            List<Integer> edge = edge(page);
            // Once a page: a title that repeats its running header stays.
            Set<String> dropped = new HashSet<>();
            for (int k = edge.size() - 1; k >= 0; k--) {
                int i = edge.get(k);
                String line = page.get(i).text();
                if (pagesWith.getOrDefault(key(line), 0) >= repeated && !PAGE_NUMBER.matcher(line).matches()
                        && dropped.add(key(line))) {
                    page.remove(i);
                }
            }
            // A page number is the first or the last line; a number inside is a footnote's or an item's.
            while (!page.isEmpty() && PAGE_NUMBER.matcher(page.get(0).text()).matches()) {
                page.remove(0);
            }
            while (!page.isEmpty() && PAGE_NUMBER.matcher(page.get(page.size() - 1).text()).matches()) {
                page.remove(page.size() - 1);
            }
        }
        if (!pages.isEmpty() && repeatsTheTitle(pages.get(0))) {
            pages.get(0).remove(0);
        }
    }

    /**
     * Whether the page's first line is a running header that the title under it repeats, whole or cut short
     * ("Joint Statement on Trade and E" over "Joint Statement on Trade and Energy Security"): on a one-page
     * document no second page shows it to be a header.
     */
    private static boolean repeatsTheTitle(List<Line> page) {
        if (page.size() < 2) {
            return false;
        }
        String first = key(page.get(0).text());
        if (first.length() < 15 || first.split(" ").length < 3) {
            return false;
        }
        StringBuilder below = new StringBuilder();
        for (int i = 1; i < Math.min(page.size(), 1 + EDGE_LINES) && below.length() <= first.length(); i++) {
            below.append(below.isEmpty() ? "" : " ").append(key(page.get(i).text()));
        }
        return below.toString().startsWith(first);
    }

    /** The indices of a page's top and bottom lines, ascending. */
    private static List<Integer> edge(List<Line> page) {
        Set<Integer> indices = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(EDGE_LINES, page.size()); i++) {
            indices.add(i);
        }
        for (int i = Math.max(0, page.size() - EDGE_LINES); i < page.size(); i++) {
            indices.add(i);
        }
        return List.copyOf(indices);
    }

    /** A line with its numbers blanked: "Page 3 of 12" and "Page 4 of 12" are the same running footer. */
    private static String key(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    /**
     * Removes the footnotes from the foot of {@code page} and the markers of those notes from its body; returns the
     * notes, one string each. A note is a line "N text" at the foot of the page whose number N is glued to a word
     * above it; the lines after it up to the page's end belong to the notes.
     */
    private static List<String> takeFootnotes(List<Line> page, List<Line> previousPage, List<Line> nextPage) {
        int from = Math.max(1, page.size() - NOTE_LINES);
        // Some producers set a note's number on a line of its own: "1" / "The list may be amended …".
        for (int i = page.size() - 2; i >= from; i--) {
            if (BARE_NUMBER.matcher(page.get(i).text()).matches()) {
                page.set(i, page.get(i).withText(page.get(i).text() + " " + page.get(i + 1).text()));
                page.remove(i + 1);
            }
        }
        for (int i = from; i < page.size(); i++) {
            Matcher start = NOTE_START.matcher(page.get(i).text());
            if (!start.find()) {
                continue;
            }
            Set<String> markers = markers(page.subList(0, i));
            markers.addAll(markers(previousPage));
            // OCR reads a raised marker as a mark ("ensure,? including") or not at all: as many such marks as
            // numbered notes below, or numbered lines between the halves of a sentence cut by the page's end.
            List<String> misread = numberedRun(page.subList(i, page.size()));
            boolean byMisreadMarks = !markers.contains(start.group(1)) && !misread.isEmpty()
                    && (misread.size() <= misreadMarkers(page.subList(0, i))
                    || SENTENCE_CUT.matcher(page.get(i - 1).text()).find() && !nextPage.isEmpty()
                    && Character.isLowerCase(nextPage.get(0).text().charAt(0)));
            if (byMisreadMarks) {
                markers.addAll(misread);
            } else if (!markers.contains(start.group(1))) {
                continue;
            }
            List<String> notes = new ArrayList<>();
            for (String line : page.subList(i, page.size()).stream().map(Line::text).toList()) {
                Matcher next = NOTE_START.matcher(line);
                if (notes.isEmpty() || next.find() && markers.contains(next.group(1))) {
                    notes.add(line);
                } else {
                    notes.set(notes.size() - 1, join(notes.get(notes.size() - 1), line, Vocabulary.EMPTY));
                }
            }
            Set<String> numbers = new HashSet<>();
            notes.forEach(n -> {
                Matcher m = NOTE_START.matcher(n);
                if (m.find()) {
                    numbers.add(m.group(1));
                }
            });
            page.subList(i, page.size()).clear();
            // A note whose marker is on its own page fell to no later page: the previous page's "Kestrel2" stays.
            Set<String> markedHere = markers(page);
            Set<String> fellOver = new HashSet<>(numbers);
            fellOver.removeAll(markedHere);
            page.replaceAll(line -> line.withText(unglue(line.text(), numbers)));
            if (byMisreadMarks) {
                page.replaceAll(line -> line.withText(MISREAD_MARKER.matcher(line.text()).replaceAll("")));
            }
            previousPage.replaceAll(line -> line.withText(unglue(line.text(), fellOver)));
            return notes;
        }
        return List.of();
    }

    /** The numbers of the lines "1 …", "2 …" that open the foot of a page, counting up from the first. */
    private static List<String> numberedRun(List<Line> foot) {
        List<String> numbers = new ArrayList<>();
        for (Line line : foot) {
            Matcher m = NOTE_START.matcher(line.text());
            if (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (!numbers.isEmpty() && n != Integer.parseInt(numbers.get(numbers.size() - 1)) + 1) {
                    return List.of();
                }
                numbers.add(m.group(1));
            } else if (numbers.isEmpty()) {
                return List.of();
            }
        }
        return numbers;
    }

    private static int misreadMarkers(List<Line> lines) {
        int count = 0;
        for (Line line : lines) {
            Matcher m = MISREAD_MARKER.matcher(line.text());
            while (m.find()) {
                count++;
            }
        }
        return count;
    }

    private static Set<String> markers(List<Line> lines) {
        Set<String> found = new HashSet<>();
        for (Line line : lines) {
            Matcher m = GLUED_MARKER.matcher(line.text());
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static String unglue(String line, Set<String> numbers) {
        Matcher m = GLUED_MARKER.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, numbers.contains(m.group(1)) ? "" : m.group(1));
        }
        return m.appendTail(out).toString();
    }

    private static PagedText assemble(List<List<Line>> pages, List<List<String>> notes, Vocabulary vocabulary) {
        // Some producers end a paragraph after every line: then a blank line says nothing.
        long lines = pages.stream().mapToLong(List::size).sum();
        long openers = pages.stream().flatMap(List::stream).filter(Line::opensBlock).count();
        boolean blocksMeanParagraphs = lines < 8 || openers < 0.8 * lines;
        StringBuilder out = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<String> pendingNotes = new ArrayList<>();
        String previous = null;
        StringBuilder block = new StringBuilder(); // the lines of the producer's block the previous line is in
        int blockLines = 0;
        double previousWidth = 0;
        for (int p = 0; p < pages.size(); p++) {
            List<Line> page = pages.get(p);
            double width = usualWidth(page, pages);
            starts.add(out.length());
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i).text();
                boolean opensBlock = blocksMeanParagraphs && page.get(i).opensBlock();
                // A block of a line or two in title case is a heading, wherever the page or column breaks.
                boolean heading = opensBlock && blockLines <= 2 && Character.isUpperCase(line.charAt(0))
                        && isTitleCase(block.toString());
                if (previous != null
                        && (heading || startsParagraph(previous, line, previousWidth, opensBlock, i == 0, blockLines))) {
                    out.append("\n\n");
                    // Notes wait for the end of a sentence outside a list: a list keeps its lead-in.
                    if (FULL_STOP.matcher(previous).find() && !LIST_ITEM.matcher(line).find()
                            && !REFERS_BACK.matcher(line).find()) {
                        for (String note : pendingNotes) {
                            out.append(note).append("\n\n");
                        }
                        pendingNotes.clear();
                    }
                } else if (previous != null) {
                    Boolean keepHyphen = hyphenBreak(previous, line, vocabulary);
                    if (keepHyphen == null) {
                        out.append(' ');
                    } else {
                        out.setLength(out.length() - 1); // a soft hyphen or a hyphen: a real one comes back as '-'
                        out.append(keepHyphen ? "-" : "");
                    }
                }
                if (i == 0) {
                    starts.set(p, out.length());
                }
                out.append(line);
                if (opensBlock) {
                    block.setLength(0);
                    blockLines = 0;
                }
                block.append(blockLines++ == 0 ? "" : " ").append(line);
                previous = line;
                previousWidth = width;
            }
            pendingNotes.addAll(notes.get(p));
        }
        for (String note : pendingNotes) {
            out.append(out.isEmpty() ? "" : "\n\n").append(note);
        }
        return new PagedText(out.toString(), starts);
    }

    /** The width of a full line on this page (its widest lines, a few outliers aside), or of the document's. */
    private static double usualWidth(List<Line> page, List<List<Line>> pages) {
        List<Double> widths = new ArrayList<>();
        for (Line line : page.size() >= 4 ? page : pages.stream().flatMap(List::stream).toList()) {
            widths.add(width(line.text()));
        }
        if (widths.isEmpty()) {
            return 0;
        }
        widths.sort(null);
        return widths.get((int) Math.floor((widths.size() - 1) * 0.9));
    }

    /**
     * A line's printed width in average letters: capitals and 'm' take more room than 'i' or a space, so a full line
     * of a heading in capitals holds fewer characters than a full line of running text.
     */
    static double width(String line) {
        double width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (" .,;:'’!|ijlft()".indexOf(c) >= 0) {
                width += 0.5;
            } else if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
                width += 1.5;
            } else if (Character.isUpperCase(c)) {
                width += 1.3;
            } else {
                width += 1;
            }
        }
        return width;
    }

    /**
     * Whether {@code next} starts a new paragraph rather than continuing {@code previous}, the last of
     * {@code blockLines} lines of its block.
     */
    static boolean startsParagraph(String previous, String next, double width, boolean opensBlock, boolean newPage,
            int blockLines) {
        if (endsInCutWord(previous) && Character.isLowerCase(next.charAt(0))) {
            return false; // "6month-" / "s. The group …": the rest of a word, not a lettered item
        }
        if (next.charAt(0) == '(' && REFERENCE_END.matcher(previous).region(Math.max(0, previous.length() - 40),
                previous.length()).useTransparentBounds(true).find()) {
            return false; // "… consistent with Article XXIV" / "(8) (b) of …": the reference goes on
        }
        if (LIST_ITEM.matcher(next).find() || RECITAL.matcher(next).find() && !RUNS_ON_WORD.matcher(previous).find()) {
            return true;
        }
        if (RECITAL_END.matcher(previous).find() && TITLE_CASE_RECITAL.matcher(next).find()) {
            return true;
        }
        char first = next.charAt(0);
        if (Character.isLowerCase(first)) {
            return false;
        }
        boolean shortLine = width(previous) < SHORT_LINE * width;
        if (isCapitals(previous) && CAPITALS_START.matcher(next).find()) {
            return false; // a heading in capitals that wraps
        }
        if (SENTENCE_END.matcher(previous).find()) {
            // A full line that stops on initials ("the consulate of the U.S." / "Mission …") goes on past a page or
            // column break.
            return shortLine || opensBlock && !INITIALS_END.matcher(previous).find();
        }
        if (RUNS_ON.matcher(previous).find()) {
            return false;
        }
        // Every page opens a block of its own: across a page break a sentence's end has to say so. So does every
        // column: in a narrow one, a block that opens on a capital after a full line of a paragraph (not a table's
        // one-line cell) is the sentence going on in the next column.
        if (opensBlock && !newPage && !Character.isLowerCase(first)
                && (shortLine || width >= NARROW_COLUMN || blockLines < PARAGRAPH_LINES)) {
            return true;
        }
        // A short line that stops without punctuation before a capital is a heading or a line of its own, unless the
        // next line's first word would not have fit on it (a narrow column before a long word).
        return shortLine && width(previous) + width(" " + firstWord(next)) <= width
                && (Character.isUpperCase(first) || Character.isDigit(first) || !Character.isLetter(first));
    }

    /** Small words a heading in title case writes in lower case. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of(
            "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with");

    /**
     * Whether a line reads as a heading in title case: "Securing Supply Chains: Building Capacity for the Region",
     * each word capitalized but the small ones, and the last not a small one.
     */
    static boolean isTitleCase(String line) {
        if (SENTENCE_END.matcher(line).find() || RUNS_ON.matcher(line).find()) {
            return false;
        }
        String[] words = line.split("\\s+");
        int capitalized = 0;
        for (String word : words) {
            String bare = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (bare.isEmpty() || TITLE_SMALL_WORDS.contains(bare) && capitalized > 0) {
                continue;
            }
            if (!Character.isUpperCase(bare.charAt(0)) && !Character.isDigit(bare.charAt(0))) {
                return false;
            }
            capitalized++;
        }
        return capitalized >= 2 && !TITLE_SMALL_WORDS.contains(words[words.length - 1]);
    }

    /** The line's first word, up to its first space. */
    private static String firstWord(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    /** Whether a line ends on a letter and a hyphen, as a word cut at the line's end does. */
    private static boolean endsInCutWord(String line) {
        int n = line.length();
        return n >= 2 && "-\u00ad\u2010".indexOf(line.charAt(n - 1)) >= 0 && Character.isLetter(line.charAt(n - 2));
    }

    private static boolean isCapitals(String line) {
        return line.chars().anyMatch(Character::isLetter) && line.equals(line.toUpperCase(Locale.ROOT));
    }

    /**
     * For a line that ends in a hyphen after a letter and a next line that goes on with a letter: true to keep the
     * hyphen ("non-" / "tariff"), false to drop it ("commit-" / "ment"); null when the line does not end so.
     */
    static Boolean hyphenBreak(String previous, String next, Vocabulary vocabulary) {
        Matcher left = HYPHENATED_END.matcher(previous);
        Matcher right = LEADING_WORD.matcher(next);
        if (!right.find()) {
            return null;
        }
        if (!left.find()) {
            // "U.S.-" / "Japan": a hyphen after a non-letter is a real one.
            return previous.length() > 1 && previous.endsWith("-") && !Character.isWhitespace(previous.charAt(previous.length() - 2))
                    ? Boolean.TRUE : null;
        }
        String head = left.group(1);
        String tail = right.group(1);
        String hyphenated = (head + "-" + tail).toLowerCase(Locale.ROOT);
        String joined = (head + tail).toLowerCase(Locale.ROOT);
        if (vocabulary.hyphenated.contains(hyphenated)) {
            return true;
        }
        if (vocabulary.words.contains(joined)) {
            return false;
        }
        if (SUSPENDING_WORDS.contains(tail) && next.length() > tail.length()
                && Character.isWhitespace(next.charAt(tail.length()))) {
            return null; // a suspended hyphen: "science-" / "and risk-based" is "science- and risk-based"
        }
        boolean capitalTail = Character.isUpperCase(tail.charAt(0)) && !tail.equals(tail.toUpperCase(Locale.ROOT));
        String prefix = head.toLowerCase(Locale.ROOT);
        // "non-" / "tariff" keeps its hyphen, the tail being a word of the document; "pre-" / "vent" is "prevent".
        return capitalTail || HYPHEN_PREFIXES.contains(prefix)
                && (ALWAYS_HYPHENATED.contains(prefix) || vocabulary.words.contains(tail.toLowerCase(Locale.ROOT)));
    }

    private static String join(String previous, String next, Vocabulary vocabulary) {
        Boolean keepHyphen = hyphenBreak(previous, next, vocabulary);
        if (keepHyphen == null) {
            return previous + " " + next;
        }
        return previous.substring(0, previous.length() - 1) + (keepHyphen ? "-" : "") + next;
    }

    /** The words a document writes, to tell a line-end hyphen from a real one. */
    record Vocabulary(Set<String> words, Set<String> hyphenated) {
        static final Vocabulary EMPTY = new Vocabulary(Set.of(), Set.of());

        static Vocabulary of(List<List<Line>> pages) {
            Set<String> words = new HashSet<>();
            Set<String> hyphenated = new HashSet<>();
            for (List<Line> page : pages) {
                for (String line : page.stream().map(Line::text).toList()) {
                    Matcher m = WORD.matcher(line);
                    while (m.find()) {
                        String word = m.group().toLowerCase(Locale.ROOT);
                        // A word cut at the line's end is not evidence of how the document writes it.
                        if (m.end() == line.length() || m.end() < line.length() && isHyphen(line.charAt(m.end()))) {
                            continue;
                        }
                        if (m.start() == 0 && Character.isLowerCase(line.charAt(0))) {
                            continue;
                        }
                        (word.indexOf('-') >= 0 ? hyphenated : words).add(word);
                    }
                }
            }
            return new Vocabulary(words, hyphenated);
        }

        private static boolean isHyphen(char c) {
            return c == '-' || c == '\u00ad' || c == '\u2010';
        }
    }
}
