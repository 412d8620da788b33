package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * Short names a text defines for a party: "the Department of Environment and Natural Resources (DENR)" makes
 * "DENR" a mention of that department wherever the text writes it, the definition included, when no finder took
 * the word for something else; a treaty's "European Economic Community (hereinafter called the "Community")" makes
 * every "Community" of the text the Community.
 */
final class DefinedNames {
    /** "(DENR)", "(“ASA”)", "(the KCGM)": an abbreviation with at least two capitals, right after a name. */
    private static final Pattern DEFINITION = Pattern.compile(
            "^\\s*\\(\\s*(?:the\\s+)?[\"“]?(\\p{Lu}[\\p{L}&]*\\p{Lu}[\\p{L}&]*)[\"”]?\\s*\\)");
    private static final int MAX_LENGTH = 8;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * A short name a treaty gives a party in words: "the European Economic Community (hereinafter called the
     * "Community")", "Eurasian Economic Commission (hereinafter - the Commission, the EEC)".
     */
    private static final Pattern HEREINAFTER = Pattern.compile("^\\s*,?\\s*\\(?\\s*here(?:in)?after\\s*"
            + "(?:referred\\s+to\\s+as|called|named|[-–—])?\\s*(?:the\\s+)?[\"“]?\\s*(?:[Tt]he\\s+)?"
            + "(\\p{Lu}[\\p{L}’'.]*(?:\\s+\\p{Lu}[\\p{L}’'.]*){0,2})\\s*[\"”),;]");
    private static final int HEREINAFTER_CHARS = 90;
    /** Short names for several parties or for the text itself: "the Parties", "the ESA States", "the Area". */
    private static final Set<String> NOT_ONE_PARTY = Set.of("Parties", "Party", "States", "State", "Territories",
            "Territory", "Governments", "Government", "Members", "Member", "Countries", "Participants", "Sides",
            "Area", "Agreement", "Treaty", "Convention", "Signatories");

    /**
     * Short names of documents, not of the party whose name the brackets follow: "… between the Ministry of Commerce and
     * the Ministry of Trade of Singapore (the MOU)" defines the memorandum.
     */
    private static final Set<String> DOCUMENT_SHORT_NAMES = Set.of("MOU", "MoU", "MOUs", "MoUs", "MOC", "MoC", "MOA",
            "MoA", "LOI", "LoI", "LOA", "LoA", "FTA", "JVA", "SPA", "TOR", "ToR", "CEPA", "BIT", "EPA", "IGA");

    private DefinedNames() {
    }

    /**
     * "Harmonized Tariff Schedule of the United States (HTSUS)", "Administrative Conference of the United States
     * (ACUS)": the state closes a longer name, and the short name is that name's, not the state's. A government's
     * own name ("Government of Japan (GOJ)") still defines the state.
     */
    private static final Pattern NAME_BEFORE_STATE = Pattern.compile("(\\p{Lu}[\\p{L}-]*)\\s+(?:of|for|in|to|with)\\s+(?:the\\s+)?$");
    private static final Set<String> GOVERNMENT_WORDS = Set.of("Government", "Republic", "Kingdom", "State", "States",
            "Commonwealth", "Federation", "Union", "Sultanate", "Emirate", "Emirates", "Principality", "Duchy",
            "Islands", "Confederation", "Governments");

    private static boolean endsLongerName(String text, Mention m, String shortName) {
        if (!Mention.isStateNorm(m.norm()) && hasInitial(m.text(), shortName.charAt(0))) {
            return false; // "Common External Tariff of the Union (CET)" is not the Union; "… of the Union (EU)" may be
        }
        Matcher before = NAME_BEFORE_STATE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        return before.find() && !GOVERNMENT_WORDS.contains(before.group(1));
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** The capitals that open the words of {@code name}: "FTA" of "Federal Transit Administration". */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /** Whether a word of {@code name} begins with the capital {@code letter}. */
    private static boolean hasInitial(String name, char letter) {
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && word.charAt(0) == letter) {
                return true;
            }
        }
        return false;
    }

    /** "Australia-United Kingdom-United States (AUKUS)": a hyphen joins the name to the one before it. */
    private static final Pattern JOINED_BEFORE = Pattern.compile("[-–/]$");

    /**
     * Whether the name is the last of names joined by hyphens and the short name is not its own initials: "AUKUS"
     * is the partnership of all three, not the United States; "U.S.-African Union (AU)" is the African Union.
     */
    private static boolean closesJoinedNames(String text, Mention m, String shortName, List<Mention> mentions) {
        if (m.start() == 0 || !JOINED_BEFORE.matcher(text.substring(m.start() - 1, m.start())).find()
                || mentions.stream().noneMatch(o -> o.type() == MentionType.PARTY && o.end() == m.start() - 1)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : m.text().split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return !initials.toString().equals(shortName) && !m.text().equals(shortName);
    }
    /** "Regional Space Advisor (RSA)": a capitalized name and the short name of its initials, in brackets. */
    private static final Pattern INITIALS_DEFINITION = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:of|for|and|on|the|de|&)\\s+)*){2,8})\\(\\s*[\"“]?(\\p{Lu}{2,6})[\"”]?\\s*\\)");

    /**
     * Where the letters, hyphens, ampersands and white space right before {@code open} begin: all that the name of an
     * {@link #INITIALS_DEFINITION} can hold, so its match starts there or later.
     */
    private static int nameCharactersBefore(String text, int open) {
        int at = open;
        while (at > 0) {
            int c = text.codePointBefore(at);
            if (!Character.isLetter(c) && !Character.isWhitespace(c) && c != '-' && c != '&') {
                break;
            }
            at -= Character.charCount(c);
        }
        return at;
    }

    /**
     * Short names the text defines for something that is not a party ("Regional Space Advisor (RSA)"): a state's
     * abbreviation the dictionary reads in the same letters ("RSA", South Africa) is that thing in this text.
     */
    static List<Mention> dropRedefined(String text, List<Mention> mentions) {
        Map<String, String> redefined = new HashMap<>(); // short name → the last word of the name it stands for
        Matcher d = INITIALS_DEFINITION.matcher(text);
        int from = 0;
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', Math.max(from, open + 1))) {
            int close = text.indexOf(')', open);
            if (close < 0) {
                break;
            }
            // a match ends at the first bracket after its name, so it is searched for only in the name's characters
            // before each bracket: the pattern tried at every character of a document was most of this step's cost
            d.region(Math.max(from, nameCharactersBefore(text, open)), close + 1);
            if (!d.find()) {
                continue;
            }
            from = d.end();
            StringBuilder initials = new StringBuilder();
            for (String word : d.group(1).strip().split("\\s+")) {
                if (Character.isUpperCase(word.charAt(0))) {
                    initials.append(word.charAt(0));
                }
            }
            int nameEnd = d.start(1) + d.group(1).stripTrailing().length();
            boolean party = mentions.stream().anyMatch(m -> m.type() == MentionType.PARTY && m.end() == nameEnd);
            // the name may begin after a capitalized word of the sentence ("The Regional Space Advisor (RSA)")
            if (initials.toString().endsWith(d.group(2)) && !party) {
                String[] words = d.group(1).strip().split("\\s+");
                redefined.merge(d.group(2), words[words.length - 1].toLowerCase(Locale.ROOT), (a, b) -> a);
            }
        }
        if (redefined.isEmpty()) {
            return mentions;
        }
        return mentions.stream().filter(m -> !(m.type() == MentionType.PARTY && redefined.containsKey(m.text())
                && isOtherThing(m.norm(), redefined.get(m.text())))).toList();
    }

    /**
     * Whether a party read in the letters of a short name the text defines is another thing than the one the text
     * names: any state ("Regional Space Advisor (RSA)" is not South Africa), and a body whose name lacks the defined
     * name's head ("Economic Partnership Agreement (EPA)" is not the Environmental Protection Agency).
     */
    private static boolean isOtherThing(String norm, String head) {
        return Mention.isStateNorm(norm) || !norm.toLowerCase(Locale.ROOT).contains(head);
    }

    /**
     * Whether {@code text[start, end)} has no letter or digit on either side, as {@code (?<![\p{L}\d])} and
     * {@code (?![\p{L}\d])} read it: the character before, the code point after. Searched as plain text, since a
     * pattern that opens with a look-behind is tried at every character of the document.
     */
    static boolean isWholeWord(String text, int start, int end) {
        return (start == 0 || !isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !isLetterOrDigit(text.codePointAt(end)));
    }

    /** {@code [\p{L}\d]}: a letter, or an ASCII digit. */
    private static boolean isLetterOrDigit(int codePoint) {
        return Character.isLetter(codePoint) || codePoint >= '0' && codePoint <= '9';
    }

    /** "(" before a short name, and ")" after it. */
    private static final Pattern OPENING_BRACKET = Pattern.compile("^\\s*\\(\\s*");
    private static final Pattern CLOSING_BRACKET = Pattern.compile("^\\s*\\)");

    /**
     * A name no dictionary knows, followed by the short name of a company the dictionaries know ({@code known}) in
     * brackets, is that company: "Chile's National
     * Copper Corp. (Codelco)" is Codelco, under the name it trades as (ANNOTATION.md §1). So is a body named at length
     * before a known short name whose norm's words its name holds.
     */
    static List<Mention> namedByShortName(String text, List<Mention> mentions, Predicate<String> known) {
        List<Mention> out = new ArrayList<>(mentions);
        Map<String, String> renamed = new HashMap<>();
        for (int i = 0; i + 1 < out.size(); i++) {
            Mention m = out.get(i);
            Mention next = out.get(i + 1);
            if (m.type() != MentionType.PARTY || next.type() != MentionType.PARTY || Mention.isStateNorm(next.norm())
                    || next.norm().equals(m.norm()) || !m.norm().equals(m.text().replaceAll("\\s+", " "))) {
                continue;
            }
            Matcher open = OPENING_BRACKET.matcher(text.substring(m.end(), next.start()));
            if (open.matches() && CLOSING_BRACKET.matcher(text.substring(next.end(), Math.min(text.length(), next.end() + 5)))
                    .lookingAt() && (next.text().equals(next.norm()) || holdsEveryWord(m.text(), next.norm()))
                    && known.test(next.text())) {
                out.set(i, m.withNorm(next.norm()));
                renamed.put(m.norm(), next.norm());
            }
        }
        if (renamed.isEmpty()) {
            return out;
        }
        // the name written again elsewhere (a title's, before the definition) is the same body
        out.replaceAll(m -> m.type() == MentionType.PARTY && renamed.containsKey(m.norm()) && m.norm().equals(m.text().replaceAll("\\s+", " "))
                ? m.withNorm(renamed.get(m.norm())) : m);
        return out;
    }

    /** How the name of a body of the United States may begin: "U.S. Office of Personnel Management". */
    private static final String US_BODY = "U.S. ";

    /**
     * Whether every word of a known body's norm is a word of the longer name the text gives it: "Department of Natural
     * Resources of Canada (NRCan)" is Natural Resources Canada, not a second body.
     */
    private static boolean holdsEveryWord(String name, String norm) {
        if (name.startsWith(US_BODY)) {
            return false; // "U.S. Office of Personnel Management (OPM)" keeps the norm a United States body's name gives it
        }
        Set<String> words = new HashSet<>(List.of(SPACES.split(name)));
        String[] normWords = SPACES.split(norm);
        return normWords.length > 1 && words.containsAll(List.of(normWords));
    }

    /**
     * Whether a party is read as nothing but its own letters, by a finder of unknown names ("ARR" → "ARR"): the text's
     * definition ("Alaska Norvale Resources, LLC (ARR)") says whose they are; a dictionary's reading is another body's.
     */
    private static boolean isBareName(Mention m, Predicate<String> knownParty) {
        return m.type() == MentionType.PARTY && m.norm().equals(m.text()) && !knownParty.test(m.text());
    }

    /** "(Orion CMC)": a name's first word and the initials of the rest, in brackets right after it. */
    private static final Pattern WORD_AND_INITIALS = Pattern.compile(
            "^\\s*\\(\\s*(?:the\\s+)?[\"“]?(\\p{Lu}[\\p{L}&-]*)[ \\t]+(\\p{Lu}{2,5})[\"”]?\\s*\\)");

    /** Whether {@code first} opens the name and {@code initials} are those of its other words: "Orion Critical Minerals Consortium". */
    private static boolean isWordAndInitials(String name, String first, String initials) {
        return name.startsWith(first + " ") && initials(name.substring(first.length() + 1)).equals(initials);
    }

    /** A dash after the bracket: "LIMA, Peru (AP) -" credits a news agency in a dateline, and defines nothing. */
    private static final Pattern DASH_AFTER = Pattern.compile("^[ \\t]*\\.?(?:[-–—]|--)[ \\t]");

    private static boolean isDatelineCredit(String text, int closed) {
        return DASH_AFTER.matcher(text.substring(closed, Math.min(text.length(), closed + 6))).lookingAt();
    }

    /** The mentions with the defined short names added, in text order. */
    static List<Mention> add(String text, List<Mention> mentions) {
        return add(text, mentions, name -> false);
    }

    /** As above; {@code knownParty} tells whether the dictionaries know a name as a party, all of it. */
    static List<Mention> add(String text, List<Mention> mentions, Predicate<String> knownParty) {
        mentions = dropRedefined(text, mentions);
        Map<String, String> defined = new HashMap<>();
        // short names spelled by the initials of a body the dictionary knows: "Islamic Development Bank (IDB)" makes every
        // "IDB" of the text that bank, though the dictionary reads the letters as another body's (the Inter-American one);
        // a name misspelled ("Japan Bank of International Cooperation (JBIC)") leaves the letters to the dictionary
        Set<String> spelled = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != MentionType.PARTY) {
                continue;
            }
            Matcher d = DEFINITION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
            if (d.find() && d.group(1).length() <= MAX_LENGTH && !d.group(1).equals(m.text())
                    && !isDatelineCredit(text, m.end() + d.end())
                    && !(DOCUMENT_SHORT_NAMES.contains(d.group(1)) && !initials(m.text()).equals(d.group(1)))
                    && !endsLongerName(text, m, d.group(1)) && !closesJoinedNames(text, m, d.group(1), mentions)) {
                if (defined.putIfAbsent(d.group(1), m.norm()) == null && !Mention.isStateNorm(m.norm())
                        && initials(m.text()).equals(d.group(1)) && knownParty.test(SPACES.matcher(m.text()).replaceAll(" "))) {
                    spelled.add(d.group(1));
                }
            }
            Matcher w = WORD_AND_INITIALS.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
            if (w.find() && isWordAndInitials(SPACES.matcher(m.text()).replaceAll(" "), w.group(1), w.group(2))) {
                defined.putIfAbsent(w.group(1) + " " + w.group(2), m.norm());
            }
            Matcher h = HEREINAFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + HEREINAFTER_CHARS)));
            // "the Commission of the European Communities (hereinafter called the "Commission")" names the Commission
            if (h.find() && !h.group(1).equals(m.text()) && !NOT_ONE_PARTY.contains(lastWord(h.group(1)))
                    && !NAME_BEFORE_STATE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                defined.putIfAbsent(h.group(1), m.norm());
            }
        }
        if (defined.isEmpty()) {
            return mentions;
        }
        // a state's or the Union's definition wins over the dictionary's reading of the same letters: "the European
        // Community (EC)" makes every "EC" of the text the Community, not the Commission; so does a body's whose initials
        // spell it; another body's does not ("International Labour Organisation (ILO)" keeps the dictionary's name)
        List<Mention> added = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String norm = m.type() == MentionType.PARTY ? defined.get(m.text()) : null;
            added.add(norm != null && (Mention.isStateNorm(norm) || spelled.contains(m.text()) || isBareName(m, knownParty))
                    ? m.withNorm(norm) : m);
        }
        for (Mention m : mentions) {
            String norm = defined.get(m.text());
            if (norm != null && !norm.equals(m.norm()) && !Mention.isStateNorm(norm) && !spelled.contains(m.text())
                    && !isBareName(m, knownParty)) {
                defined.remove(m.text()); // a body's short name some finder reads another way keeps that reading
            }
        }
        for (Map.Entry<String, String> e : defined.entrySet()) {
            String name = e.getKey();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int start = at;
                int end = at + name.length();
                if (!isWholeWord(text, start, end)) {
                    continue;
                }
                if (mentions.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    added.add(Mention.of(MentionType.PARTY, text, start, end, e.getValue()));
                }
                at = end - 1; // the next one starts after this one
            }
        }
        added.sort(Comparator.comparingInt(Mention::start));
        return added;
    }
}
