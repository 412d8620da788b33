package org.accordex.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.commitments.ListMarkers;
import org.accordex.commitments.PartLetters;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentences of a document as spans of its text.
 *
 * <p>Layout first, then OpenNLP: a blank line, a heading or a numbered or bulleted item always ends a sentence,
 * because agreements put each provision on its own line; a line that wraps mid-sentence (PDF text) is joined
 * to the next. Inside each block OpenNLP's sentence detector splits, and splits after abbreviations such as
 * "U.S." or "Inc." that the model takes for sentence ends are undone. Not thread-safe.
 */
final class SentenceSplitter {
    /** "1.", "(a)", "(B)", "ii)", "\\(iv\\)" (Markdown), "-", "•", "Article 3" at the start of a line; spaces may be no-break. */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^[\\s\u00a0]*(?:(?:" + ListMarkers.MARKER + ")[\\s\u00a0]|(?:Article|Section|ARTICLE|SECTION)\\s+\\d)");
    /** A line that ends on one of these goes on in the next: a function word ("… entry into force of this⏎ Agreement."), or "United" of a state's name. */
    private static final Pattern CONTINUATION_END = Pattern.compile(
            "(?:\\b(?:the|of|and|or|to|a|an|in|for|with|on|by|from|at|as|its|their|between|which|that|who|whose"
                    + "|under|into|than|such|including|per|both|each|all|will|shall|would|may|is|are|be|this|these|United)|[,–-])$");
    /** Running text that ends on "White House", with words before it: not a letterhead's "The White House" alone. */
    private static final Pattern WHITE_HOUSE_END = Pattern.compile("\\S\\s+\\S+\\s+White\\s+House$");
    /** An office of the White House named on the next line: "Office of …", "Council on …". */
    private static final Pattern WHITE_HOUSE_OFFICE_START = Pattern.compile("(?:Office|Council)\\s+(?:of|on|for)\\s+\\p{Lu}");
    /** A paragraph never ends on an article or a preposition: a blank line after one is an extraction artifact. */
    private static final Pattern PREPOSITION_END = Pattern.compile(
            "\\b(?:the|a|an|of|to|in|for|with|on|by|from|at|between|into|than|per|under|until|before|within)$");
    /** Lines at least this long that end without punctuation are taken for wrapped running text. */
    private static final int WRAPPED_LINE = 60;
    /** The same for a line that follows wrapped lines of its paragraph. */
    private static final int WRAPPED_PARAGRAPH_LINE = 45;
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:\\b(?:U\\.S|U\\.K|U\\.N|E\\.U|Inc|Corp|Co|Ltd|Bros|No|Nos|Art|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Dept"
                    + "|approx|vs|e\\.g|i\\.e|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fed|Reg|a\\.m|p\\.m)|\\b[A-Z])\\.$");
    private static final Pattern SENTENCE_STARTER = Pattern.compile(
            "^(?:The|This|These|That|Those|It|Its|We|They|Our|In|On|At|As|By|For|Under|With|Each|Both|Such|A|An"
                    + "|If|When|While|Since|Today|However|Further|Furthermore|Moreover|Additionally)\\b");

    private final SentenceDetectorME detector;

    SentenceSplitter(SentenceModel model) {
        this.detector = new SentenceDetectorME(model);
    }

    List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        for (Span block : blocks(text)) {
            String blockText = text.substring(block.getStart(), block.getEnd());
            Span previous = null;
            List<Span> detectedSpans = splitBeforeInlineItems(blockText, splitAfterReferences(blockText,
                    splitAfterPlaceAbbreviations(blockText, detector.sentPosDetect(blockText))));
            for (Span detected : splitAfterBoldEnds(blockText, splitGlued(blockText, detectedSpans))) {
                Span sentence = trim(text, block.getStart() + detected.getStart(), block.getStart() + detected.getEnd());
                if (sentence == null) {
                    continue;
                }
                if (previous != null && joinsAbbreviation(text, previous, sentence)) {
                    sentences.set(sentences.size() - 1, new Span(previous.getStart(), sentence.getEnd()));
                    previous = sentences.get(sentences.size() - 1);
                } else {
                    sentences.add(sentence);
                    previous = sentence;
                }
            }
        }
        return sentences;
    }

    /**
     * The detected sentences, each split where a place's abbreviation ends one sentence and a pronoun or article opens
     * the next, or an acronym ends one, which the model reads as one: "… in Washington, D.C. This move seeks to …".
     */
    private static List<Span> splitAfterPlaceAbbreviations(String block, Span[] detected) {
        if (!hasCapitalBeforePeriodInside(block)) {
            return List.of(detected); // the pattern, tried at every character, is the costlier test
        }
        List<Span> out = new ArrayList<>();
        for (Span s : detected) {
            int start = s.getStart();
            Matcher end = PLACE_ABBREVIATION_THEN_START.matcher(block).region(s.getStart(), s.getEnd());
            while (end.find()) {
                out.add(new Span(start, end.start(1)));
                start = end.start(2);
            }
            out.add(new Span(start, s.getEnd()));
        }
        return out;
    }

    /**
     * "D.C. This …", "U.S. The company …": a place's abbreviation before a sentence's first word; "Orion CMC. Orion …":
     * an acronym, which no period abbreviates, before a capitalized word. Group 1 is where the sentence ends, group 2
     * where the next starts.
     */
    private static final Pattern PLACE_ABBREVIATION_THEN_START = Pattern.compile(
            "(?:\\b(?:D\\.C|U\\.S|U\\.K)(?=\\.[ \\t]+(?:The|This|These|That|Those|It|Its|We|They|Our|However|Meanwhile)[ \\t])"
                    + "|(?<![\\p{L}\\d.&’'-])[A-Z][A-Z\\d]{1,5}(?=\\.[ \\t]+\\p{Lu}\\p{Ll}))\\.()[ \\t]+()");

    /**
     * A sentence that ends on a reference to a part of the text, read as one with the next: "… listed under Section II,
     * paragraph 3. The Participants will …", "… set out in Annex 2. Each Party shall …", "… in Sections 3 and 4. The
     * Fund will …"; a heading's number that opens the sentence stays with it ("Article 3. The permittee shall …").
     * Group 1 is where the sentence ends, group 2 where the next starts.
     */
    private static final Pattern REFERENCE_THEN_START = Pattern.compile(
            "(?<=[\\p{L}\\d,;)][ \\t]{1,3})\\b(?i:paragraph|subparagraph|annex|article|section|chapter|part|schedule|appendix|item)s?\\s+"
                    // several parts named: "as defined in Sections 3 and 4. The Fund will …", "Articles 5 to 7"
                    + "(?:(?:\\d+|[IVX]+)(?:\\([a-z\\d]+\\))?(?:,\\s*|\\s+(?:and|or|to)\\s+|\\s*[-–]\\s*))*"
                    + "(?:\\d+|[IVX]+)(?:\\([a-z\\d]+\\))?(?=\\.[ \\t]+(?:The|This|These|Each|Either|Such|Both|It|They|We|Our)[ \\t])\\.()[ \\t]+()");

    /**
     * A lettered item run into its lead-in or into the item before it on one line, as scanned treaties print them: "The
     * Unit shall perform the following functions: a) coordinate …", "…; d) necessary to protect …". Each item is a
     * sentence of its own, as on a line of its own. Group 1 is where the sentence ends (after the colon or semicolon),
     * group 2 where the item starts; a mark before "and" or "or" is a reference ("paragraphs (a) and (b)").
     */
    private static final Pattern INLINE_ITEM = Pattern.compile(
            "[:;]()[ \\t]+()\\(?(?:" + ListMarkers.doubled() + "|[a-z]|[ivx]{1,4})\\)[ \\t]+(?!(?:and|or)\\b)\\p{Ll}");

    private static List<Span> splitBeforeInlineItems(String block, List<Span> detected) {
        if (block.contains(": TO ") || block.contains(":\tTO ")) {
            detected = cutAt(block, detected, CAPITAL_AIM_AFTER_COLON);
        }
        if (block.indexOf(')') < 0) {
            return detected;
        }
        return cutAt(block, detected, INLINE_ITEM);
    }

    /**
     * A preamble's first aim run into its lead-in on one line, in capitals as such aims are printed: "The Governments of A
     * and B, resolved: TO STRENGTHEN …;". The aim is an item of its own, as on a line of its own.
     */
    private static final Pattern CAPITAL_AIM_AFTER_COLON = Pattern.compile(":()[ \\t]+()(?=TO[ \\t]+\\p{Lu}{2,}[ \\t])");

    private static List<Span> splitAfterReferences(String block, List<Span> detected) {
        if (!hasDigitOrNumeralBeforePeriod(block)) {
            return detected;
        }
        return cutAt(block, detected, REFERENCE_THEN_START);
    }

    /**
     * The detected sentences cut where {@code cut} matches: one ends at its first group and the next starts at its
     * second, or both at the match where it has no groups.
     */
    private static List<Span> cutAt(String block, List<Span> detected, Pattern cut) {
        List<Span> out = new ArrayList<>();
        for (Span s : detected) {
            int start = s.getStart();
            Matcher m = cut.matcher(block).region(s.getStart(), s.getEnd());
            while (m.find()) {
                int end = m.groupCount() >= 2 ? m.start(1) : m.start();
                if (end > start) {
                    out.add(new Span(start, end));
                    start = m.groupCount() >= 2 ? m.start(2) : m.start();
                }
            }
            out.add(new Span(start, s.getEnd()));
        }
        return out;
    }

    /** Whether a digit, a Roman numeral's letter or a closing parenthesis comes before a period and a space somewhere in the block. */
    private static boolean hasDigitOrNumeralBeforePeriod(String block) {
        for (int dot = block.indexOf('.'); dot > 0 && dot + 1 < block.length(); dot = block.indexOf('.', dot + 1)) {
            char before = block.charAt(dot - 1);
            char next = block.charAt(dot + 1);
            if ((Character.isDigit(before) || before == 'I' || before == 'V' || before == 'X' || before == ')')
                    && (next == ' ' || next == '\t')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sentences a scraped page ran together, with no space after the point: "… in the country.He directed …". The
     * point ends a word of two or more lower-case letters (not an initial or "Mr."), and a capitalized word follows.
     */
    private static final Pattern GLUED_END = Pattern.compile(
            "(?<=(?<![\\p{L}.])\\p{L}?\\p{Ll}{2,}[.!?][\"”’]?)(?=\\p{Lu}\\p{Ll})");

    private static List<Span> splitGlued(String block, List<Span> detected) {
        if (!hasLowerPointUpper(block)) {
            return detected; // the pattern's look-behind, tried at every character, is the costlier test
        }
        List<Span> out = new ArrayList<>();
        int carried = -1; // the start of a word the detector left at the end of the sentence before
        for (int i = 0; i < detected.size(); i++) {
            Span s = detected.get(i);
            int start = carried >= 0 ? carried : s.getStart();
            carried = -1;
            for (int at : gluedEnds(block, s)) {
                if (at > start && !endsWithAbbreviation(block.substring(start, at))) {
                    out.add(new Span(start, at));
                    start = at;
                }
            }
            boolean oneWordLeft = start > s.getStart()
                    && block.substring(start, s.getEnd()).chars().noneMatch(Character::isWhitespace);
            if (oneWordLeft && i + 1 < detected.size()) {
                carried = start; // "country.He | directed …": the detector ends at the space after the glued word
            } else {
                out.add(new Span(start, s.getEnd()));
            }
        }
        return out;
    }

    /**
     * A bold heading that ends on its point, run into the sentence after it: "**Expanded export controls on Halden
     * Metals.** These controls will …". The point and the closing asterisks end the heading, which the model, reading
     * a long wrapped one, may join to the next sentence; the names in the heading are then taken for the subject.
     */
    private static final Pattern BOLD_END = Pattern.compile("(?<=[.!?][\"”’]?\\*\\*)(?=[ \\t\\r\\n]+[\"“]?\\p{Lu})");

    private static List<Span> splitAfterBoldEnds(String block, List<Span> detected) {
        if (!block.contains(".**") && !block.contains("!**") && !block.contains("?**") && !block.contains("”**")) {
            return detected;
        }
        return cutAt(block, detected, BOLD_END);
    }

    /**
     * Where {@link #GLUED_END} matches inside {@code sentence}, seen from the sentence alone. A match ends a point or
     * a quote after it, so it is tried only after those, not at every character.
     */
    private static List<Integer> gluedEnds(String block, Span sentence) {
        String text = block.substring(sentence.getStart(), sentence.getEnd());
        List<Integer> ends = new ArrayList<>();
        Matcher end = GLUED_END.matcher(text).useTransparentBounds(true);
        for (int at = 1; at < text.length(); at++) {
            if (".!?\"”’".indexOf(text.charAt(at - 1)) >= 0 && end.region(at, text.length()).lookingAt()) {
                ends.add(sentence.getStart() + at);
            }
        }
        return ends;
    }

    /** Whether a lower-case letter, a sentence's point and a capital follow each other somewhere in the block. */
    private static boolean hasLowerPointUpper(String block) {
        for (int i = 1; i + 1 < block.length(); i++) {
            char c = block.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isLowerCase(block.charAt(i - 1))
                    && Character.isUpperCase(block.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capital letter comes before a period and a space or tab somewhere in the block. */
    private static boolean hasCapitalBeforePeriodInside(String block) {
        for (int dot = block.indexOf('.'); dot >= 0 && dot + 1 < block.length(); dot = block.indexOf('.', dot + 1)) {
            char next = block.charAt(dot + 1);
            if (dot > 0 && Character.isUpperCase(block.charAt(dot - 1)) && (next == ' ' || next == '\t')) {
                return true;
            }
        }
        return false;
    }

    /** Paragraph-like blocks: lines, with wrapped lines joined. */
    static List<Span> blocks(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                Span line = trim(text, start, i);
                if (line != null) {
                    lines.add(line);
                }
                start = i + 1;
            }
        }
        List<Span> blocks = new ArrayList<>();
        boolean wrapsLines = wrapsLines(lines);
        Span current = null;
        for (Span line : lines) {
            if (current != null && continues(text, current, line, wrapsLines)) {
                current = new Span(current.getStart(), line.getEnd());
            } else {
                if (current != null) {
                    blocks.add(current);
                }
                current = line;
            }
        }
        if (current != null) {
            blocks.add(current);
        }
        return blocks;
    }

    /** Lines longer than this are whole paragraphs: no one wraps text so wide. */
    private static final int PARAGRAPH_LINE = 150;

    /**
     * Whether the text wraps its lines: of its long lines, most are not whole paragraphs. A text written a paragraph a
     * line does not, and a long title or heading in it, ending without a point, is a line of its own.
     */
    private static boolean wrapsLines(List<Span> lines) {
        int longLines = 0;
        int paragraphLines = 0;
        for (Span line : lines) {
            int length = line.getEnd() - line.getStart();
            longLines += length >= WRAPPED_LINE ? 1 : 0;
            paragraphLines += length > PARAGRAPH_LINE ? 1 : 0;
        }
        return paragraphLines * 2 <= longLines;
    }

    /** Whether {@code next} is the wrapped rest of {@code current}: same paragraph, no list marker. */
    private static boolean continues(String text, Span current, Span next, boolean wrapsLines) {
        String between = text.substring(current.getEnd(), next.getStart());
        boolean blankLine = between.indexOf('\n') != between.lastIndexOf('\n');
        String nextText = text.substring(next.getStart(), next.getEnd());
        // the patterns open with "^": a match can only start at the line's start
        if (partNumberGoesOn(text, current, nextText)) {
            return true; // "… contained in Annex⏎⏎401.2 shall be eliminated …": the number is the reference's
        }
        if (LIST_ITEM.matcher(nextText).lookingAt() && !referenceGoesOn(text, current, nextText)) {
            return false;
        }
        // the case first: the block, which grows line by line, is read only before a line in lower case
        if (Character.isLowerCase(nextText.charAt(0))
                && MARKER_ALONE.matcher(text.substring(current.getStart(), current.getEnd())).matches()) {
            return true; // a scanned item's mark on a line of its own, its text below: "(k)⏎⏎appoint the auditors;"
        }
        // Only the block's last line matters, and only its end: looking further would make long blocks quadratic.
        int lastLineStart = Math.max(current.getStart(), text.lastIndexOf('\n', current.getEnd() - 1) + 1);
        String currentText = text.substring(lastLineStart, current.getEnd());
        String tail = currentText.substring(Math.max(0, currentText.length() - 24));
        char last = currentText.charAt(currentText.length() - 1);
        if (last == '.' && !blankLine && wrapsAfterAbbreviation(tail, nextText)) {
            return true; // "… on all U.S.⏎ industrial goods": the point is the abbreviation's, the sentence goes on
        }
        Matcher initial = last == '.' && !blankLine ? PERSON_INITIAL_END.matcher(tail) : null;
        if (initial != null && initial.find() && !PartLetters.numbers(initial.group(1))
                && NAME_GOES_ON.matcher(nextText).find() && !SENTENCE_STARTER.matcher(nextText).find()) {
            return true; // "President Donald J.⏎ Trump signed …": a middle initial, the name goes on
        }
        if ("\")”".indexOf(last) >= 0 && !blankLine && Character.isLowerCase(nextText.charAt(0))) {
            return true; // "… Investment (PGII)⏎ on the margins of …": a bracket or quote closes no sentence
        }
        if (last == ')' && !blankLine && EMPHASIS_START.matcher(nextText).lookingAt()) {
            return true; // "… Organization (WTO)⏎ *Agreement on Fisheries Subsidies*": a title in italics goes on the line
        }
        if (last == ';' && !blankLine && wrapsInsideItem(text, current, lastLineStart, next, nextText)) {
            return true; // "-   … combat illegal logging;⏎    encourage a more …": the item's own series goes on
        }
        if (last == ':' && !blankLine && wrapsLines && Character.isLowerCase(nextText.charAt(0))
                && currentText.length() + (lastLineStart == current.getStart() ? indent(text, current.getStart()) : 0) >= WRAPPED_LINE) {
            return true; // "… to address barriers, including by:⏎    accepting …": a wrapped line's colon, the sentence goes on
        }
        if (Character.isLetter(last) && !blankLine && nextText.startsWith("(") && BRACKET_GOES_ON.matcher(nextText).lookingAt()) {
            return true; // "The Governments of A and B⏎ (the Parties), acting under …, agree": the subject's short name
        }
        if (".!?:;\"”)".indexOf(last) >= 0) {
            return false;
        }
        if (!blankLine && WHITE_HOUSE_END.matcher(currentText).find() && WHITE_HOUSE_OFFICE_START.matcher(nextText).lookingAt()) {
            return true; // "… said the White House⏎Office of Pandemic …": one office's name, wrapped (not a letterhead line)
        }
        if (blankLine) {
            // A paragraph does not end on "by" or "the": a blank line there was put in by extraction ("by\n\n2030.").
            // ("and", "or" do end list items: "(g) … ; and" before "(h) …".)
            // Nor does one go on in lower case after a word or a comma: OCR put the blank line into the sentence
            // ("… exempt, in both⏎⏎countries, from consular fees").
            return PREPOSITION_END.matcher(tail).find()
                    || Character.isLowerCase(nextText.charAt(0)) && (Character.isLetter(last) || last == ',');
        }
        // A wrapped line of running text is long; a heading or a short list entry is not.
        // Inside a paragraph already wrapped, a shorter line wraps too, where a long word did not fit on it
        // ("… reform at the World Health⏎ Organization.").
        int wrapped = lastLineStart > current.getStart() ? WRAPPED_PARAGRAPH_LINE : WRAPPED_LINE;
        // The block's first line was trimmed of its indent, which a nested list item wraps with: "  - Halden Metals will
        // set up a Copper Cathode Recycling⏎    Plant-2 facility" ends at the same column as running text.
        int length = currentText.length() + (lastLineStart == current.getStart() ? indent(text, current.getStart()) : 0);
        return Character.isLowerCase(nextText.charAt(0)) || CONTINUATION_END.matcher(tail).find()
                || (wrapsLines && length >= wrapped && !isUpperCase(currentText));
    }

    /**
     * Whether a semicolon at a line's end only wraps a series of clauses inside a marked list item: the item already runs
     * over several lines, and the next line is indented under it in lower case, with no mark of its own (an unmarked
     * item of a list stands on its own line, unindented).
     */
    private static boolean wrapsInsideItem(String text, Span current, int lastLineStart, Span next, String nextText) {
        return lastLineStart > current.getStart() && Character.isLowerCase(nextText.charAt(0))
                && indent(text, next.getStart()) > 0
                && LIST_ITEM.matcher(text.substring(current.getStart(), Math.min(current.getEnd(), current.getStart() + 40))).find()
                && !MARKER_ALONE.matcher(text.substring(current.getStart(), lastLineStart).strip()).matches();
    }

    /** The deepest indent a nested list item has in Markdown ("    -   "); a PDF's centred heading has more. */
    private static final int LIST_INDENT = 8;

    /** The blanks before a line's first character, up to {@value #LIST_INDENT}; none where there are more. */
    private static int indent(String text, int lineStart) {
        int i = lineStart;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        int blanks = lineStart - i;
        return blanks <= LIST_INDENT ? blanks : 0;
    }

    /**
     * Whether a line opened by "Section 232" or "Article 5" is a reference the line before goes on with ("… duties on wire
     * under the⏎ Section 232 proclamation"), not a heading: the line before ends on an article or a preposition.
     */
    private static boolean referenceGoesOn(String text, Span current, String nextText) {
        if (!PART_REFERENCE_START.matcher(nextText).lookingAt()) {
            return false;
        }
        String tail = text.substring(Math.max(current.getStart(), current.getEnd() - 24), current.getEnd());
        return PREPOSITION_END.matcher(tail).find();
    }

    private static final Pattern PART_REFERENCE_START = Pattern.compile("(?:Article|Section|ARTICLE|SECTION)\\s+\\d");

    /**
     * Whether a block that ends on a part of the text named in running text ("… in each Party's Schedule contained in
     * Annex") goes on in the next, which opens with that part's number ("401.2 shall be eliminated …"): a page break of a
     * scan fell between the word and its number. A heading ("ANNEX" alone, "Article") has no preposition before it.
     */
    private static boolean partNumberGoesOn(String text, Span current, String nextText) {
        if (!PART_NUMBER_START.matcher(nextText).lookingAt()) {
            return false;
        }
        String tail = text.substring(Math.max(current.getStart(), current.getEnd() - 40), current.getEnd());
        return PART_WORD_END.matcher(tail).find();
    }

    private static final Pattern PART_NUMBER_START = Pattern.compile("\\d+(?:\\.\\d+)*[ \\t]+\\p{Ll}");
    private static final Pattern PART_WORD_END = Pattern.compile(
            "\\b(?:in|of|to|under|with|by|from|and)[ \\t]+(?:the[ \\t]+)?(?:Annex|Article|Section|Schedule|Chapter|Appendix|Protocol"
                    + "|paragraph|subparagraph)$");

    /**
     * Whether a line that ends on an abbreviation's point wraps: the next line goes on in lower case, or names what the
     * abbreviation qualifies ("the U.S.⏎ International Development Finance Corporation", "Mr.⏎ Sullivan") rather than
     * opening a sentence.
     */
    private static boolean wrapsAfterAbbreviation(String tail, String nextText) {
        char first = nextText.charAt(0);
        return endsWithAbbreviation(tail) && (Character.isLowerCase(first)
                || Character.isUpperCase(first) && (STATE_ABBREVIATION_END.matcher(tail).find()
                        || PERSON_TITLE_END.matcher(tail).find()) && !SENTENCE_STARTER.matcher(nextText).find());
    }

    /** A person's title, which a name always follows: "Mr.⏎ Landerholm emphasized …" is one sentence. */
    private static final Pattern PERSON_TITLE_END = Pattern.compile("\\b(?:Mr|Mrs|Ms|Messrs|Dr)\\.$");

    /** A given name and a middle initial at a line's end: "Joseph R.". */
    private static final Pattern PERSON_INITIAL_END = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s\\p{Lu}\\.$");
    /** A surname that goes on after a middle initial: "Biden, Jr.", "Biden, met with …", "Trump signed …". */
    private static final Pattern NAME_GOES_ON = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*\\p{Ll}(?:,|\\s+\\p{L})");

    /**
     * The abbreviations of states and unions, which qualify the name after them; so does "the D.C." ("members of the
     * D.C.⏎ Safe Streets Task Force"), where "Washington, D.C." most often ends a sentence.
     */
    private static final Pattern STATE_ABBREVIATION_END = Pattern.compile("\\b(?:U\\.S|U\\.K|E\\.U|(?<=\\bthe\\s)D\\.C)\\.$");

    private static boolean isUpperCase(String line) {
        return line.equals(line.toUpperCase(java.util.Locale.ROOT));
    }

    private boolean joinsAbbreviation(String text, Span previous, Span next) {
        String before = text.substring(previous.getStart(), previous.getEnd());
        String after = text.substring(next.getStart(), next.getEnd());
        if (MARKER_ALONE.matcher(before).matches()) {
            return true; // the model took an item's mark for a sentence: "a. | Explore partnership opportunities …"
        }
        if (Character.isLetterOrDigit(before.charAt(before.length() - 1)) && Character.isLowerCase(after.charAt(0))) {
            return true; // the model took the point of a number for an end: "more than $1.5 | billion annually"
        }
        if (Character.isLowerCase(after.charAt(0)) && STRAY_POINT.matcher(before).find()) {
            return true; // a scan's stray point after a word no sentence ends on: "faster and. | more frequent shipments"
        }
        return endsWithAbbreviation(before)
                && !SENTENCE_STARTER.matcher(after).find()
                && (Character.isUpperCase(after.charAt(0)) || Character.isDigit(after.charAt(0))
                        || Character.isLowerCase(after.charAt(0)) || BRACKET_GOES_ON.matcher(after).find());
    }

    /** A point right after "and", "or" or an article: no sentence ends there ("came in." may), so the point is noise. */
    private static final Pattern STRAY_POINT = Pattern.compile("(?i)\\s(?:and|or|the|an?)\\.$");

    /** A Markdown emphasis that opens a line, its mark right before a word ("*Agreement on …*"); a list mark has a space. */
    private static final Pattern EMPHASIS_START = Pattern.compile("[*_]{1,2}\\p{L}");
    /** A list item's mark and nothing else: "a.", "(iv)", "3)". */
    private static final Pattern MARKER_ALONE = Pattern.compile("^[\\s\u00a0]*(?:" + ListMarkers.MARKER + ")$");

    /**
     * "… Holdings Ltd. (IRH) of the UAE": a short bracket after the abbreviation, then the sentence goes on; also a
     * press release's ticker and defined names ("… Corp. (NYSE: MP) ("MP" or the "Company") today announced").
     */
    private static final Pattern BRACKET_GOES_ON = Pattern.compile(
            "^\\([^()\\n]{1,30}\\)(?:[ \\t]+\\([^()\\n]{1,80}\\))?(?:[ \\t]+\\p{Ll}|[,;:])");

    /**
     * Whether the text ends with an abbreviation's point. A match ends at the text's end and is at most
     * {@value #ABBREVIATION_CHARS} characters long, so only the end is searched; the word boundary before it still
     * sees the character before the searched part.
     */
    private static boolean endsWithAbbreviation(String text) {
        int from = Math.max(0, text.length() - ABBREVIATION_CHARS);
        return ABBREVIATION_END.matcher(text).region(from, text.length()).useTransparentBounds(true).find();
    }

    /** The longest abbreviation with its point ("approx."), and a line break the end of the text may hold after it. */
    private static final int ABBREVIATION_CHARS = 12;

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }
}
