package org.accordex.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.MentionType;

/**
 * Companies named in a list beside a company the dictionaries know: in "Westinghouse, Kiewit and Fujikura will
 * invest" the names no finder knows are companies too. Fact sheets and deal announcements list the firms that buy,
 * sell or invest this way, and no dictionary can hold them all.
 *
 * <p>A list counts only when every item is a name (capitalized words, an optional legal suffix), at least one item
 * is a known company and no item is a state, a mineral, an instrument or a deadline.
 */
final class CompanyLists {
    private static final String WORD = "(?:\\p{Lu}[\\p{L}\\d&.'’-]*(?<!\\p{Ll}{2}\\.)|\\d[\\p{L}\\d-]*\\p{L}[\\p{L}\\d-]*)";
    private static final String SUFFIX = "(?:,?\\s+(?:Inc\\.|Inc|LLC|L\\.L\\.C\\.|Ltd\\.|Ltd|Corp\\.|Corp|plc|PLC|AG|SE|S\\.A\\.|N\\.V\\.))?";
    private static final String NAME = WORD + "(?:\\s+(?:&\\s+)?" + WORD + "){0,3}" + SUFFIX;
    private static final String SEPARATOR = "(?:\\s*[,;]\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+)";
    private static final Pattern LIST = Pattern.compile("(?<![\\p{L}\\d])" + NAME + "(?:" + SEPARATOR + NAME + ")+");
    private static final Pattern ITEM = Pattern.compile(NAME);
    /** A capitalized word and a name's inner function word right before: "Foundation for ", "Bank of ". */
    private static final Pattern NAME_GOES_ON_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.&-]*\\s+(?:for|of|on|de|du|da)\\s+(?:the\\s+)?$");

    /** Words that open a phrase, a title or a date rather than a company's name. */
    private static final Set<String> NOT_NAME_START = Set.of("The", "A", "An", "This", "These", "Those", "That",
            "In", "On", "For", "With", "By", "At", "As", "And", "Or", "Under", "From", "To", "Of", "If", "When",
            "While", "Section", "Sec.", "Article", "Annex", "Chapter", "Part", "Joint", "Statement", "Fact", "Sheet",
            "President", "Prime", "Minister", "Secretary", "Ministry", "Department", "Office", "Mr.", "Ms.", "Mrs.",
            "Dr.", "Mr", "Ms", "Mrs", "Dr", "Chairman", "Chair", "CEO", "Governor", "Ambassador", "Senator",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Phase", "Tier", "Critical", "Strategic", "Rare", "Federal", "National", "State", "Government",
            "Participants", "Parties", "Party", "Americans", "Today", "Together", "Also", "However", "Meanwhile",
            "Finally", "Further", "Furthermore", "Moreover", "Additionally", "Separately", "Similarly", "Likewise",
            // states and provinces where plants are built, listed beside the companies that build them
            "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
            "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
            "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New",
            "North", "South", "West", "East", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode", "Tennessee",
            "Texas", "Utah", "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming", "Ontario", "Quebec",
            "Alberta", "Manitoba", "Saskatchewan", "Queensland", "Victoria", "Tasmania");
    /** Words of people's titles: a list that holds one names people and their employers. */
    private static final Pattern PEOPLE = Pattern.compile("\\b(?:President|Vice|Chair|Chairman|Chairwoman|Chairperson"
            + "|CEO|Chief|Officer|Director|Secretary|Minister|Founder|Co-Founder|Partner|Senior|Executive|Manager|Head"
            + "|Member|Governor|Ambassador|Senator|Representative|Mr|Ms|Mrs|Dr|Prof)\\b");
    /** Kinds of known names a list of companies may also hold: other companies and bodies ("DFC, EXIM and Kiewit"). */
    private static final Set<String> LIST_KINDS = Set.of("company", "body", "intl", "agency");

    private CompanyLists() {
    }

    /** The unknown names of lists in {@code text[from, to)} that hold a known company, as company candidates. */
    static List<Candidate> find(String text, int from, int to, List<Candidate> known) {
        if (known.stream().noneMatch(CompanyLists::isKnownCompany)) {
            return List.of(); // no list can hold a known company: no need to look for lists
        }
        List<Candidate> found = new ArrayList<>();
        Matcher list = LIST.matcher(text).region(from, to);
        while (list.find()) {
            List<int[]> items = new ArrayList<>();
            Matcher item = ITEM.matcher(text).region(list.start(), list.end());
            boolean wellFormed = true;
            while (item.find()) {
                // items follow each other with a separator; a name split in two is no list of names
                wellFormed &= items.isEmpty() || !text.substring(items.get(items.size() - 1)[1], item.start()).isBlank();
                items.add(new int[] {item.start(), item.end()});
            }
            if (!wellFormed || items.stream().anyMatch(i -> PEOPLE.matcher(text.substring(i[0], i[1])).find())) {
                continue; // "Brad Smith, President, Microsoft": a person's byline, not a list of companies
            }
            boolean hasCompany = false;
            boolean other = false;
            List<int[]> unknown = new ArrayList<>();
            for (int[] span : items) {
                int ownerEnd = ownerEnd(text, span);
                List<Candidate> inside = known.stream().filter(k -> k.start() < span[1] && span[0] < k.end()
                        && !(k.end() <= ownerEnd && OWNER_KINDS.contains(k.kind()))).toList();
                if (inside.isEmpty()) {
                    unknown.add(span);
                } else if (inside.stream().allMatch(k -> k.type() == MentionType.PARTY && LIST_KINDS.contains(k.kind()))) {
                    hasCompany |= inside.stream().anyMatch(CompanyLists::isKnownCompany);
                } else {
                    other = true;
                }
            }
            if (!hasCompany || other) {
                continue;
            }
            for (int[] span : unknown) {
                if (span[0] == items.get(0)[0] && NAME_GOES_ON_BEFORE.matcher(text.substring(Math.max(from, span[0] - 40), span[0])).find()) {
                    continue; // "Cherie Blair Foundation for |Women, and Cisco": the last words of a name before the list
                }
                if (isName(text, from, span[0], span[1])) {
                    found.add(new Candidate(MentionType.PARTY, span[0], span[1], text.substring(span[0], span[1]),
                            "company", Candidate.Source.RULE));
                }
            }
        }
        return found;
    }

    /** Where a state that owns the item's company ends: "Saudi Arabia's " of "Saudi Arabia's Ma'aden"; the item's start if none. */
    private static int ownerEnd(String text, int[] item) {
        Matcher owner = OWNER.matcher(text).region(item[0], item[1]);
        return owner.lookingAt() ? owner.end() : item[0];
    }

    private static final Set<String> OWNER_KINDS = Set.of("state", "official", "abbrev", "demonym");
    private static final Pattern OWNER = Pattern.compile("(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*['’]s\\s+(?=\\p{Lu})");

    /** Whether {@code word} opens a phrase, a title, a date or a place rather than a company's name. */
    static boolean isPlaceOrTitleWord(String word) {
        return NOT_NAME_START.contains(word);
    }

    /** A company a dictionary knows: the suffix rule's guesses ("Raw Materials") are no evidence of a list of companies. */
    private static boolean isKnownCompany(Candidate known) {
        return known.kind().equals("company") && known.source() == Candidate.Source.DICTIONARY;
    }

    private static boolean isName(String text, int sentenceStart, int start, int end) {
        String name = text.substring(start, end);
        String[] words = name.split("\\s+");
        // "Halvard Resource Partners" beside known firms is a firm; "Supply Chain Partners" stays a slogan
        String slogan = words.length > 1 && words[words.length - 1].equals("Partners")
                ? name.substring(0, name.lastIndexOf(' ')) : name;
        // "visits to the Middle East, Boeing …": a region beside a firm is where it sells, no firm
        if (NOT_NAME_START.contains(words[0]) || ContextRules.isSloganWord(slogan) || Regions.is(name)) {
            return false;
        }
        if (SubnationalGovernments.isPossessive(name) || ContextRules.endsInPlaceHead(name)) {
            // "Halden and Jujuy's mining firm": the province owns the firm named after it; "a loan for Cold Ridge; Halden
            // wins …": a project's site beside a firm
            return false;
        }
        boolean sentenceInitial = text.substring(sentenceStart, start).replaceAll("[\\s*#\\-•–—(\"“]", "").isEmpty();
        if (sentenceInitial && words.length == 1) {
            return false; // "Meanwhile, Toyota and Honda …": a capitalized first word is weak evidence of a name
        }
        return !(name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 6); // an upper-case heading
    }
}
