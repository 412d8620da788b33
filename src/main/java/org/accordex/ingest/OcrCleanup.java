package org.accordex.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What OCR gets wrong in a scan's pages that the rest of the text can put right, done before the pages are laid out
 * as running text ({@link PageLayout}):
 * <ul>
 *   <li>lines OCR reads from a ruled line, a signature's strokes or a stamp's frame ("\#H#", "\tHHE", "~—__"): no
 *       word, only marks; dropped, so that they do not cut a lead-in ("… such as:") from its items;</li>
 *   <li>characters mistaken for others inside a word or a number: 'l', 'I' and '1', 'o', 'O' and '0', 'c' and 'e',
 *       'h' and 'n', 'rn' and 'm', a '[' for an 'I' ("cooperatlon", "minera1s", "2O25", "[AEA"). A word is put right
 *       only where one exchange makes it a word the document itself writes at least twice (the words of a
 *       scanned text repeat: its parties, its cue words, its subject), and a number only where the misread
 *       characters stand among at least two digits; a word cut by a hyphen at a line's end is put right as the
 *       whole word ("stakeho-" / "Iders");</li>
 *   <li>a full stop read as a comma before a word that opens a sentence ("activities, The United States …");</li>
 *   <li>an acronym whose leading 'I' OCR lost or read as 'T', 'l' or '1' ("an UU fishing alliance", "TUU"), where
 *       the document writes the acronym with it often;</li>
 *   <li>a Roman numeral after the name of a part of a text read as digits ("Annex 1" beside "Annex II"), where the
 *       document numbers that part with Roman numerals beyond I and never with other digits;</li>
 *   <li>a word's opening small 'i' read as a quote mark ("facilitating ‘nvestment"), where the document writes the
 *       word with it at least twice and never the word without it;</li>
 *   <li>an exclamation mark read for a one after the name of a paragraph or other part of a text ("under
 *       paragraph! will"), which agreements never exclaim and which would otherwise end the sentence there;</li>
 *   <li>a bullet read as another mark at a line's start ("¢ Identify …", "+ Promote …", "« Expand …"), where the
 *       document has at least two such lines: the bullet again, so that its items stay under their lead-in.</li>
 * </ul>
 */
final class OcrCleanup {
    /** A word the document writes this often is one to put a misread word right to. */
    private static final int KNOWN = 2;
    /** Words shorter than this are left alone: among short words one exchange too often makes another real word. */
    private static final int MIN_LETTERS = 5;

    /** The exchanges OCR makes, each way: what it reads for what was printed. */
    private static final String[][] CONFUSIONS = {
            {"l", "i"}, {"l", "I"}, {"l", "1"}, {"i", "1"}, {"I", "1"}, {"o", "0"}, {"O", "0"}, {"c", "e"},
            {"h", "n"}, {"rn", "m"}, {"ó", "6"}, {"li", "h"}, {"cl", "d"}};

    /** A token: letters and digits, possibly opened by a '[' OCR read for an 'I'. */
    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}\\[\\]])\\[?[\\p{L}\\p{N}]+(?![\\]\\p{L}\\p{N}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A number with letters OCR reads for digits in it: "2O25", "l0", "1O0". */
    private static final Pattern MISREAD_NUMBER = Pattern.compile("[0-9Ool]*[0-9][0-9Ool]*");
    /** Marks that no word of running text is made of, but ruled lines and strokes read as. */
    private static final Pattern MARKS = Pattern.compile("[\\\\|_~=#{}<>^¥¢«»]");
    /** Letters out of place in a word, capitals after a small letter or a small one after capitals ("tHHE", "HHt"). */
    private static final Pattern STROKES = Pattern.compile("\\p{Ll}\\p{Lu}{2}|\\p{Lu}{2}\\p{Ll}(?!\\p{Ll})");
    /**
     * A full stop read as a comma: a comma after a word in lower case, before a word that opens a sentence and never
     * goes on one after a comma ("activities, The United States and Mexico committed", "the other, For the purpose
     * of this Article"); after a capitalized word it may be a name's ("Executive Director, The Sierra Club").
     */
    private static final Pattern COMMA_FOR_STOP = Pattern.compile(
            "(?<=(?<![\\p{L}-])\\p{Ll}{3,20}),(?=\\s+(?:The|This|These|Those|We|They|It|For|In|Each|Such|If|When|Where|Both"
                    + "|Neither|Nothing)[ \\n])");
    private static final Pattern HYPHENATED_END = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern LEADING_TOKEN = Pattern.compile("^\\[?[\\p{L}\\p{N}]+");
    /** An acronym is put right to one the document writes at least this often: short words need more evidence. */
    private static final int KNOWN_ACRONYM = 3;
    private static final Pattern CAPITALS = Pattern.compile("[\\p{Lu}l1]\\p{Lu}{1,5}");
    /** Characters OCR reads for a capital I at an acronym's start. */
    private static final String READ_FOR_I = "Tl1";
    /** The parts of a text numbered with Roman numerals in some documents, with Arabic ones in others. */
    private static final String PART_NAMES = "Annex|Appendix|Attachment|Schedule|Title|Part|Chapter|Article|Section"
            + "|Protocol|Exhibit|Volume|Tier|Phase|Stage|Category|Group|List";
    /** A part's number: a Roman numeral, or digits, or the ones and ls OCR reads for the I's of one. */
    private static final Pattern PART_NUMBER = Pattern.compile(
            "\\b(" + PART_NAMES + ")[ \\u00a0]+([IVXL]{1,6}|[1lI]{1,3}|\\d{1,4})(?![\\p{L}\\p{N}])");

    /**
     * A bullet as OCR reads it at a line's start: a mark no line of running text opens with, then a word in capitals
     * ("¢ Identify", "+ Promote", "« Expand", "° Support"). The ones it reads as a bullet already, "•", "*" and "-",
     * are left alone.
     */
    private static final Pattern MISREAD_BULLET = Pattern.compile("(?m)^(\\h*)[¢+«»°©®€·](?=\\h+\\p{Lu}\\p{Ll})");
    /** Bulleted lines a document has at least this often, counting the misread ones, before they are put right. */
    private static final int BULLETED_LINES = 2;
    private static final Pattern BULLETED_LINE = Pattern.compile("(?m)^\\h*[•*¢+«»°©®€·](?=\\h+\\p{Lu}\\p{Ll})");

    /** A quote mark OCR read for the dot and stem of a small 'i' opening a word: "‘nvestment", "'ncrease". */
    private static final Pattern QUOTE_FOR_I = Pattern.compile("(?<![\\p{L}\\p{N}\\p{P}])[‘’'`](\\p{Ll}{4,})(?![\\p{L}\\p{N}])");

    /** "paragraph!" or "Article !": a one after a part's name read as an exclamation mark. */
    private static final Pattern EXCLAMATION_FOR_ONE = Pattern.compile(
            "(?<=\\b(?i:" + PART_NAMES + "|paragraph|subparagraph|item|point|clause)[ \\u00a0]?)!(?=[\\s,.;:)]|$)",
            Pattern.MULTILINE);

    private OcrCleanup() {
    }

    static List<String> of(List<String> pages) {
        Map<String, Integer> counts = counts(pages);
        Map<String, Boolean> romanParts = romanParts(pages);
        boolean bulleted = bulletedLines(pages) >= BULLETED_LINES;
        List<String> out = new ArrayList<>(pages.size());
        for (String page : pages) {
            page = romanNumerals(EXCLAMATION_FOR_ONE.matcher(page).replaceAll("1"), romanParts);
            if (bulleted) {
                page = MISREAD_BULLET.matcher(page).replaceAll("$1•");
            }
            String[] lines = COMMA_FOR_STOP.matcher(page).replaceAll(".").split("\n", -1);
            List<String> kept = new ArrayList<>(lines.length);
            for (int i = 0; i < lines.length; i++) {
                if (isMarks(lines[i], counts)) {
                    continue;
                }
                String line = fixWords(lines[i], counts);
                Matcher cut = HYPHENATED_END.matcher(line);
                int next = i + 1;
                while (next < lines.length && lines[next].isBlank()) {
                    next++;
                }
                if (cut.find() && next < lines.length) {
                    String[] parts = fixCut(cut.group(1), lines[next].stripLeading(), counts);
                    line = line.substring(0, cut.start(1)) + parts[0] + "-";
                    lines[next] = parts[1];
                }
                kept.add(line);
            }
            out.add(String.join("\n", kept));
        }
        return out;
    }

    private static int bulletedLines(List<String> pages) {
        int n = 0;
        for (String page : pages) {
            Matcher m = BULLETED_LINE.matcher(page);
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    /** How often the document writes each word, as written. */
    private static Map<String, Integer> counts(List<String> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (String page : pages) {
            Matcher m = WORD.matcher(page);
            while (m.find()) {
                if (m.start() > 0 && page.charAt(m.start() - 1) == '[') {
                    continue; // "[UU": a word whose I OCR read as a bracket, not one the document writes
                }
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Which parts of the text (Annex, Title, …) the document numbers with Roman numerals: true where it writes one
     * beyond I ("Annex II") and no digits other than ones that may be I's misread ("Annex 1", "Annex 11").
     */
    private static Map<String, Boolean> romanParts(List<String> pages) {
        Map<String, Boolean> roman = new HashMap<>();
        for (String page : pages) {
            if (!page.contains("I")) {
                continue;
            }
            Matcher m = PART_NUMBER.matcher(page);
            while (m.find()) {
                String number = m.group(2);
                boolean romanBeyondI = number.matches("[IVXL]+") && !number.equals("I");
                boolean otherDigits = number.matches("\\d+") && !number.matches("1+");
                if (otherDigits) {
                    roman.put(m.group(1), false);
                } else if (romanBeyondI) {
                    roman.putIfAbsent(m.group(1), true);
                }
            }
        }
        return roman;
    }

    /** "Annex 1" as "Annex I" and "Annex 11" as "Annex II" where the document numbers its annexes in Roman. */
    private static String romanNumerals(String page, Map<String, Boolean> romanParts) {
        if (!romanParts.containsValue(true)) {
            return page;
        }
        Matcher m = PART_NUMBER.matcher(page);
        StringBuilder out = new StringBuilder(page.length());
        while (m.find()) {
            String number = m.group(2);
            String fixed = Boolean.TRUE.equals(romanParts.get(m.group(1))) && number.matches("[1lI]+") ? "I".repeat(number.length()) : number;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + page.substring(m.end(1), m.start(2)) + fixed));
        }
        return m.appendTail(out).toString();
    }

    /**
     * A line of marks with no word of running text in it, as OCR reads a ruled line or a signature's strokes: marks
     * ("\\#H#"), letters out of place ("tHHE") or a few letters over and over ("WAAWAW AA", but not a short word
     * the document writes again, "AAA"), and no word or number.
     */
    static boolean isMarks(String line, Map<String, Integer> counts) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return false;
        }
        boolean marks = false;
        for (String token : stripped.split("\\s+")) {
            String bare = token.replaceAll("^[(\"“‘'.,;:]+|[.,;:)\"”’']+$", "");
            int letters = (int) bare.chars().filter(Character::isLetterOrDigit).count();
            if (MARKS.matcher(bare).find() || STROKES.matcher(bare).find()
                    || letters >= 3 && bare.chars().allMatch(Character::isLetter) && distinct(bare) * 2 <= letters
                    && (letters >= 5 || !known(bare, counts))) {
                marks = true;
            } else if (letters >= 3 || letters > 0 && bare.chars().allMatch(Character::isDigit)) {
                return false; // a word, a number
            }
        }
        return marks;
    }

    private static long distinct(String word) {
        return word.toLowerCase(Locale.ROOT).chars().distinct().count();
    }

    private static String fixWords(String line, Map<String, Integer> counts) {
        line = quoteForI(line, counts);
        Matcher m = TOKEN.matcher(line);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String fixed = fix(m.group(), counts);
            if (!fixed.equals(m.group())) {
                if (out == null) {
                    out = new StringBuilder(line.length());
                }
                out.append(line, last, m.start()).append(fixed);
                last = m.end();
            }
        }
        return out == null ? line : out.append(line, last, line.length()).toString();
    }

    private static String quoteForI(String line, Map<String, Integer> counts) {
        Matcher m = QUOTE_FOR_I.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        while (m.find()) {
            String word = m.group(1);
            String fixed = !known(word, counts) && known("i" + word, counts) ? "i" + word : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(fixed));
        }
        return m.appendTail(out).toString();
    }

    /**
     * A word cut by a hyphen at a line's end, put right as the whole word: "securl-" / "ty" is "securi-" / "ty",
     * "stakeho-" / "Iders" is "stakeho-" / "lders". Returns the head and the next line.
     */
    private static String[] fixCut(String head, String next, Map<String, Integer> counts) {
        Matcher m = LEADING_TOKEN.matcher(next);
        String[] unchanged = {head, next};
        if (!m.find() || known(head + m.group(), counts)) {
            return unchanged;
        }
        String read = head + m.group();
        String whole = fix(read, counts);
        if (whole.equals(read)) {
            return unchanged;
        }
        int at = whole.length() == read.length() ? head.length() : whole.startsWith(head) ? head.length() : -1;
        return at < 0 ? unchanged : new String[] {whole.substring(0, at), whole.substring(at) + next.substring(m.end())};
    }

    static String fix(String token, Map<String, Integer> counts) {
        if (token.startsWith("[")) {
            // "[AEA’s", "[UU fishing": a capital I read as a bracket that nothing closes, before a word the document
            // writes with it
            String word = "I" + token.substring(1);
            return token.length() >= 3 && Character.isUpperCase(token.charAt(1)) && counts.containsKey(word) ? word : token;
        }
        if (MISREAD_NUMBER.matcher(token).matches() && !token.chars().allMatch(Character::isDigit)) {
            long digits = token.chars().filter(Character::isDigit).count();
            return digits >= 2 && token.length() >= 3 ? digitsFor(token) : token;
        }
        if (CAPITALS.matcher(token).matches()) {
            String acronym = acronymWithI(token, counts);
            if (acronym != null) {
                return acronym;
            }
        }
        if (known(token, counts) || token.length() < MIN_LETTERS) {
            return token;
        }
        String found = null;
        for (String[] pair : CONFUSIONS) {
            for (int way = 0; way < 2; way++) {
                String read = pair[1 - way];
                String printed = pair[way];
                for (int at = token.indexOf(read); at >= 0; at = token.indexOf(read, at + 1)) {
                    String candidate = token.substring(0, at) + printed + token.substring(at + read.length());
                    if (known(candidate, counts)) {
                        if (found != null && !found.equals(candidate)) {
                            return token; // two ways to put it right: leave it
                        }
                        found = candidate;
                    }
                }
            }
        }
        return found == null ? token : found;
    }

    /**
     * "UU" or "TUU" as "IUU": the acronym with its leading I, where the document writes that one often and at least twice
     * as often as what OCR read.
     */
    private static String acronymWithI(String token, Map<String, Integer> counts) {
        int read = counts.getOrDefault(token, 0);
        String dropped = "I" + token;
        String misread = READ_FOR_I.indexOf(token.charAt(0)) >= 0 ? "I" + token.substring(1) : null;
        boolean droppedKnown = oftener(dropped, read, counts);
        boolean misreadKnown = misread != null && oftener(misread, read, counts);
        return droppedKnown == misreadKnown ? null : droppedKnown ? dropped : misread;
    }

    private static boolean oftener(String acronym, int read, Map<String, Integer> counts) {
        int n = counts.getOrDefault(acronym, 0);
        return n >= KNOWN_ACRONYM && n >= 2 * read;
    }

    /** Whether the document writes the word at least twice, counting it capitalized or not alike. */
    private static boolean known(String word, Map<String, Integer> counts) {
        int n = counts.getOrDefault(word, 0);
        String other = Character.isUpperCase(word.charAt(0)) && word.length() > 1 && Character.isLowerCase(word.charAt(1))
                ? Character.toLowerCase(word.charAt(0)) + word.substring(1)
                : Character.isLowerCase(word.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
        return (other.equals(word) ? n : n + counts.getOrDefault(other, 0)) >= KNOWN;
    }

    private static String digitsFor(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (char c : token.toCharArray()) {
            out.append(c == 'O' || c == 'o' ? '0' : c == 'l' ? '1' : c);
        }
        return out.toString();
    }
}
