package org.accordex.commitments;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.util.Span;
import org.accordex.nlp.RememberingTokenizer;

import static org.accordex.commitments.ActionPhrase.DASHES;
import static org.accordex.commitments.ActionPhrase.GERUND_PARTNERS;
import static org.accordex.commitments.ActionPhrase.ING_ADJECTIVES;
import static org.accordex.commitments.ActionPhrase.ING_NOUNS;
import static org.accordex.commitments.ActionPhrase.IRREGULAR_PARTICIPLES;
import static org.accordex.commitments.ActionPhrase.MIN_GERUND;
import static org.accordex.commitments.ActionPhrase.MONTHS;
import static org.accordex.commitments.ActionPhrase.NOMINAL;
import static org.accordex.commitments.ActionPhrase.NOUN_HOMOGRAPHS;
import static org.accordex.commitments.ActionPhrase.NOUN_PHRASE_START;
import static org.accordex.commitments.ActionPhrase.PAST_PARTICIPLE;
import static org.accordex.commitments.ActionPhrase.REFERENCE_NOUNS;
import static org.accordex.commitments.ActionPhrase.SECTION_NUMBER;
import static org.accordex.commitments.ActionPhrase.SPACES;
import static org.accordex.commitments.ActionPhrase.Section;
import static org.accordex.commitments.ActionPhrase.THIRD_PERSON;
import static org.accordex.commitments.ActionPhrase.VOCABULARY;
import static org.accordex.commitments.ActionPhrase.YEAR;
import static org.accordex.commitments.ActionPhrase.closesActivityNouns;
import static org.accordex.commitments.ActionPhrase.dashAsideEnd;
import static org.accordex.commitments.ActionPhrase.describesNoun;
import static org.accordex.commitments.ActionPhrase.followsSurePhrase;
import static org.accordex.commitments.ActionPhrase.onlyGerundsBefore;
import static org.accordex.commitments.ActionPhrase.withoutTags;

/**
 * The tokens of a text with their spans, lower-case forms and part-of-speech tags. A long name with its short one
 * after it in parentheses reads as the short name alone ("amend the Customs Mutual Assistance Agreement (CMAA)" →
 * "amend the CMAA"): the text defines it so, and it leaves the action room for its object.
 */
record TaggedWords(String text, Span[] spans, String[] lower, String[] tags, int[] shortName) {
    TaggedWords(String text, Span[] spans, String[] lower, String[] tags) {
        this(text, spans, lower, tags, shortNames(text, spans));
    }

    /**
     * For each token that starts a long name defined with a short one, "Customs Mutual Assistance Agreement
     * (CMAA)", the index of the parenthesis that closes the short name; -1 elsewhere.
     */
    private static int[] shortNames(String text, Span[] spans) {
        int[] closes = new int[spans.length];
        java.util.Arrays.fill(closes, -1);
        for (int p = 1; p + 2 < spans.length; p++) {
            String open = spans[p].getCoveredText(text).toString();
            String name = spans[p + 1].getCoveredText(text).toString();
            if (open.equals("(") && spans[p + 2].getCoveredText(text).toString().equals(")") && SHORT_NAME.matcher(name).matches()) {
                int first = longNameStart(text, spans, p, name.replaceAll("\\p{Ll}+$", ""));
                first = first >= 0 ? first : spelledNameStart(text, spans, p, name);
                if (first >= 0) {
                    closes[first] = p + 2;
                }
            }
        }
        return closes;
    }

    /**
     * The first token of a name of three or more capitalized words before {@code paren} that a short name not made
     * of its initials still spells in order, from its first letter: "Japan Organization for Metals and Energy
     * Security (JOGMEC)", "Korea Resources Corporation (KORES)"; or -1.
     */
    private static int spelledNameStart(String text, Span[] spans, int paren, String shortName) {
        int j = paren - 1;
        while (j >= 0 && (capitalized(text, spans[j])
                || j < paren - 1 && NAME_LINKS.contains(spans[j].getCoveredText(text).toString().toLowerCase(Locale.ROOT)))) {
            j--;
        }
        String wanted = shortName.toUpperCase(Locale.ROOT);
        // the longest run that spells it: "Members of the [Korea Resources Corporation] (KORES)"
        for (int first = j + 1; first < paren; first++) {
            int words = 0;
            for (int k = first; k < paren; k++) {
                words += capitalized(text, spans[k]) ? 1 : 0;
            }
            if (words < 3) {
                return -1;
            }
            String letters = text.substring(spans[first].getStart(), spans[paren - 1].getEnd()).replaceAll("[^\\p{L}]", "")
                    .toUpperCase(Locale.ROOT);
            if (!capitalized(text, spans[first]) || letters.charAt(0) != wanted.charAt(0)) {
                continue;
            }
            int at = 0;
            for (int c = 0; c < letters.length() && at < wanted.length(); c++) {
                at += letters.charAt(c) == wanted.charAt(at) ? 1 : 0;
            }
            if (at == wanted.length()) {
                return first;
            }
        }
        return -1;
    }

    private static boolean capitalized(String text, Span span) {
        return Character.isUpperCase(span.getCoveredText(text).charAt(0));
    }

    /** The first token of the words before {@code paren} whose initials spell {@code initials}, or -1. */
    private static int longNameStart(String text, Span[] spans, int paren, String initials) {
        int letter = initials.length() - 1;
        int j = paren - 1;
        while (letter >= 0 && j >= 0) {
            String word = spans[j].getCoveredText(text).toString();
            if (letter < initials.length() - 1 && NAME_LINKS.contains(word.toLowerCase(Locale.ROOT))) {
                j--;
            } else if (Character.toUpperCase(word.charAt(0)) == initials.charAt(letter)) {
                letter--;
                j--;
            } else {
                return -1;
            }
        }
        return letter < 0 && paren - (j + 1) >= 2 ? j + 1 : -1;
    }

    static TaggedWords of(String raw) {
        // "infrastructure**" and "-directly" are one token each to the tokenizer, which the tagger cannot read
        String text = MARKUP.matcher(raw).replaceAll(m -> " ".repeat(m.group().length()));
        Span[] spans = emDashesApart(RememberingTokenizer.ofThread(ActionModels.tokens()).tokenizePos(text), text);
        String[] tokens = new String[spans.length];
        String[] lower = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            tokens[i] = spans[i].getCoveredText(text).toString();
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        String[] tags = namesWords(tokens, possessiveNouns(lower, homographNouns(lower,
                hyphenatedNouns(lower, mineralsAsNouns(lower, ActionModels.TAGGER.get().tag(tokens))))));
        for (int i = 1; i < spans.length; i++) {
            if (tokens[i].equals("WHO") && lower[i - 1].equals("the")) {
                // "fund the WHO and its lithium survey": the organization's initials, no relative pronoun
                lower[i] = "w.h.o.";
                tags[i] = "PROPN";
            }
        }
        return new TaggedWords(text, spans, lower, tags);
    }

    /**
     * "a Critical Minerals and [Rare] Earths Group": a capitalized word the tagger reads as a verb between words of a
     * name (a capitalized noun before it, or "and" after one, and a capitalized word after it) is a word of the name.
     */
    private static String[] namesWords(String[] tokens, String[] tags) {
        for (int i = 2; i + 1 < tags.length; i++) {
            int before = tags[i - 1].equals("CCONJ") ? i - 2 : i - 1;
            if (tags[i].equals("VERB") && upper(tokens[i]) && upper(tokens[i + 1]) && upper(tokens[before])
                    && (tags[before].equals("NOUN") || tags[before].equals("PROPN"))) {
                tags[i] = "PROPN";
            }
        }
        return tags;
    }

    private static boolean upper(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    /** A plural's possessive: "the Leaders['] Summit", "ministers['] meeting". */
    private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("\\p{L}{2,}s['’]");

    /** A cheap test before the pattern: most tokens end in no apostrophe. */
    private static boolean endsWithApostrophe(String token) {
        return token.endsWith("'") || token.endsWith("’");
    }

    /** "the Quad [Leaders'] Summit": the tagger may read a plural's possessive as a verb; it is a noun. */
    private static String[] possessiveNouns(String[] lower, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!NOMINAL.contains(tags[i]) && endsWithApostrophe(lower[i]) && PLURAL_POSSESSIVE.matcher(lower[i]).matches()) {
                tags[i] = "NOUN";
            }
        }
        return tags;
    }

    /**
     * "rare earths [mine] and refinery": a word the tagger reads as a pronoun, a verb or a conjunction (section {@code noun-homograph})
     * is a noun after a noun, an adjective or a determiner, which a pronoun or a verb does not follow.
     */
    private static String[] homographNouns(String[] lower, String[] tags) {
        for (int i = 1; i < tags.length; i++) {
            if ((tags[i].equals("PRON") || tags[i].equals("VERB") || tags[i].equals("CCONJ")) && NOUN_HOMOGRAPHS.contains(lower[i])
                    && Set.of("NOUN", "ADJ", "DET").contains(tags[i - 1])) {
                tags[i] = "NOUN";
            }
            // "ban the export of nickel [ore] unless …": no homograph is a conjunction, so one read as a conjunction is
            // a noun after a name too (the tagger may read the mineral before it as a name)
            if (tags[i].equals("CCONJ") && NOUN_HOMOGRAPHS.contains(lower[i]) && tags[i - 1].equals("PROPN")) {
                tags[i] = "NOUN";
            }
            // "support [projects] that …", "offer grants to [firms] that …": a form in -s the tagger reads as a verb
            // right after a verb or the infinitive's "to" is a plural noun that a relative clause defines, as no verb
            // in -s follows either ("help ports and …" is left to the tagger)
            if (tags[i].equals("VERB") && PLURAL_FORM.matcher(lower[i]).matches() && i + 1 < tags.length
                    && RELATIVE_PRONOUNS.contains(lower[i + 1]) && (tags[i - 1].equals("VERB") || lower[i - 1].equals("to"))) {
                tags[i] = "NOUN";
            }
        }
        return tags;
    }

    /** A form in -s that is no verb's stem ending in s ("focus", "discuss", "process" are). */
    private static final Pattern PLURAL_FORM = Pattern.compile("\\p{Ll}{2,}[^su]s");

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who");

    /** A noun's ending: "non-proliferation", "co-investment", "anti-corruption". */
    private static final Pattern NOUN_ENDING = Pattern.compile("\\p{L}+-\\p{L}*(?:tion|sion|ment|ity|ance|ence|ism|ship)");

    /**
     * "and [non-proliferation]", "and [anti-corruption]": the tagger reads a hyphenated noun after a prefix as an
     * adverb, which cuts the series it closes.
     */
    private static String[] hyphenatedNouns(String[] lower, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].equals("ADV") && NOUN_ENDING.matcher(lower[i]).matches()) {
                tags[i] = "NOUN";
            }
        }
        return tags;
    }

    /**
     * "energy—mainly crude oil", "backwards—including": the tokenizer keeps an em dash written without spaces inside
     * one token, which the tagger reads as punctuation; split it off, so that it bounds a phrase as a spaced dash does.
     */
    private static Span[] emDashesApart(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            int from = span.getStart();
            for (int c = span.getStart(); c < span.getEnd(); c++) {
                if (text.charAt(c) == '\u2014' && span.getEnd() - span.getStart() > 1) {
                    if (c > from) {
                        out.add(new Span(from, c));
                    }
                    out.add(new Span(c, c + 1));
                    from = c + 1;
                }
            }
            if (from < span.getEnd()) {
                out.add(from == span.getStart() ? span : new Span(from, span.getEnd()));
            }
        }
        return out.size() == spans.length ? spans : out.toArray(new Span[0]);
    }

    /** "zinc and lead": a mineral word after a noun and "and", "or" or a comma is a noun of that list, not a verb. */
    private static String[] mineralsAsNouns(String[] lower, String[] tags) {
        for (int i = 2; i < tags.length; i++) {
            if (tags[i].equals("VERB") && (lower[i - 1].equals("and") || lower[i - 1].equals("or") || lower[i - 1].equals(","))
                    && NOMINAL.contains(tags[i - 2]) && MINERAL_NOUNS.contains(lower[i])) {
                tags[i] = "NOUN";
            }
        }
        return tags;
    }

    int size() {
        return spans.length;
    }

    String lower(int i) {
        return lower[i];
    }

    String tag(int i) {
        return tags[i];
    }

    /** Whether token {@code i} is written against the one before it, as in "pilot-scale" or "A$1.2". */
    boolean glued(int i) {
        return i > 0 && spans[i].getStart() == spans[i - 1].getEnd()
                && (lower[i].equals("-") || lower[i - 1].equals("-") || isWord(i) && isWord(i - 1));
    }

    /** Whether a space or the end of the text follows token {@code i}: "." ends a heading there, not in "U.S.-U.K.". */
    boolean spaceAfter(int i) {
        return i + 1 >= spans.length || spans[i + 1].getStart() > spans[i].getEnd();
    }

    boolean capitalized(int i) {
        return Character.isUpperCase(spans[i].getCoveredText(text).charAt(0));
    }

    /**
     * Whether the point at {@code dot} closes a middle initial ("John F. Kennedy") or a name's title ("King Jr.
     * assassinations"), and the phrase goes on.
     */
    boolean middleInitial(int dot) {
        if (dot < 2 || dot + 1 >= spans.length || !capitalized(dot - 1) || !capitalized(dot - 2) || lower[dot + 1].length() < 2) {
            return false;
        }
        return lower[dot - 1].length() == 1 && lower[dot - 2].length() > 1 && capitalized(dot + 1) && !PartLetters.numbers(lower[dot - 2])
                || NAME_SUFFIXES.contains(lower[dot - 1]) && Character.isLetter(lower[dot + 1].charAt(0));
    }

    /** What follows a surname with a point: "Martin Luther King Jr.". */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr");

    /** Whether the token is written in capitals, two letters or more: "MSP", "DFC". */
    boolean inCapitals(int i) {
        String word = spans[i].getCoveredText(text).toString();
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(lower[i]);
    }

    boolean isWord(int i) {
        return hasLetterOrDigit(lower[i]);
    }

    /** As the pattern {@code [\p{L}\d]} finds one, without a matcher for each of the many tokens asked about. */
    private static boolean hasLetterOrDigit(String token) {
        for (int j = 0; j < token.length(); ) {
            int c = token.codePointAt(j);
            if (Character.isLetter(c) || c >= '0' && c <= '9') {
                return true;
            }
            j += Character.charCount(c);
        }
        return false;
    }

    /** The lemmatizer's base form of a gerund; where it has none, the word without "ing" ("deepening" → "deepen"). */
    String baseForm(LemmatizerME lemmatizer, int i) {
        // a heading's capital is no part of the word: "Ensuring" is read as "ensuring"
        String word = spans[i].getCoveredText(text).toString().toLowerCase(Locale.ROOT);
        // read as the verb it is here, also where the tagger took it for a noun ("committed to advancing …")
        String lemma = lemmatizer.lemmatize(new String[] {word}, new String[] {"VERB"})[0];
        boolean known = !lemma.equalsIgnoreCase(word) && !lemma.isEmpty() && !lemma.equals("O");
        String stem = word.substring(0, word.length() - 3);
        if (stem.endsWith("ee")) {
            return stem; // "guaranteeing" → "guarantee", "agreeing" → "agree" (the lemmatizer gives "guarante")
        }
        if (known && !lemma.equalsIgnoreCase(stem) && !lemma.equalsIgnoreCase(stem + "e")) {
            return lemma; // "lying" → "lie", "planning" → "plan"
        }
        int n = stem.length();
        if (n >= 4 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lszf".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1); // "planning" → "plan" (not "staffing", "calling")
        }
        if (BRITISH_DOUBLE_L.matcher(stem).matches()) {
            return stem.substring(0, n - 1); // "channelling" → "channel", "signalling" → "signal"
        }
        if (n >= 3 && GERUND_WITH_E.matcher(stem).matches()) {
            return stem + "e";
        }
        if (known && !GERUND_WITHOUT_E.matcher(stem).matches()) {
            return lemma;
        }
        return n >= 3 ? stem : word;
    }

    /**
     * Whether the gerund at {@code i} continues a series of verbs that a gerund head opened and whose last verb so far
     * is at {@code previous}: "ending" in "[implementing] the order and [ending] the use", "modernizing" in
     * "[upgrading], [modernizing], and [expanding] the grid". It follows "and", "or" or a comma, perhaps with an
     * adverb; right after the object of the verb before it, it takes an object of its own, unlike a noun that closes
     * the object ("achieve justice and healing").
     */
    boolean isSeriesGerund(int i, int from, int previous) {
        if (i <= from + 1 || !lower[i].endsWith("ing") || lower[i].length() <= MIN_GERUND || closesActivityNouns(this, i - 1)) {
            return false;
        }
        // "…, and [tackling] duty evasion": a gerund the tagger read as a noun, with an object of its own
        boolean readAsNoun = tags[i].equals("NOUN") && i + 1 < size() && (Set.of("DET", "NOUN", "ADJ", "PROPN").contains(tags[i + 1])
                || sharesObject(i));
        if (!tags[i].equals("VERB") && !readAsNoun) {
            return false;
        }
        int joint = tags[i - 1].equals("ADV") && !lower[i - 1].equals("as") ? i - 2 : i - 1;
        if (joint - 2 > from && lower[joint].equals("as") && lower[joint - 1].equals("well") && lower[joint - 2].equals("as")) {
            joint -= 2; // "…, as well as [adopting] good practices"
        }
        if (joint <= from || !(tags[joint].equals("CCONJ") || lower[joint].equals(",") || lower[joint].equals("as"))) {
            return false;
        }
        int before = lower[joint].equals(",") || !lower[joint - 1].equals(",") ? joint - 1 : joint - 2;
        if (before == previous) {
            return !readAsNoun;
        }
        return before > previous && !(lower[before].endsWith("ing") && (tags[before].equals("VERB") || readAsNoun)) && i + 1 < size()
                && (!Set.of("PUNCT", "CCONJ").contains(tags[i + 1])
                || sharesObject(i));
    }

    /** Whether the gerund at {@code i} shares its object with the next: "as well as [adopting] and implementing rules". */
    private boolean sharesObject(int i) {
        // "trade and [manufacturing] and strengthening …": a sector's noun closes the object, it shares none
        return i + 2 < size() && !ING_NOUNS.contains(lower[i]) && tags[i + 1].equals("CCONJ") && lower[i + 2].endsWith("ing") && tags[i + 2].equals("VERB");
    }

    /**
     * Whether the word at {@code i} is a "that" that opens a clause: read so, or read as a pronoun before a
     * determiner or a name, where no pronoun can stand ("ensuring [that] the future of …").
     */
    boolean isComplementizer(int i) {
        return lower[i].equals("that") && (tags[i].equals("SCONJ") || tags[i].equals("PRON") && i + 1 < tags.length
                && (tags[i + 1].equals("DET") || tags[i + 1].equals("PROPN")));
    }

    /** The action's own verb at {@code i}: its first word, or the word after an adverb ("promptly ensure"). */
    boolean isHeadVerb(int i, int start) {
        return tags[i].equals("VERB") && (i == start || i == start + 1 && tags[start].equals("ADV"));
    }

    /** Capitalized words without a verb before {@code colon}: a label such as "Joint Projects". */
    boolean isLabel(int from, int colon) {
        for (int i = from; i < colon; i++) {
            if (isVerb(i) || !Character.isUpperCase(spans[i].getCoveredText(text).charAt(0)) && isWord(i)
                    && !tags[i].equals("ADP") && !tags[i].equals("CCONJ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "be executed", "be made": "be" at {@code be} with the passive participle at {@code p}; the tagger reads some
     * participles as adjectives ("be undertaken"), which a state such as "be open" or "be eligible" is not.
     */
    boolean isPassive(int be, int p) {
        if (p >= size() || !lower[be].equals("be")) {
            return false;
        }
        String w = lower[p];
        if (tags[p].equals("ADJ")) {
            return w.length() > 6 && (w.endsWith("ed") || w.endsWith("en")) && !(p + 1 < size() && lower[p + 1].equals("to"));
        }
        return tags[p].equals("VERB") && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn")
                || IRREGULAR_PARTICIPLES.containsKey(w));
    }

    /** The lemmatizer's base form of the verb at {@code i}. */
    String lemma(LemmatizerME lemmatizer, int i) {
        String word = spans[i].getCoveredText(text).toString();
        String lemma = lemmatizer.lemmatize(new String[] {word}, new String[] {tags[i]})[0];
        if (!lemma.isEmpty() && !lemma.equals("O") && !lemma.equalsIgnoreCase(word)) {
            if (word.length() == lemma.length() + 3 && word.endsWith("ed") && word.regionMatches(true, 0, lemma, 0, lemma.length())
                    && Character.toLowerCase(lemma.charAt(lemma.length() - 1)) != word.charAt(lemma.length())) {
                return word.substring(0, lemma.length() + 1); // "rooted" read as "roo": no doubled consonant was dropped
            }
            if (word.length() == lemma.length() + 2 && word.toLowerCase(Locale.ROOT).endsWith("ed")
                    && word.regionMatches(true, 0, lemma, 0, lemma.length()) && GERUND_WITH_E.matcher(lemma).matches()) {
                return lemma + "e"; // "explored" read as "explor", "welcomed" as "welcom": the stem takes its "e" back
            }
            return lemma;
        }
        return PAST_PARTICIPLE.matcher(word).matches() ? baseOfParticiple(word) : word;
    }

    /** A verb in the same form as the one at {@code first}: "deepen … and expand", "deepening … and expanding". */
    boolean isVerbLike(int i, int first) {
        // a plural noun the tagger read as a verb may open the phrase: "[measures] to enhance X, and improve Y"
        return tags[i].equals("VERB") && (form(i).equals(form(first)) || form(first).equals("s") && form(i).isEmpty());
    }

    /** "ing", "ed", "s" (the third person: "directs … and [creates]", not the base form "promote") or "". */
    String form(int i) {
        String w = lower[i];
        return w.endsWith("ing") ? "ing" : w.endsWith("ed") ? "ed" : tags[i].equals("VERB") && THIRD_PERSON.matcher(w).matches() ? "s" : "";
    }

    boolean isVerb(int i) {
        return tags[i].equals("VERB") || (tags[i].equals("AUX") && (lower[i].equals("be") || lower[i].equals("have")));
    }

    int find(String token, int from, int to) {
        for (int i = from; i < Math.min(to, size()); i++) {
            if (lower[i].equals(token)) {
                return i;
            }
        }
        return -1;
    }

    /** The last {@code token} at or before {@code from} and after {@code to}, else -1. */
    int findBack(String token, int from, int to) {
        for (int i = Math.min(from, size() - 1); i > Math.max(to, -1); i--) {
            if (lower[i].equals(token)) {
                return i;
            }
        }
        return -1;
    }

    /** The end of the longest phrase of {@code section} that starts at token {@code i}, else {@code i}. */
    int matchAt(Section section, int i) {
        int best = i;
        if (i >= size()) {
            return best;
        }
        for (String[] phrase : BY_FIRST_WORD.get(section).getOrDefault(lower[i], List.of())) {
            best = Math.max(best, matchEnd(phrase, i, best));
        }
        for (String[] phrase : BY_FIRST_WORD.get(section).get(WILDCARD_FIRST)) {
            best = Math.max(best, matchEnd(phrase, i, best));
        }
        return best;
    }

    /** Where {@code phrase} ends when it is written at {@code i} and ends after {@code best}; else {@code best}. */
    private int matchEnd(String[] phrase, int i, int best) {
        if (i + phrase.length > size() || i + phrase.length <= best) {
            return best;
        }
        for (int j = 0; j < phrase.length; j++) {
            String w = lower[i + j];
            boolean same = switch (phrase[j]) {
                case "#" -> w.chars().anyMatch(Character::isDigit);
                case "@" -> MONTHS.contains(w);
                default -> phrase[j].equals(w);
            };
            if (!same) {
                return best;
            }
        }
        return i + phrase.length;
    }

    /** The end of a time phrase that names a year at {@code i} ("in 2027", "in March 2028"), else {@code i}. */
    int yearTimeEnd(int i) {
        int e = matchAt(Section.YEAR_TIME, i);
        if (e == i || i == 0 || !YEAR.matcher(lower[e - 1]).matches()
                || e + 1 < size() && (tags[e].equals("CCONJ") || lower[e].equals("to") || DASHES.contains(lower[e]))
                        && lower[e + 1].chars().anyMatch(Character::isDigit)) {
            return i; // "in 2020 and 2021": a series of years is kept whole
        }
        // after the object ("relations [in 2026]", "conclude it [in 2023]"), or between the verb and its object
        // ("launch [in 2027] a centre"); a bare verb keeps its time ("host in 2027")
        // (or after a name's short form in parentheses: "the banks (MDBs) [in fall 2026]")
        boolean afterObject = Set.of("NOUN", "PROPN", "NUM", "PRON").contains(tags[i - 1]) || lower[i - 1].equals(")");
        boolean beforeObject = e < size() && NOUN_PHRASE_START.contains(tags[e]) && !tags[e].equals("PRON");
        return afterObject || beforeObject ? e : i;
    }

    /**
     * Whether the "(" at {@code i} opens the label of a part of a text: "subsection [(c)]", "section 3[(a)]",
     * "paragraph (b)[(ii)]": a letter, a number or a roman numeral alone, after a reference noun, its number or a label.
     */
    boolean referenceLabel(int i) {
        if (i < 1 || i + 2 >= lower.length || !lower[i].equals("(") || !lower[i + 2].equals(")")
                || !REFERENCE_LABEL.matcher(lower[i + 1]).matches()) {
            return false;
        }
        return REFERENCE_NOUNS.contains(lower[i - 1])
                || i >= 2 && SECTION_NUMBER.matcher(lower[i - 1]).matches() && REFERENCE_NOUNS.contains(lower[i - 2])
                || i >= 3 && lower[i - 1].equals(")") && referenceLabel(i - 3);
    }

    /**
     * The covered text of tokens [from, to), without asides in parentheses, quote marks and line breaks, and
     * with a leading gerund in its base form ("deepening ties" → "deepen ties"), and the gerunds of its series too
     * ("deepening ties and expanding trade" → "deepen ties and expand trade").
     */
    String text(int from, int to, LemmatizerME lemmatizer) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        int last = -1;
        int lastGerund = -1;
        for (int i = from; i < to; i++) {
            if (depth == 0 && shortName[i] > i && shortName[i] < to) {
                if (last >= 0) {
                    out.append(' ');
                }
                out.append(spans[shortName[i] - 1].getCoveredText(text));
                i = shortName[i];
                last = i;
                continue;
            }
            if (depth == 0 && i > from && dashAsideEnd(this, i) > i && dashAsideEnd(this, i) < to) {
                i = dashAsideEnd(this, i); // an aside between dashes, as one in parentheses
                continue;
            }
            if (depth == 0 && i > from && yearTimeEnd(i) > i && yearTimeEnd(i) <= to) {
                i = yearTimeEnd(i) - 1; // "launch [in 2027] a centre": when the act takes place, not what it is
                continue;
            }
            if (depth == 0 && i > from && i + 2 < to && referenceLabel(i)) {
                // "subsection [(c)] of this section": the label names the part referred to, no aside
                if (last >= 0) {
                    out.append(i == last + 1 ? text.substring(spans[last].getEnd(), spans[i].getStart()) : " ");
                }
                out.append(text, spans[i].getStart(), spans[i + 2].getEnd());
                last = i + 2;
                i += 2;
                continue;
            }
            if (lower[i].equals("(")) {
                depth++;
            } else if (lower[i].equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (i > from && isComplementizer(i) && isHeadVerb(i - 1, from) && !PLURAL_NOUN_FORM.matcher(lower[i - 1]).matches()) {
                // (not after a plural noun the tagger read as a verb: "pursue investments [that] are …" keeps its
                // relative pronoun)
                continue; // "ensure that X does Y" reads "ensure X does Y"
            } else if (i > from && lower[i].equals("that") && followsSurePhrase(this, i)) {
                continue; // "make sure that X does Y" reads "make sure X does Y", as "ensure" does
            } else if (i > from && lower[i - 1].equals("to") && i + 1 < to && MANNER_ADVERBS.contains(lower[i])
                    && Set.of("VERB", "NOUN", "AUX").contains(tags[i + 1])) {
                continue; // "to [urgently] address": how soon or how well, not what the act is
            } else if (i > from && i + 1 < to && matchAt(Section.PARTY_POSSESSIVE, i) > i && NOMINAL.contains(tags[i + 1])
                    && !lower[i + 1].equals("own") && !(i - 2 >= from && lower[i - 1].equals("of") && matchAt(Section.SHARE_WORD, i - 2) == i - 1)) {
                continue; // the parties are not part of their action
            } else if (depth == 0) {
                if (last >= 0) {
                    // keep the text's own spacing between neighbours ("U.S.-Japan", "Indonesia's")
                    out.append(i == last + 1 ? text.substring(spans[last].getEnd(), spans[i].getStart()) : " ");
                }
                // the head verb as a gerund: "deepening ties", "jointly identifying projects", "strengthening and applying"
                boolean adverb = tags[from].equals("ADV") || lower[from].endsWith("ly");
                boolean gerund = lemmatizer != null && lower[i].endsWith("ing") && !ING_ADJECTIVES.contains(lower[i])
                        && (i == from && (tags[i].equals("VERB") || i + 1 < to && Set.of("DET", "PRON", "CCONJ").contains(tags[i + 1])
                                // an item that opens with a gerund of joint work, read as a noun: "- [Partnering] on …"
                                || capitalized(i) && lower[i].length() > MIN_GERUND && i + 1 < to && GERUND_PARTNERS.contains(lower[i + 1])
                                || i > 0 && (lower[i - 1].equals("to") || i == from && (lower[i - 1].equals("on") || lower[i - 1].equals("at") || lower[i - 1].equals("with")) || matchAt(Section.ASPECT_VERB, i - 1) == i
                                        || INCLUDES.matcher(lower[i - 1]).matches() && !(i + 1 < to && NOUN_AFTER_INCLUDES.contains(lower[i + 1])))
                                        && lower[i].length() > MIN_GERUND) // "committed to [caring] …", "made commitments on [preventing] …", "aimed at [promoting] …", "tasked with [making] …", "keep [building] on …", "This includes [leveraging] …"
                        || i == from + 1 && adverb
                        || i == from + 2 && lower[from].endsWith("ing") && tags[from + 1].equals("CCONJ"));
                // "strengthening, [diversifying] and securing": a gerund of the series the head opened, read as any word
                boolean ofHeadSeries = lastGerund >= 0 && lower[i].endsWith("ing") && lower[i].length() > MIN_GERUND
                        && onlyGerundsBefore(this, from, i);
                // (not an adjective in -ing: "fighting for X and [hardworking] families")
                if (gerund && i <= from + 2 || lastGerund >= 0 && !describesNoun(this, i)
                        && (ofHeadSeries || isSeriesGerund(i, from, lastGerund))) {
                    lastGerund = i;
                    gerund = true;
                }
                out.append(gerund ? baseForm(lemmatizer, i) : spans[i].getCoveredText(text));
                last = i;
            }
        }
        String phrase = ABBREVIATION.matcher(QUOTES.matcher(withoutTags(out)).replaceAll("")).replaceAll(r -> r.group().replace(".", ""));
        return SPACE_BEFORE_COMMA.matcher(SPACES.matcher(phrase).replaceAll(" ")).replaceAll("").strip();
    }

    /** Quote marks, brackets, emphasis marks and Markdown's escapes ("\#1"); an apostrophe inside a word ("women’s") stays. */
    private static final Pattern QUOTES = Pattern.compile(
            "[\"“”«»\\[\\]*_]|\\\\(?=\\p{Punct}|$)|(?<![\\p{L}\\d])['‘’]|['‘’](?![\\p{L}\\d])");

    /** "U.S." is written "US" in an action: one word, as readers and the token score see it. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.){2,}");

    /**
     * Emphasis marks, a list dash written against its item's first word and a Markdown link's target ("[the
     * Effort](https://…)"): blanked, so offsets hold.
     */
    private static final Pattern MARKUP = Pattern.compile("\\*+|(?<!\\S)-(?=\\p{L})|(?<=\\])\\((?:https?:|mailto:|/)[^\\s()]*\\)?");

    /**
     * Stems that take back their "e": "prioritiz-ed", "cre-at-ed", "redu-c-ed", "prepar-ed" (not "clear-ed"); as a
     * gerund's do ({@link #GERUND_WITH_E}): "determin-ed", "examin-ed", "restor-ed", "increas-ed" (not "maintain-ed").
     */
    private static final Pattern SILENT_E = Pattern.compile("(?i).*(?:iz|is|at|ut|v|c|g|ur|us|bl|pl|ud|id|[^e]ar|[lmfb]in|(?:st|pl|gn|sc)or|[^e]as)");

    /** "governed" → "govern", "prioritized" → "prioritize", "submitted" → "submit", "applied" → "apply". */
    private static String baseOfParticiple(String word) {
        String stem = word.substring(0, word.length() - 2);
        if (stem.endsWith("i")) {
            return stem.substring(0, stem.length() - 1) + "y";
        }
        int n = stem.length();
        if (n >= 4 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lszf".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1);
        }
        return SILENT_E.matcher(stem).matches() ? stem + "e" : stem;
    }

    /**
     * Where the lemmatizer guesses the "e" of a gerund's verb wrongly ("investing" → "investe", "streamlining" →
     * "streamlin", "analyzing" → "analyz"): stems that take it back ("streamlin-", "determin-", "restor-", "explor-", "creat-",
     * "analyz-", "solv-", "welcom-", "prepar-", "compar-"; not "clear-", "appear-") and stems that never do,
     * ending in two consonants or a double vowel and a consonant ("invest-", "mainstream-", "maintain-"), and a few
     * unstressed endings ("combat-", "prohibit-", "interpret-").
     */
    private static final Pattern GERUND_WITH_E = Pattern.compile("(?i)\\p{L}*(?:[lmfb]in|[ng]at|(?:st|pl|gn|sc)or|creat|[ui]at|[rnlp]s|[^z]z|v|com|ven|[^e\\W]ar|dg|sum"
            // the British "-ise" ("normalising" → "normalise", "analysing") and "-ute" ("contributing", "executing")
            + "|\\p{L}{3}[iy]s|(?:ib|ec|it|mp|ll)ut)"); // "pledging" → "pledge", "resumed" → "resume", "effectuated" → "effectuate", "reversing" → "reverse"

    private static final Pattern GERUND_WITHOUT_E = Pattern.compile(
            "(?i)\\p{L}*(?:[^aeiouy\\W][^aeiouyrgcvszlh\\W]|(?:ea|ai|oi|ee|oo|ou|oa)[^aeiouyscvz\\W]|[^aeiou\\W]itor"
            // "combat-", "prohibit-", "inhabit-", "interpret-": an unstressed last syllable the lemmatizer gives an "e"
            + "|mbat|[aeiou]bit|rpret"
            // a double "s" ("pressing", "harnessing", "assessing") never ends on a silent "e"
            + "|ss)");

    /** A verb that says what a pledge holds, before the gerund of its next act: "This includes [mapping] deposits". */
    private static final Pattern INCLUDES = Pattern.compile("includes?|involves?|covers?|entails?|encompass(?:es)?|comprises?");

    /** After "includes", a word in "-ing" before these is a noun: "This includes [funding] for the response". */
    private static final Set<String> NOUN_AFTER_INCLUDES = Set.of("for", "of");

    /** A stem with the British doubled "l" of an unstressed last syllable: "channell", "modell", "signall" ("sell", "dwell" keep it). */
    private static final Pattern BRITISH_DOUBLE_L = Pattern.compile("(?i)\\p{L}{3,}(?<!s|t|w|sh|sp|sm|sw|y|f|qu|dw)ell|\\p{L}*gnall");

    /** Each section's phrases by their first word, so a token is matched only against the phrases it can open. */
    private static final Map<Section, Map<String, List<String[]>>> BY_FIRST_WORD = byFirstWord();

    /** The key of the phrases that open with a number ("#") or a month ("@"), tried at every token. */
    private static final String WILDCARD_FIRST = "";

    /** Adverbs of how soon or how well the parties act, left out inside the action too: "to [urgently] address". */
    private static final Set<String> MANNER_ADVERBS = VOCABULARY.get(Section.MANNER_ADVERB).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> MINERAL_NOUNS = VOCABULARY.get(Section.MINERAL_NOUN).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Plural nouns of a form no base verb has: "investments", "operations", "decisions". */
    private static final Pattern PLURAL_NOUN_FORM = Pattern.compile("\\p{L}{3,}(?:ments|tions|sions)");

    /** The label of a part of a text in parentheses: "(c)", "(2)", "(iv)". */
    private static final Pattern REFERENCE_LABEL = Pattern.compile("[a-z]|\\d{1,3}|[ivx]{1,5}");

    /** A short name defined in parentheses after the long one: "CMAA", "REEs", "PCMDPs". */
    private static final Pattern SHORT_NAME = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]*\\p{Lu}\\p{Ll}?");

    /** Words of a long name its short name skips: "Minerals Security Partnership", "Department of Commerce". */
    private static final Set<String> NAME_LINKS = Set.of("of", "and", "for", "on", "the", "in", "to", "&");

    /** The blank a link's target left before a comma: "the Initiative[](https://…), a grant program". */
    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile(" (?=[,;:])");

    private static Map<Section, Map<String, List<String[]>>> byFirstWord() {
        Map<Section, Map<String, List<String[]>>> index = new EnumMap<>(Section.class);
        VOCABULARY.forEach((section, phrases) -> {
            Map<String, List<String[]>> byWord = new HashMap<>();
            byWord.put(WILDCARD_FIRST, new ArrayList<>());
            for (String[] phrase : phrases) {
                String first = phrase[0].equals("#") || phrase[0].equals("@") ? WILDCARD_FIRST : phrase[0];
                byWord.computeIfAbsent(first, w -> new ArrayList<>()).add(phrase);
            }
            byWord.replaceAll((w, l) -> List.copyOf(l));
            index.put(section, Map.copyOf(byWord));
        });
        return index;
    }
}
