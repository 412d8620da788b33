package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * A company or body found once is the same party wherever the text writes its name again: "Pfizer will lower its
 * prices" makes the "Pfizer" of "an agreement with Pfizer" a mention too. The name finder reads only the sentences
 * that may commit, and misses a name where its words give it no context.
 */
final class RepeatedNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * A capitalized word right before or after: the name is part of a longer one ("Pfizer Foundation"). A word that ends
     * a sentence ("… in Kazakhstan. Harlow Capital will …", "… to Orion CMC. Orion CMC will …") is none, nor is a
     * state's possessive ("Norland's Harlow"); another's is ("the President's Advisory Commission").
     */
    private static final Pattern NAME_WORD_BEFORE = Pattern.compile("(?<!\\S)(?!The\\s)\\p{Lu}[\\p{L}.&’'-]*(?<!\\p{Ll}{2}\\.|\\p{Lu}{2}\\.)\\s+$");
    /** A possessive right before: "Korea's |Norvale". */
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("[’']s[ \\t]+$");
    private static final Pattern NAME_WORD_AFTER = Pattern.compile("^\\s+\\p{Lu}");
    private static final int MIN_LENGTH = 3;

    private RepeatedNames() {
    }

    /** Whether prose writes the word, between spaces and punctuation: not the "gavi" of a web address ("www.gavi.org"). */
    private static boolean isProseWord(String text, String word) {
        for (WrittenNames.Written w : WrittenNames.find(text, word, WrittenNames.WORD_CHARACTER)) {
            boolean spaceBefore = w.start() == 0 || Character.isWhitespace(text.charAt(w.start() - 1));
            boolean endAfter = w.end() == text.length() || Character.isWhitespace(text.charAt(w.end()))
                    || ",;:".indexOf(text.charAt(w.end())) >= 0
                    || text.charAt(w.end()) == '.' && (w.end() + 1 == text.length() || Character.isWhitespace(text.charAt(w.end() + 1)));
            if (spaceBefore && endAfter) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the name is written as found, and a firm's name in capitals, as a heading writes it ("LATROBE MAGNESIUM");
     * not a person's, whose name in capitals heads a biography.
     */
    private static List<WrittenNames.Written> written(String text, String name) {
        List<WrittenNames.Written> found = new ArrayList<>(WrittenNames.find(text, name, WrittenNames.NAME_CHARACTER));
        String capitals = name.toUpperCase(Locale.ROOT);
        if (!capitals.equals(name) && name.contains(" ") && ContextRules.isCompanyName(name)) {
            found.addAll(WrittenNames.find(text, capitals, WrittenNames.NAME_CHARACTER));
        }
        return found;
    }

    /**
     * A word in capitals on the same line: a heading ends at its line ("EQ RESOURCES" above "EQ Resources received …"
     * is a heading of its own).
     */
    private static final Pattern UPPER_CASE_WORD_BEFORE = Pattern.compile("(?<!\\S)[\\p{Lu}\\d.&’'-]+[ \\t]+$");
    private static final Pattern UPPER_CASE_WORD_AFTER = Pattern.compile("^[ \\t]+[\\p{Lu}\\d.&’'-]+(?![\\p{L}\\d])");
    /** A legal form right after a name, also a bare "Co" ("Hanwa Co for an offtake"). */
    private static final Pattern LEGAL_FORM_AFTER = Pattern.compile("(?:,?[ \\t]+(?:" + ContextRules.LEGAL_SUFFIX.pattern()
            + "|Co(?=[ \\t]+\\p{Ll})))+(?![\\p{L}\\d])");
    /** A name that ends in a legal form ends there, whatever follows it in a heading: "NORVALE METALS INC. SIGNS …". */
    private static final Pattern ENDS_IN_LEGAL_FORM = Pattern.compile("\\s(?:" + ContextRules.LEGAL_SUFFIX.pattern() + ")$");

    /** Whether the name is written in capitals: a heading's "LATROBE MAGNESIUM" is not one name with the next line's words. */
    private static boolean isCapitalized(String text, int start, int end, String name) {
        String written = text.substring(start, end);
        return !written.equals(name) && written.equals(written.toUpperCase(Locale.ROOT));
    }

    private static boolean isUpperCaseWordBefore(String text, int start) {
        return UPPER_CASE_WORD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
    }

    private static boolean isUpperCaseWordAfter(String text, int end) {
        return UPPER_CASE_WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).find();
    }

    /**
     * Whether a mention is a word of the name written at {@code [start, end)}, not a mention of its own (ANNOTATION.md
     * §1): the state of "Lithium Australia", the metal of "Latrobe Magnesium".
     */
    private static boolean isWordOfName(Mention o, int start, int end) {
        return start <= o.start() && o.end() <= end && o.end() - o.start() < end - start
                && (o.type() == MentionType.MINERAL || o.type() == MentionType.INSTRUMENT
                        || o.type() == MentionType.PARTY && Mention.isStateNorm(o.norm()));
    }

    /** A business unit's acronym after its parent's name: "Orvik SMR". */
    private static final Pattern UNIT_ACRONYM = Pattern.compile("\\p{Lu}{2,5}");

    /**
     * Whether a firm's mention is the parent's or a merging firm's part of the longer firm's name written at
     * {@code [start, end)}: "Orvik" of "Orvik SMR" (a unit's acronym after it) or "Teck" of "Anglo Teck" (its other
     * words open another firm's name the text gives, "Anglo American").
     */
    private static boolean isFirmInsideLongerFirm(String text, Mention o, int start, int end, List<Mention> all) {
        if (o.type() != MentionType.PARTY || Mention.isStateNorm(o.norm()) || o.end() - o.start() >= end - start
                || o.start() < start || end < o.end() || o.start() != start && o.end() != end) {
            return false;
        }
        String rest = (text.substring(start, o.start()) + " " + text.substring(o.end(), end)).strip();
        if (rest.isEmpty()) {
            return false;
        }
        String[] words = SPACES.split(rest);
        if (o.start() == start && Arrays.stream(words).allMatch(w -> UNIT_ACRONYM.matcher(w).matches()
                && !ContextRules.LEGAL_SUFFIX.matcher(w).matches())) {
            return true;
        }
        return all.stream().anyMatch(other -> other.type() == MentionType.PARTY && !Mention.isStateNorm(other.norm())
                && !other.norm().equals(o.norm()) && other.norm().startsWith(rest + " "));
    }

    /**
     * Whether a name has the shape of a longer firm's that holds a known firm's name: a unit's acronym at its end ("Orvik
     * SMR"), or a merger's name made of the opening words of the firms the text names ("Anglo Teck").
     */
    private static boolean isLongerFirmName(String name, List<Mention> mentions) {
        String[] words = SPACES.split(name);
        if (words.length < 2) {
            return false;
        }
        String last = words[words.length - 1];
        if (UNIT_ACRONYM.matcher(last).matches() && !ContextRules.LEGAL_SUFFIX.matcher(last).matches()) {
            return true;
        }
        // every word is or opens another's name: "Anglo" of "Anglo American" and "Teck" of "Teck Resources"
        return Arrays.stream(words).allMatch(w -> mentions.stream().anyMatch(other -> other.type() == MentionType.PARTY
                && !Mention.isStateNorm(other.norm()) && !other.norm().equals(name)
                && (other.norm().equals(w) || other.norm().startsWith(w + " "))));
    }

    /**
     * A ticker right after a name: "Lithium Australia (ASX:LIT)". (A legal form makes the name a short one, which
     * {@link ShortNames} resolves to the full name.)
     */
    private static final Pattern TICKER_AFTER = Pattern.compile("^[ \\t]+" + CompanyContexts.TICKER);

    /**
     * Whether the text confirms a name as a firm's: its legal form, a ticker or an executive after it, or a heading line of its own in
     * capitals above a firm's paragraph ("LATROBE MAGNESIUM").
     */
    private static boolean isConfirmedFirm(String text, String name) {
        if (!name.contains(" ")) {
            return false;
        }
        if (ENDS_IN_LEGAL_FORM.matcher(name).find()) {
            return true; // "Norvale Lithium Metals Inc.": a firm by its legal form
        }
        // a ticker after the name, or its executive: "Norvale Ionic (TSXV: NVI)", "Norvale Ionic CEO Dana Whitfield"
        if (WrittenNames.find(text, name, WrittenNames.NAME_CHARACTER).stream()
                .anyMatch(w -> TICKER_AFTER.matcher(text.substring(w.end(), Math.min(text.length(), w.end() + 40))).find()
                        || CompanyContexts.isExecutiveAfter(text, w.end()))) {
            return true;
        }
        String capitals = name.toUpperCase(Locale.ROOT);
        return ContextRules.isCompanyName(name) && !capitals.equals(name)
                && Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(capitals) + "[ \\t]*$").matcher(text).find();
    }

    /** Whether a state's possessive comes right before: "South Korea's |Norvale" is whose the firm is. */
    private static boolean isStatesPossessiveBefore(String text, int start, List<Mention> all) {
        Matcher possessive = POSSESSIVE_BEFORE.matcher(text.substring(Math.max(0, start - 10), start));
        if (!possessive.find()) {
            return false;
        }
        int apostrophe = start - (possessive.end() - possessive.start());
        return all.stream().anyMatch(o -> o.type() == MentionType.PARTY && o.end() == apostrophe
                && Mention.isStateNorm(o.norm()));
    }

    /**
     * A party known by a short name whose norm is its full one ("CAMYEN" → "Catamarca Minera y Energética Sociedad
     * del Estado") is also where the text writes that full name in capitals, as a heading or a formal line does: the
     * span is the whole name, not the part of it another finder read.
     */
    private static List<Mention> withFullNamesInCapitals(String text, List<Mention> mentions) {
        List<String> norms = mentions.stream().filter(m -> m.type() == MentionType.PARTY && m.norm().contains(" ")
                && !SPACES.matcher(m.text()).replaceAll(" ").equals(m.norm())).map(Mention::norm).distinct().toList();
        List<Mention> all = null;
        for (String norm : norms) {
            String capitals = norm.toUpperCase(Locale.ROOT);
            if (capitals.equals(norm) || text.indexOf(capitals) < 0) {
                continue;
            }
            for (WrittenNames.Written written : WrittenNames.find(text, capitals, WrittenNames.NAME_CHARACTER)) {
                List<Mention> current = all == null ? mentions : all;
                List<Mention> inside = current.stream().filter(o -> o.start() < written.end() && written.start() < o.end()).toList();
                if (inside.stream().anyMatch(o -> o.start() < written.start() || written.end() < o.end()
                        || o.type() == MentionType.PARTY && o.norm().equals(norm) && o.start() == written.start())) {
                    continue; // a longer name holds it, or it is found already
                }
                all = all == null ? new ArrayList<>(mentions) : all;
                all.removeAll(inside);
                all.add(Mention.of(MentionType.PARTY, text, written.start(), written.end(), norm));
            }
        }
        if (all == null) {
            return mentions;
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /** A ministry's or department's full name with its state's: "Ministry of Lands and Mining of the Republic of Malawi". */
    private static final Pattern MINISTRY_OF_STATE = Pattern.compile("^(?:Ministry|Department)\\s+(?:of|for)\\s+\\S.*\\s+of\\s+(?:the\\s+)?\\p{Lu}.*$");
    /** The words a title goes on with after the parties' names: "… of the Republic of Malawi Regarding Nickel Surveys". */
    private static final Pattern TITLE_WORD_AFTER = Pattern.compile("^[ \\t]+(?:Concerning|Regarding|Relating|Pertaining|On|For|To|In|"
            + "CONCERNING|REGARDING|RELATING|ON|FOR)\\b");

    /**
     * A ministry the text names in full with its state ("the Ministry of Lands and Mining of the Republic of Malawi
     * will …") is that ministry where a title writes its name again before the title's words ("Memorandum of
     * Understanding between the Ministry of … of the Republic of Malawi Regarding …"), not the shorter ministry and the
     * state the dictionaries find in it. Where the title's words are capitalized, no finder ends the name.
     */
    private static List<Mention> ministriesInFullAgain(String text, List<Mention> mentions) {
        if (!text.contains("Ministry of") && !text.contains("Ministry for") && !text.contains("Department of")) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(cutByTitleWords(text, mentions));
        List<String> names = all.stream().filter(m -> m.type() == MentionType.PARTY && m.text().equals(m.norm())
                && MINISTRY_OF_STATE.matcher(m.norm()).matches()).map(Mention::norm).distinct().toList();
        if (names.isEmpty()) {
            return all;
        }
        for (String name : names) {
            for (WrittenNames.Written written : WrittenNames.find(text, name, WrittenNames.NAME_CHARACTER)) {
                int start = written.start();
                int end = written.end();
                List<Mention> inside = all.stream().filter(o -> o.start() < end && start < o.end()).toList();
                if (inside.isEmpty() || inside.stream().anyMatch(o -> o.start() < start || end < o.end()
                        || o.type() == MentionType.PARTY && o.start() == start && o.end() == end)
                        || !TITLE_WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 14))).find()) {
                    continue;
                }
                all.removeAll(inside);
                all.add(Mention.of(MentionType.PARTY, text, start, end, name));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /** The capitalized words between a ministry's first words and "of" its state: "and Mining". */
    private static final Pattern PORTFOLIO_WORDS_THEN_OF = Pattern.compile("^(?:[ \\t]+(?:(?:and|&|of)[ \\t]+)?\\p{Lu}[\\p{L}’'-]*|,)*"
            + "[ \\t]+of[ \\t]+(?:the[ \\t]+)?$");
    private static final Pattern STATE_NORM_OF = Pattern.compile("[A-Z]{2}");

    /**
     * A ministry named with its state right before a title's words, where no mention holds the whole name: "between the
     * Ministry of Lands and Mining of the Republic of Malawi Regarding …" is one ministry, from its head to
     * its state's name, not the shorter ministry the dictionary knows and the state.
     */
    private static List<Mention> cutByTitleWords(String text, List<Mention> mentions) {
        List<Mention> all = new ArrayList<>(mentions);
        for (int i = 0; i < all.size(); i++) {
            Mention body = all.get(i);
            if (body.type() != MentionType.PARTY || !text.startsWith("Ministry ", body.start()) && !text.startsWith("Department ", body.start())) {
                continue;
            }
            for (int j = i + 1; j < all.size() && all.get(j).start() - body.end() < 80; j++) {
                Mention state = all.get(j);
                if (state.type() != MentionType.PARTY || !STATE_NORM_OF.matcher(state.norm()).matches()) {
                    continue;
                }
                if (PORTFOLIO_WORDS_THEN_OF.matcher(text.substring(body.end(), state.start())).matches()
                        && TITLE_WORD_AFTER.matcher(text.substring(state.end(), Math.min(text.length(), state.end() + 14))).find()
                        && all.subList(i + 1, j).stream().allMatch(o -> o.type() != MentionType.PARTY)) {
                    String name = SPACES.matcher(text.substring(body.start(), state.end())).replaceAll(" ");
                    List<Mention> inside = all.subList(i, j + 1);
                    Mention whole = Mention.of(MentionType.PARTY, text, body.start(), state.end(), name);
                    inside.clear();
                    all.add(i, whole);
                }
                break;
            }
        }
        return all;
    }

    /**
     * {@code mentions} with a mention added wherever the text writes again the name of a party found once;
     * {@code known}: whether the dictionaries know a name, which they then find wherever it is written.
     */
    static List<Mention> add(String text, List<Mention> mentions, Predicate<String> known) {
        mentions = ministriesInFullAgain(text, withFullNamesInCapitals(text, mentions));
        Map<String, String> names = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String name = SPACES.matcher(m.text()).replaceAll(" ");
            if (m.type() == MentionType.PARTY && name.equals(m.norm()) && name.length() >= MIN_LENGTH
                    && Character.isUpperCase(name.charAt(0)) && !names.containsKey(name)) {
                names.put(name, m.norm());
            }
        }
        // a firm whose name holds a state or a metal ("Lithium Australia") is one the dictionaries find only in part: the
        // text confirms it as a firm where it writes a ticker after the name
        // ("Anglo Teck" or "Orvik SMR", a longer firm that holds a firm's name, is written again whole)
        List<Mention> found = mentions;
        names.keySet().removeIf(name -> known.test(name) && !isConfirmedFirm(text, name) && !isLongerFirmName(name, found));
        // one word that prose also writes in lower case ("Women" of "… Foundation for Women" beside "women") is a word,
        // wherever else it is capitalized
        names.keySet().removeIf(name -> !name.contains(" ") && isProseWord(text, name.toLowerCase(Locale.ROOT)));
        if (names.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        for (Map.Entry<String, String> name : names.entrySet()) {
            for (WrittenNames.Written written : written(text, name.getKey())) {
                int start = written.start();
                // the legal form the text writes after the name is the name's: "with trader Hanwa Co for …"
                Matcher legal = LEGAL_FORM_AFTER.matcher(text).region(written.end(), text.length());
                int end = legal.lookingAt() ? legal.end() : written.end();
                List<Mention> inside = all.stream().filter(o -> o.start() < end && start < o.end()).toList();
                if (!inside.stream().allMatch(o -> isWordOfName(o, start, end) || isFirmInsideLongerFirm(text, o, start, end, all))
                        || NAME_WORD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find()
                                && !isStatesPossessiveBefore(text, start, all)
                                && !(isCapitalized(text, start, end, name.getKey()) && !isUpperCaseWordBefore(text, start))
                        || NAME_WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 3))).find()
                                && !HeadlineNames.isVerbAt(text, end)
                                // "Orvik Chief Executive Jane Roe said": an executive's title ends the firm's name
                                && !CompanyContexts.isExecutiveAfter(text, end)
                                && !(isCapitalized(text, start, end, name.getKey()) && (!isUpperCaseWordAfter(text, end)
                                        || ENDS_IN_LEGAL_FORM.matcher(name.getKey()).find()))) {
                    continue;
                }
                all.removeAll(inside);
                all.add(Mention.of(MentionType.PARTY, text, start, end, name.getValue()));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }
}
