package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * A company's short name: once a report has written "Vulcan Elements", its "Vulcan said" and "warrants in Vulcan" are
 * the same company, whose norm is its full name (ANNOTATION.md §1, the name as it trades). The short name is the first
 * word or words of the full one; a mention of the short name alone gets the full norm, and a short name no finder
 * tagged, after the full name, becomes a mention.
 *
 * <p>Only names written in capitalized words with no function word, and not ending like a public body's, count
 * ("Office of Strategic Capital", "Social Security Administration"). A short name is left alone where it is also a
 * word of prose ("Lithium" of "Lithium Americas" next to "lithium"), a name the dictionaries know ("Australian" of
 * "Australian Strategic Materials"), a word of many names ("General", "American"), a place ("Mountain Pass") or the
 * short name of two companies the text names.
 */
final class ShortNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A name's word; a state in brackets inside a firm's legal name is one too: "Orvel (India) Limited" trades as "Orvel". */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d.&’'-]*|&|\\(\\p{Lu}[\\p{L}.]*\\)");
    /**
     * A capitalized word right before: the short name is part of another name ("Dana Vulcan"), unless it says where.
     * A word that ends a sentence is none: "… in Missouri. Norvale will …".
     */
    private static final Pattern NAME_WORD_BEFORE = Pattern.compile("(?<!\\S)(\\p{Lu}[\\p{L}.&’'-]*)(?<!\\p{Ll}{2}\\.|\\p{Lu}{2}\\.)[ \\t]+$");
    /** A word that ends a sentence right before: "… in Missouri. |Norvale will …". */
    private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("(?:\\p{Ll}{2}|\\p{Lu}{2})\\.\\s+$");
    private static final Pattern NAME_WORD_AFTER = Pattern.compile("^[ \\t]+\\p{Lu}");
    /** A title after the name is no longer name: "Norvale Chief Executive Dana Whitfield" names Norvale. */
    private static final Pattern TITLE_AFTER = Pattern.compile("^[ \\t]+(?:CEO|Chief|Chairman|Chairwoman|Chair|President"
            + "|Founder|Executive|Managing|Director|Spokesperson|Spokesman|Spokeswoman)\\b");
    /**
     * Last words of the names of public bodies, funds and programmes: their first words are no short name ("Social
     * Security" of "Social Security Administration", "Emmett Till" of "Emmett Till Memorial Commission"); nor are those
     * of a railway, port or pipeline, named after the places it links ("Lobito" of "Lobito Atlantic Railway").
     */
    private static final Set<String> BODY_HEADS = Set.of("Administration", "Agency", "Authority", "Bureau", "Commission",
            "Committee", "Council", "Board", "Fund", "Union", "Association", "Federation", "Confederation",
            "Organization", "Organisation", "Institute", "Institution", "Society", "Service", "Survey", "Office",
            "Department", "Ministry", "Secretariat", "Center", "Centre", "Foundation", "Program", "Programme",
            "Initiative", "Partnership", "Alliance", "Forum", "Court", "Monument", "Memorial", "Trust", "Coalition",
            "Assembly", "Parliament", "Congress", "Senate", "Bank", "Facility", "Dialogue", "Network", "Consortium",
            "Railway", "Railways", "Railroad", "Port", "Ports", "Pipeline", "Corridor");
    private static final int MIN_LENGTH = 2;
    /**
     * A short name of two words or more that ends like a place's is the place's ("Mountain Pass" of "Mountain Pass
     * Materials"); the word alone names no place ("Lake" of "Lake Resources NL"), and prose that writes it in lower
     * case ("the lake") keeps it a word.
     */
    private static final Set<String> PLACE_WORDS = Set.of("Pass", "Hill", "Hills", "Creek", "River", "Lake", "Valley",
            "Bay", "Basin", "Field", "Point", "Springs", "Peak", "Ridge", "Island", "Range");
    private static final int MAX_WORDS = 5;
    /** First words shared by many names, never a company's short name on their own. */
    private static final Set<String> GENERIC_WORDS = Set.of("The", "A", "An", "New", "National", "International",
            "Global", "General", "United", "American", "First", "Royal", "Standard", "Great", "Golden", "Western",
            "Eastern", "Northern", "Southern", "North", "South", "East", "West", "Central", "Pacific", "Atlantic",
            "Critical", "Strategic", "Rare", "Advanced", "Applied", "Allied", "Green", "Clean", "Energy", "Defense",
            "Defence", "Federal", "State", "Mountain", "Office", "Department", "Ministry", "Bank", "Group", "Rapid", "Joint",
            "Mr.", "Ms.", "Dr.",
            // a field's abbreviation opens the names of groups on the field ("AI Standards Group") and is prose's word
            "AI", "ICT", "IT", "EV", "5G", "6G", "IoT");

    /** Only a legal form, after a name: " LLC", ", Inc.". */
    private static final Pattern LEGAL_FORM_ONLY = Pattern.compile("(?:,? (?:" + ContextRules.LEGAL_SUFFIX.pattern() + "))+");
    /** A full name that ends in a legal form: "Critical Metals Corp." trades as "Critical Metals". */
    private static final Pattern WITH_LEGAL_FORM = Pattern.compile(
            "(\\S+(?: \\S+)+?)(?:,? (?:" + ContextRules.LEGAL_SUFFIX.pattern() + "))+");

    private ShortNames() {
    }

    /**
     * {@code mentions} with the short names of the companies they name resolved to the full names; {@code known}
     * tells whether the dictionaries know a name.
     */
    static List<Mention> add(String text, List<Mention> mentions, Predicate<String> known) {
        return add(text, mentions, known, name -> false);
    }

    /** As above; {@code knownFirm} tells whether the dictionaries know a name as a party, all of it. */
    static List<Mention> add(String text, List<Mention> mentions, Predicate<String> known, Predicate<String> knownFirm) {
        Map<String, String> fullNames = new HashMap<>(); // short name → full name, or "" when two full names share it
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        Map<String, String> sameFirm = new HashMap<>(); // a full name → the first written of the firm's other legal form
        Set<String> tradingNames = new HashSet<>(); // a full name less its legal form, of two words or more, or a defined short name
        for (Mention m : mentions) {
            String name = SPACES.matcher(m.text()).replaceAll(" ");
            // a firm the dictionaries know, written with its legal form ("Norvale Cells LLC" of "Norvale Cells"): the
            // name it trades as gives the short name ("Norvale said …"), which the dictionaries do not list
            if (m.type() == MentionType.PARTY && !name.equals(m.norm()) && name.startsWith(m.norm() + " ")
                    && LEGAL_FORM_ONLY.matcher(name.substring(m.norm().length())).matches() && knownFirm.test(m.norm())) {
                name = m.norm();
            }
            if (m.type() != MentionType.PARTY || !name.equals(m.norm())) {
                continue;
            }
            // the words before a legal form: "Shanghai Beilun Nickel & Cobalt Materials" of "… Co., Ltd."
            Matcher legal = WITH_LEGAL_FORM.matcher(name);
            boolean hasLegalForm = legal.matches();
            // "Carrow Metals" of "Carrow Metals, Inc.": the comma before the legal form is no part of the name
            String trading = hasLegalForm ? legal.group(1).replaceAll(",$", "") : name;
            String[] base = trading.split(" ");
            String[] words = name.split(" ");
            if (words.length < 2 || Arrays.stream(base).filter(w -> !w.equals("&")).count() > MAX_WORDS
                    || BODY_HEADS.contains(words[words.length - 1]) || name.endsWith("Task Force")
                    || !Arrays.stream(base).allMatch(w -> NAME_WORD.matcher(w).matches())) {
                continue;
            }
            firstSeen.merge(name, m.start(), Math::min);
            if (hasLegalForm) {
                tradingNames.add(trading);
            }
            for (int k = 1; k < words.length; k++) {
                if (words[k].equals("&")) {
                    break;
                }
                // "Microchip Technology" of "Microchip Technology, Inc.": the comma before a legal form is no part of it
                String shortName = String.join(" ", Arrays.copyOf(words, k)).replaceAll(",$", "");
                String before = fullNames.putIfAbsent(shortName, name);
                if (before == null || before.equals(name) || before.startsWith(name + " ")) {
                    continue; // "Trilogy Metals" and "Trilogy Metals Inc.": one company, the longer name kept
                }
                if (hasLegalForm && WITH_LEGAL_FORM.matcher(before).matches() && tradingOf(before).equals(trading)) {
                    // "Halvard Corporation" and then "Halvard Corp.": one company in two legal forms, the first kept
                    sameFirm.putIfAbsent(name, before);
                    continue;
                }
                fullNames.put(shortName, name.startsWith(before + " ") ? name : "");
            }
        }
        // a short name the text defines in quotes is the name the firm trades as, whatever words it is made of:
        // ('Critical Elements' or the 'Corporation'), (“Alcoa” or the “Company”)
        fullNames.keySet().stream().filter(shortName -> isDefined(text, shortName)).forEach(tradingNames::add);
        fullNames.entrySet().removeIf(e -> e.getValue().isEmpty() || !(tradingNames.contains(e.getKey())
                ? isTradingName(text, e.getKey()) : isShortName(text, e.getKey(), known, knownFirm)));
        if (!sameFirm.isEmpty()) {
            mentions = mentions.stream().map(m -> m.type() == MentionType.PARTY && sameFirm.containsKey(m.norm())
                    && SPACES.matcher(m.text()).replaceAll(" ").equals(m.norm()) ? m.withNorm(sameFirm.get(m.norm())) : m).toList();
        }
        mentions = asTraded(text, mentions, fullNames, tradingNames, knownFirm, firstSeen);
        if (fullNames.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>();
        for (Mention m : mentions) {
            // a name the dictionaries know keeps its norm: "MP Materials" of "MP Materials Corp." trades as written
            // (known as the firm itself: "Consolidated Lithium Metals" of "… Inc." holds a mineral's word, and is still its short name)
            String full = m.type() == MentionType.PARTY && m.text().equals(m.norm())
                    && !(tradingNames.contains(m.text()) && knownFirm.test(m.text()))
                    ? fullNames.get(m.text()) : null;
            all.add(full == null ? m : m.withNorm(full));
        }
        // longest short names first, so "Norvale Rare" is read before "Norvale"
        List<String> shortNames = fullNames.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String shortName : shortNames) {
            String full = fullNames.get(shortName);
            List<WrittenNames.Written> places = WrittenNames.find(text, shortName, WrittenNames.NAME_CHARACTER);
            // a short name the text also writes after a given name or an initial is a person's surname ("Dana W. Norvale"),
            // also where it opens a sentence
            boolean surname = places.stream().anyMatch(w -> isAfterNameWord(text, w.start()));
            for (WrittenNames.Written written : places) {
                int start = written.start();
                int end = written.end();
                if (surname && SENTENCE_END_BEFORE.matcher(text.substring(Math.max(0, start - 10), start)).find()) {
                    continue;
                }
                // a headline names the company before the report spells its name out: "… puts $35.6M into Trilogy"
                // (its first word is capitalized whatever it is: "Export credit agencies back …")
                // (a trading name is one however it opens: "Critical Metals Surges On …")
                // (a word the headline's verb follows is its subject: "Latrobe Upgrades Plant", "Brightwater Signs Deal")
                boolean headline = start < headlineEnd(text) && (!text.substring(0, start).isBlank() || tradingNames.contains(shortName)
                        || HeadlineNames.isVerbAt(text, end));
                // the trading name, or one defined in quotes, is the firm's even where a word list reads "Critical Metals" as minerals
                Predicate<Mention> yields = o -> tradingNames.contains(shortName) && o.type() != MentionType.PARTY
                        && start <= o.start() && o.end() <= end;
                if (start < firstSeen.get(full) && !headline
                        || all.stream().anyMatch(o -> o.start() < end && start < o.end() && !yields.test(o))
                        || NAME_WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 3))).find()
                                && !TITLE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20))).find()
                                && !(headline && HeadlineNames.isVerbAt(text, end))
                        || isAfterNameWord(text, start) && !(headline && HeadlineNames.isHeadingWordBefore(text, start))) {
                    continue;
                }
                all.removeIf(yields);
                all.add(Mention.of(MentionType.PARTY, text, start, end, full));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /** A full name less its legal form: "Halvard" of "Halvard Corp.". */
    private static String tradingOf(String name) {
        Matcher legal = WITH_LEGAL_FORM.matcher(name);
        return legal.matches() ? legal.group(1).replaceAll(",$", "") : name;
    }

    /**
     * The mentions of a firm the dictionaries know by its trading name, whose full name the text also writes and
     * defines the trading name as its short one ("MP Materials Corp. (“MP Materials”)"): all of them take the trading
     * name's norm, so one firm is one party.
     */
    private static List<Mention> asTraded(String text, List<Mention> mentions, Map<String, String> fullNames, Set<String> tradingNames,
            Predicate<String> known, Map<String, Integer> firstSeen) {
        Map<String, String> traded = new HashMap<>(); // full name → the dictionary's norm of its trading name
        for (String trading : tradingNames) {
            String full = fullNames.get(trading);
            if (full == null || !known.test(trading) || !isDefined(text, trading)) {
                continue;
            }
            mentions.stream().filter(m -> m.type() == MentionType.PARTY && m.text().equals(trading)
                    && !m.norm().equals(full)).findFirst().ifPresent(m -> traded.put(full, m.norm()));
        }
        if (traded.isEmpty()) {
            return mentions;
        }
        traded.forEach((full, norm) -> firstSeen.merge(norm, firstSeen.get(full), Math::min));
        fullNames.replaceAll((shortName, full) -> traded.getOrDefault(full, full));
        return mentions.stream().map(m -> m.type() == MentionType.PARTY && traded.containsKey(m.norm())
                ? m.withNorm(traded.get(m.norm())) : m).toList();
    }

    /** Whether the text defines the name in quotes, in brackets: (“MP Materials” or the “Company”), ('Norvale' or the 'Company'). */
    private static boolean isDefined(String text, String name) {
        return text.contains("“" + name + "”") || text.contains("\"" + name + "\"")
                || Pattern.compile("\\(\\s*(?:the\\s+)?['‘]" + Pattern.quote(name) + "['’]").matcher(text).find();
    }

    /** The end of the text's first line: its headline, if it has one. */
    private static int headlineEnd(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? 0 : newline;
    }

    /** Whether {@code shortName} can stand for a company: no word of many names, of prose or of a dictionary. */
    private static boolean isShortName(String text, String shortName, Predicate<String> known, Predicate<String> knownFirm) {
        String[] words = shortName.split(" ");
        // "Africa" of "Africa Finance Corporation" is the continent wherever it stands alone
        // a name of two words or more is known by its first ("China Northern"); a word of a dictionary after it is part of
        // the firm's name ("Consolidated Lithium" of "Consolidated Lithium Metals Inc.")
        return shortName.length() >= MIN_LENGTH && !GENERIC_WORDS.contains(words[0])
                && !known.test(words.length == 1 ? shortName : words[0]) && !knownFirm.test(shortName)
                && !Regions.is(shortName)
                && !CompanyLists.isPlaceOrTitleWord(words[0]) && !(words.length > 1 && PLACE_WORDS.contains(words[words.length - 1]))
                && WrittenNames.find(text, shortName.toLowerCase(Locale.ROOT), WrittenNames.WORD_CHARACTER).isEmpty()
                && !LocatedNames.isPlace(text, shortName);
    }

    /**
     * Whether a full name less its legal form ("Critical Metals" of "Critical Metals Corp.") stands for the firm: it may
     * open with a word of many names or be a dictionary phrase, as long as prose never writes it in lower case.
     */
    private static boolean isTradingName(String text, String name) {
        return WrittenNames.find(text, name.toLowerCase(Locale.ROOT), WrittenNames.WORD_CHARACTER).isEmpty();
    }

    /**
     * Whether a capitalized word that does not say where a company sits ("N.C.-based") or whose it is ("Australia’s")
     * comes right before.
     */
    private static boolean isAfterNameWord(String text, int start) {
        Matcher before = NAME_WORD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
        return before.find() && !ContextRules.isLocation(before.group(1)) && !POSSESSIVE.matcher(before.group(1)).find()
                || PORTFOLIO_BEFORE.matcher(text.substring(Math.max(0, start - 80), start)).find();
    }

    /**
     * A minister's or a ministry's portfolio before: "Minister of Energy and |Natural Resources" names a field, not the
     * body "Natural Resources Canada".
     */
    private static final Pattern PORTFOLIO_BEFORE = Pattern.compile("\\b(?:Minister|Ministry|Secretary|Department|Committee"
            + "|Commission|Office|Council|Agency)[ \\t]+(?:of|for)[ \\t]+(?:the[ \\t]+)?(?:\\p{Lu}[\\p{L}’'-]*,?[ \\t]+(?:(?:and|&)[ \\t]+)?)*$");

    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
}
