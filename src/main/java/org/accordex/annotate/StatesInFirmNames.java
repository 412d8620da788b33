package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * A state's name inside a firm's: "Norvale Iron Ore Canada Pty. Ltd." and "KVS Denmark" name a firm, the state only as
 * a word of the name (ANNOTATION.md §1: mentions never overlap). The firm's name is the capitalized words before the
 * state, on its line, with the legal form after it; without a legal form, a firm's acronym right before the state
 * ("KVS Denmark") is the name's first word, where the name ends at the state.
 */
final class StatesInFirmNames {
    private static final Pattern LEGAL_FORM_AFTER = Pattern.compile(
            "^(?:,?[ \\t]+(?:" + ContextRules.LEGAL_SUFFIX.pattern() + "))+(?![\\p{L}\\d])");
    /** Up to four capitalized words (or "&") right before, on the state's line: "Norvale Iron Ore ". */
    private static final Pattern NAME_WORDS_BEFORE = Pattern.compile("(?<![\\p{L}\\d.’'-])((?:(?:\\p{Lu}[\\p{L}\\d’'-]*|&)[ \\t]+){1,4})$");
    /**
     * An acronym of capitals right before ("KVS "), or a word with a capital inside, which prose never writes
     * ("KommunalKredit ", "NordMetall ").
     */
    private static final Pattern ACRONYM_BEFORE = Pattern.compile("(?<![\\p{L}\\d.’'-])(\\p{Lu}{2,5}|\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*)[ \\t]+$");
    /**
     * What may follow a firm's name that ends in a state: the end of a phrase, or a word that starts the next one ("KVS
     * Denmark and …", "KVS Denmark will …"); not a noun the state qualifies ("the IEEPA Canada tariffs").
     */
    private static final Pattern NAME_END_AFTER = Pattern.compile("^(?:\\s*[,;:.)]|\\s*$|['’]s\\b|[ \\t]+(?:and|or|with|has|have|had|will"
            + "|would|is|was|signed|said|says|agreed|announced|which|to)\\b)");
    /** Words that open a phrase of prose or a title, never a firm's name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "In", "Of", "For", "With", "And", "To",
            "From", "By", "At", "On", "As", "Its", "Their", "Our", "This", "That", "CEO", "CFO", "COO", "MP", "PM", "VP",
            "EVP", "SVP", "MD", "UK", "US", "USA", "EU", "UN", "TV");
    private static final int LOOK_BACK = 60;

    private StatesInFirmNames() {
    }

    /**
     * {@code known}: whether the dictionaries know a word, which no acronym of a firm is here ("EU Japan"); {@code stateWord}:
     * whether they read a word as a state's name or a demonym, with which no firm's name opens here ("Japanese Norvale …").
     */
    static List<Mention> join(String text, List<Mention> mentions, Predicate<String> known, Predicate<String> stateWord) {
        return join(text, mentions, known, stateWord, name -> false);
    }

    /** As above; {@code knownFirm}: whether the dictionaries know a name, all of it, as a firm's ("Posco"). */
    static List<Mention> join(String text, List<Mention> mentions, Predicate<String> known, Predicate<String> stateWord,
            Predicate<String> knownFirm) {
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention state : mentions) {
            if (state.type() != MentionType.PARTY || !Mention.isStateNorm(state.norm())) {
                continue;
            }
            String before = text.substring(Math.max(0, state.start() - LOOK_BACK), state.start());
            if (state.text().equals(state.text().toUpperCase(Locale.ROOT))) {
                // a state written in capitals is a heading's word, or an abbreviation; after a firm's acronym of its own,
                // the abbreviation names the firm's local arm ("SKI US said …")
                Matcher acronym = ACRONYM_BEFORE.matcher(before);
                if (!STATE_ABBREVIATION.matcher(state.text()).matches() || !acronym.find() || !acronym.group(1).matches("\\p{Lu}{2,5}")
                        || NOT_NAME_WORDS.contains(acronym.group(1)) || known.test(acronym.group(1)) || inCapitalsLine(text, state)
                        || !NAME_END_AFTER.matcher(text.substring(state.end(), Math.min(text.length(), state.end() + 12))).find()) {
                    continue;
                }
                int from = state.start() - before.length() + acronym.start(1);
                out.removeIf(o -> o.start() < state.end() && from < o.end());
                out.add(Mention.of(MentionType.PARTY, text, from, state.end(), text.substring(from, state.end())));
                continue;
            }
            Matcher legal = LEGAL_FORM_AFTER.matcher(text).region(state.end(), Math.min(text.length(), state.end() + 30));
            int start;
            int end;
            if (legal.lookingAt()) {
                Matcher words = NAME_WORDS_BEFORE.matcher(before);
                if (!words.find()) {
                    continue;
                }
                start = state.start() - before.length() + words.start(1);
                // the name opens after any word of prose: "with the Norvale …" keeps "Norvale …"
                String[] parts = words.group(1).strip().split("[ \\t]+");
                int skip = 0;
                while (skip < parts.length && (NOT_NAME_WORDS.contains(parts[skip]) || stateWord.test(parts[skip]))) {
                    start = text.indexOf(parts[skip], start) + parts[skip].length();
                    skip++;
                }
                if (skip == parts.length) {
                    continue; // "Japan Inc." alone, or "The Australia Ltd": no firm's word before the state
                }
                while (Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                end = legal.end();
            } else if (firmRightBefore(text, mentions, state, knownFirm) != null) {
                // a firm the text names, then a state and the phrase's end: "Toyotsu Rare Earths India, a unit of …"
                // names the firm's local arm
                if (!NAME_END_AFTER.matcher(text.substring(state.end(), Math.min(text.length(), state.end() + 12))).find()) {
                    continue;
                }
                start = firmRightBefore(text, mentions, state, knownFirm).start();
                end = state.end();
            } else {
                Matcher acronym = ACRONYM_BEFORE.matcher(before);
                if (!acronym.find() || NOT_NAME_WORDS.contains(acronym.group(1)) || known.test(acronym.group(1))
                        || !NAME_END_AFTER.matcher(text.substring(state.end(), Math.min(text.length(), state.end() + 12))).find()) {
                    continue;
                }
                start = state.start() - before.length() + acronym.start(1);
                end = state.end();
            }
            int from = start;
            int to = end;
            if (out.stream().anyMatch(o -> o != state && o.type() == MentionType.PARTY && o.start() < from && from < o.end())) {
                continue; // the words before end another party's name
            }
            out.removeIf(o -> o.start() < to && from < o.end());
            out.add(Mention.of(MentionType.PARTY, text, from, to, text.substring(from, to).replaceAll("\\s+", " ")));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** A state's abbreviation a firm's local arm is named with: "US", "UK". */
    private static final Pattern STATE_ABBREVIATION = Pattern.compile("US|UK|USA");

    /** Whether the state's line is written all in capitals: a heading. */
    private static boolean inCapitalsLine(String text, Mention state) {
        int from = text.lastIndexOf('\n', state.start()) + 1;
        int to = text.indexOf('\n', state.end());
        String line = text.substring(from, to < 0 ? text.length() : to);
        return line.equals(line.toUpperCase(Locale.ROOT));
    }

    /**
     * A firm's name (a party that is no state) that ends one space before the state: "Toyotsu Rare Earths [India]", or a
     * firm the dictionaries know by that name: "Posco [Argentina]".
     */
    private static Mention firmRightBefore(String text, List<Mention> mentions, Mention state, Predicate<String> knownFirm) {
        for (Mention m : mentions) {
            // the place one space before the state first: it rules out nearly every mention without a pattern
            if (state.start() - m.end() == 1 && m.type() == MentionType.PARTY && !Mention.isStateNorm(m.norm())
                    && text.charAt(m.end()) == ' '
                    && (FIRM_WORD_END.matcher(m.text()).find() || knownFirm.test(m.text()))) {
                return m;
            }
        }
        return null;
    }

    /** The last word of a firm's name, not of a public body's: "… Rare Earths", "… Materials", "… Metals". */
    private static final Pattern FIRM_WORD_END = Pattern.compile(
            "\\b(?:Earths|Materials|Metals|Mining|Minerals|Resources|Elements|Tsusho|Corp|Group|Holdings|Industries|Motor|Motors|Electric|Energy|Chemicals?"
                    + "|Lithium|Graphite|Cobalt|Nickel|Copper|Steel|Magnets|Batteries)\\.?$");
}
