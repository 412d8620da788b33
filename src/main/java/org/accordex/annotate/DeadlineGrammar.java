package org.accordex.annotate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.commitments.DataLines;
import org.accordex.ingest.DateExpressions;
import org.accordex.model.MentionType;
import org.accordex.nlp.LeadWordSearch;

/**
 * Deadlines: time expressions that bound when something is to be done, normalized to ISO 8601.
 *
 * <ul>
 *   <li>relative bounds: "within six (6) months" → P6M, "over the next decade" → P10Y, "in the next 90 days" → P90D,
 *       "no later than 270 days after the date of this order" → P270D, "within a time frame of 7 years" → P7Y,
 *       "within the second time frame of 5 years" → P5Y, "in a period not exceeding six months" → P6M;
 *   <li>absolute bounds: "by 2030" → 2030, "by the end of 2025" → 2025-12-31, "by end-2027" → 2027-12-31,
 *       "no later than 30 June 2026" → 2026-06-30, "until November 10, 2026" → 2026-11-10, "by March 2027" → 2027-03,
 *       "by mid-2026" → 2026-06-30, "during the last two months of 2025" → 2025-11/2025-12,
 *       "at the latest on 30 June 2027" → 2027-06-30;
 *   <li>money spread over time: "$1.5 billion over seven years" → P7Y;
 *   <li>"by the end of the year" / "this year" / "next year" / "by year end" / "by the end of the decade" / "by next
 *       March" / "in the first half of next year" / "in the next calendar year" / "by the end of the fiscal year" (the
 *       running one, for the government concerned), from the document date (skipped when it is unknown).
 * </ul>
 * Not deadlines: "in 2010", "last year", "on Tuesday", "60 days after entry into force", "in the coming months":
 * none has a bounding preposition with a number or a date; nor "no later than 60 days before the term ends", counted
 * back from an event.
 */
public final class DeadlineGrammar {
    private static final String NUMBER_WORD = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|hundred)";
    private static final String NUMBER = "(?<num>\\d{1,4}|" + NUMBER_WORD + "(?:[- ]" + NUMBER_WORD + "|\\s+and\\s+"
            + NUMBER_WORD + ")*)(?<half>\\s+and\\s+a\\s+half)?(?:\\s*\\(\\d{1,4}\\))?";
    /**
     * Hours bound short acts too ("must prepay the royalty within 48 hours"); "within hours" names no amount of time.
     * Business, calendar and working days ("no later than 20 working days") are counted as days.
     */
    private static final String UNIT = "(?<unit>(?:business\\s+|calendar\\s+|working\\s+)?days?|weeks?|months?|quarters?|(?:fiscal\\s+|calendar\\s+)?years?|decades?"
            + "|hours?)";

    /**
     * A number that bad extraction ran into the word before it ("within20 days", "in a period not exceedingsix months"):
     * read as if a space stood between them, after the words that lead an amount of time only.
     */
    private static final String GLUED_NUMBER = "(?<=within|exceeding|than)(?=(?:\\d{1,4}|" + NUMBER_WORD + ")[\\s(])";

    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:within(?:\\s+the\\s+next|\\s+the\\s+coming|\\s+the\\s+(?<first>first)|\\s+(?:a|the)\\s+(?:(?:first|second|third|further)\\s+)?(?:period|time\\s*frame)\\s+of)?|in\\s+the\\s+(?:next|coming)"
                    + "|(?:within|in)\\s+a\\s+period\\s+(?:not\\s+exceeding|not\\s+to\\s+exceed|of\\s+not\\s+more\\s+than)"
                    + "|over\\s+(?:the\\s+(?:next|coming)|a\\s+period\\s+of)|during\\s+the\\s+next|for\\s+the\\s+next"
                    + "|(?:no|not)\\s+later\\s+than)"
                    + "(?:\\s+|" + GLUED_NUMBER + ")(?:" + NUMBER + "\\s+)?" + UNIT + "\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "no later than 60 days before the term ends", "within 30 days prior to the hearing": an amount of time counted back
     * from an event to come, not forward from the document's date, which no duration can say.
     */
    private static final Pattern COUNTED_BACK = Pattern.compile("(?i)\\s+(?:before|prior\\s+to|preceding)\\b");

    /**
     * "will report on the actions in 90 days": "in" and an amount of time bound what the clause says is to be done; after
     * a past act ("created 8 million jobs in 16 months") it says how long something took, and is no deadline.
     */
    private static final Pattern IN_SPAN = Pattern.compile("\\bin\\s+(?!an?\\s)" + NUMBER + "\\s+(?<unit>(?-i:days?|weeks?|months?))\\b"
            + "(?!\\s+(?:than|of|ago|after|before|from|since|earlier|later)\\b)", Pattern.CASE_INSENSITIVE);
    /**
     * "will build a cathode plant in five years": years too, where no rank or record comes a few words before ("the highest
     * level in five years", "the first federal law on mining in 30 years" say since when, not by when).
     */
    private static final Pattern IN_YEARS = Pattern.compile("\\bin\\s+(?!an?\\s)" + NUMBER + "\\s+(?<unit>(?-i:years?))\\b"
            + "(?!\\s+(?:than|of|ago|after|before|from|since|earlier|later|old)\\b)", Pattern.CASE_INSENSITIVE);
    private static final LeadWordSearch IN_YEARS_SEARCH = new LeadWordSearch(IN_YEARS);
    private static final Pattern RANK_BEFORE = Pattern.compile("(?i)\\b(?:first|last|highest|lowest|largest|biggest|best|worst"
            + "|fastest|slowest|strongest|weakest|most|least|times?|record|high|low|ever|once)\\b(?:\\W+\\p{L}+){0,6}\\W*$");
    /** How far back a future word is sought in the clause. */
    private static final int IN_SPAN_LOOKBACK = 160;
    private static final LeadWordSearch IN_SPAN_SEARCH = new LeadWordSearch(IN_SPAN);
    /**
     * "$1.5 billion over seven years": an amount of money spread over an amount of time is to be spent within it, as
     * "over the next seven years" is. Without the money, "over five years" is as often "more than five years" ("for over
     * five years", "over ten years ago"), and is left alone.
     */
    private static final Pattern OVER_SPAN = Pattern.compile("\\bover\\s+" + NUMBER + "\\s+(?<unit>years?|months?)\\b"
            + "(?!\\s+(?:ago|old|of)\\b)", Pattern.CASE_INSENSITIVE);
    private static final LeadWordSearch OVER_SPAN_SEARCH = new LeadWordSearch(OVER_SPAN);
    /**
     * An amount of money just before: "$3.8 billion", "A$200 million", "CAD 1.5 billion", "INR 200 crore", "€2bn",
     * "¥1 trillion", "500 million euros", "$40 million in new funding", "$500 million of its own funding".
     */
    private static final Pattern MONEY_BEFORE = Pattern.compile("(?:(?:[$€£¥]|\\b(?:US|A|C|NZ|S)\\$"
            + "|\\b(?:USD|EUR|AUD|CAD|GBP|JPY|KRW|INR|BRL|CHF|NZD|SGD|CNY|ZAR)\\s?)\\s?\\d[\\d.,]*"
            + "(?:\\s*(?:million|billion|trillion|crore|lakh|bn|mn|m|b)\\b)?"
            + "|\\b\\d[\\d.,]*\\s*(?:million|billion|trillion)?\\s*(?:dollars|euros|yen|rupees|pounds))"
            + "(?:\\s+(?:in|of)\\s+(?:new\\s+|(?:its|their)\\s+own\\s+)?(?:funding|financing|investment|spending)"
            // what the money buys or whom it goes with, a few words of letters: "$150 billion of chips and aircraft over
            // five years", "$100 billion with US companies over three years"; not what it adds to or saves ("$100
            // billion to deficits", "$2 billion in costs": an effect)
            + "|\\s+(?:of|in|with|for)\\s+(?!(?:[\\p{L}’'-]+\\s+){0,4}?(?:deficits?|debt|costs?|savings|losses|emissions|prices)\\b)"
            + "(?:[\\p{L}’'-]+\\s+){0,4}[\\p{L}’'-]+)?\\s+$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A sum that measures an effect or a cost, not money to be spent: "reduces the deficit by $3 trillion over 10
     * years", "saves developers $1.9 billion over 20 years", "at a cost of $19 billion over ten years".
     */
    private static final Pattern EFFECT_BEFORE_MONEY = Pattern.compile("(?i)(?:\\b(?:by|savings\\s+of|costs?|cost\\s+of)"
            + "|\\bsav(?:e|es|ing)(?:\\s+\\p{L}+){0,3})\\s+(?:(?:about|approximately|roughly|nearly|almost|an\\s+estimated"
            + "|more\\s+than|up\\s+to)\\s+)?$");
    private static final String YEAR = "(?:19|20)\\d{2}";
    /** A month written out without its year ("by the end of June"): the next such month from the document date. */
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String FULL_MONTH = String.join("|", MONTHS);
    /** "by Monday, October 13, 2025": the day of the week before a date. */
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /**
     * The start of a range before "through" or "until": "May 5 through May 11, 2024", "from 2025 through 2030",
     * "January 1, 2004, through December 31, 2008". The range says when something happens, not by when.
     */
    private static final Pattern RANGE_START_BEFORE = Pattern.compile("(?:\\b(?:19|20)\\d{2}|\\b(?:" + FULL_MONTH
            + ")(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|\\bFY\\s*\\d{2,4})\\s*,?\\s*$");
    private static final Pattern RANGE_LEAD = Pattern.compile("(?i)through|until|till");
    /**
     * A narrative's "By March, an offtake deal had emerged": a sentence that opens on "By <time>," and goes on in the
     * past with no word of what is to come says by when something happened, not by when it is to be done.
     */
    private static final Pattern OPENING_LEAD = Pattern.compile("(?i)by");
    private static final Pattern BEFORE_OPENING = Pattern.compile("^[\\s\\p{Punct}•–—-]*$");
    /** The capitalized word of a name just before: "Waste" of "Zero Waste by 2040 Programme". */
    private static final Pattern CAPITALIZED_WORD_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}-]*\\s+$");
    /**
     * "Net Zero by 2050: A Roadmap for the Global Energy Sector": a title whose subtitle after a colon is a plan's or a
     * report's name; its year names the title.
     */
    private static final Pattern SUBTITLE_AFTER = Pattern.compile(":\\s+(?:(?:A|An|The)\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,4}?"
            + "(?:Roadmaps?|Strateg(?:y|ies)|Plans?|Pathways?|Agenda|Programmes?|Programs?|Frameworks?|Blueprints?|Reports?|Outlook)\\b");
    private static final Pattern FUTURE_WORD = Pattern.compile("(?i)\\b(?:will|shall|would|should|must|can|could|may"
            + "|might|to(?!\\s+(?:a|an|the|its|their|his|her|our|this|these|those|date|(?-i:\\p{Lu})\\S*|\\d\\S*)\\b)|aims?|plans?|intends?|expects?|expected|targets?|goals?|needs?|going)\\b");
    private static final Pattern PASSIVE_PARTICIPLE = Pattern.compile("(?i)\\bbe\\s+(?:\\p{L}+ly\\s+)?\\p{L}{3,}ed\\b");
    /** A participle after an article or a possessive describes a noun ("publish an updated list", "an estimated 20 million"). */
    private static final Pattern ATTRIBUTIVE_PARTICIPLE = Pattern.compile("(?i)\\b(?:a|an|the|its|their|our|his|her|new)\\s+\\p{L}{3,}ed\\b");
    private static final Pattern PAST_WORD = Pattern.compile("(?i)\\b(?:had|was|were|did|\\p{L}{3,}ed)\\b");
    /**
     * A range whose start is an event, not a date: "the period from the date of entry into force of this Agreement
     * through the end of the calendar year", "from the date of its signature until 31 December". It defines a period.
     */
    private static final Pattern EVENT_RANGE_START_BEFORE = Pattern.compile(
            "(?i)(?:\\bperiods?\\s+(?:beginning\\s+|starting\\s+)?from|\\bfrom\\s+the\\s+date\\s+of)\\b[^.;]{0,120}$");
    /**
     * The text itself said to last until a date: "This Memorandum will remain in effect until January 19, 2029", "the
     * present Arrangement shall continue in force until …". Its term bounds no act of a party.
     */
    private static final Pattern TEXT_TERM_BEFORE = Pattern.compile("(?i)\\b(?:this|the\\s+present)\\s+(?:memorandum|agreement"
            + "|framework|arrangement|declaration|mou|protocol|treaty|accord|instrument|charter|letter|exchange\\s+of\\s+notes)"
            + "\\b[^.;:]{0,80}?\\b(?:(?:remain|remains|continue|continues|stay|stays|be|is)\\s+(?:in\\s+(?:full\\s+)?(?:force|effect"
            + "|operation)|valid|effective|operative)|apply|applies|last|lasts)\\s*,?\\s*$");
    private static final Pattern UNTIL_LEAD = Pattern.compile("(?i)until|till");
    private static final String QUARTER = "(?:the\\s+)?(?<quarter>first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+of\\s+"
            + "(?<qyear>" + YEAR + ")|Q(?<qn>[1-4])\\s+(?<qyear2>" + YEAR + ")";
    private static final Pattern ABSOLUTE = Pattern.compile(
            "\\b(?<lead>by|before|no\\s+later\\s+than|not\\s+later\\s+than|until|till|through|by\\s+no[t]?\\s+later\\s+than|prior\\s+to"
                    + "|at\\s+the\\s+latest\\s+(?:on|by|in))\\s+"
                    + "(?:" + WEEKDAY + ",?\\s+(?=" + DateExpressions.MONTH + "\\s+\\d))?"
                    + "(?:(?<end>(?:the\\s+)?(?:end|close)\\s+of\\s+(?:the\\s+)?|end[- ]|year[- ]end\\s+)?)"
                    + "(?:" + DateExpressions.DATE
                    + "|(?<mid>mid-?)\\s*(?<midyear>" + YEAR + ")"
                    + "|" + QUARTER
                    + "|(?<month>" + DateExpressions.MONTH + ")\\s+(?:of\\s+)?(?<monthyear>" + YEAR + ")"
                    + "|(?-i:(?<nmonth>" + FULL_MONTH + "))\\s+of\\s+(?<nyear>this|next)\\s+year"
                    + "|(?-i:(?<bmonth>" + FULL_MONTH + "))(?!\\s*,?\\s*\\d|\\s+of\\s+\\d)"
                    + "|(?:the\\s+year\\s+|(?:the\\s+)?calendar\\s+year\\s+)?(?<year>" + YEAR + ")(?![\\d%]|\\s*(?:percent|per\\s+cent|(?:metric\\s+)?tonnes|tons|units|barrels|MW|GW|jobs"
                    + "|people|workers|hectares|kilometers|km|miles|vehicles|cars)\\b)"
                    + "|(?<relyear>(?:this|the|next)\\s+(?:calendar\\s+)?year)" // a fiscal one: RUNNING_FISCAL_YEAR
                    // "by the end of the month": the document's month, only after "end of" ("paid by the month" is a rate)
                    + "|(?<relmonth>(?:this|next)\\s+month|(?<=\\b(?:end|close)\\s{1,3}of\\s{1,3}the\\s{1,3})month)"
                    + "|(?<decade>(?:this\\s+)?decade)"
                    + "|next\\s+(?-i:(?<xmonth>" + FULL_MONTH + "))"
                    + "|(?<yearend>(?:the\\s+)?year[- ]?end)(?!\\s*[-–]?\\s*(?:19|20)\\d{2}))\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Fiscal years: "by FY 2027", "in fiscal year 2026", "in fiscal 2025", "by the end of FY2028", "during FY 2026-27".
     * The norm is the fiscal year's last day for the government concerned ({@link FiscalYears}).
     */
    private static final Pattern FISCAL_YEAR = Pattern.compile(
            "\\b(?<lead>by|before|no\\s+later\\s+than|not\\s+later\\s+than|until|till|through|in|during|within)\\s+"
                    + "(?:(?:the\\s+)?(?:end|close)\\s+of\\s+)?(?<the>the\\s+)?(?:(?:[\\p{L}.]+['’]s|Japanese|Indian|British"
                    + "|Australian|American|U\\.S\\.|US|federal|government|national)\\s+)?"
                    + "(?:(?-i:FY)|fiscal\\s+year|financial\\s+year|fiscal(?=\\s+(?:19|20)\\d{2}\\b))\\s*(?:\\((?-i:FY)\\)\\s*)?['’]?"
                    + "(?<fy>(?:19|20)\\d{2}|\\d{2})(?:\\s*[-–/]\\s*(?<fy2>(?:19|20)?\\d{2}))?(?![\\d%])\\b",
            Pattern.CASE_INSENSITIVE);
    /** "by the next fiscal year": the one after the fiscal year the document was written in, for the government concerned. */
    private static final Pattern NEXT_FISCAL_YEAR = Pattern.compile(
            "\\b(?<lead>by|before|no\\s+later\\s+than|not\\s+later\\s+than|until|in|during)\\s+(?:(?:the\\s+)?(?:end|close)\\s+of\\s+)?"
                    + "(?:the\\s+)?next\\s+(?:fiscal|financial)\\s+year\\b(?!\\s*(?:19|20)\\d{2})",
            Pattern.CASE_INSENSITIVE);
    private static final LeadWordSearch NEXT_FISCAL_YEAR_SEARCH = new LeadWordSearch(NEXT_FISCAL_YEAR);
    /**
     * "by the end of the fiscal year", "before the end of this financial year", "during the current fiscal year": the
     * fiscal year the document was written in, for the government concerned. A bare "the" counts only with the year's
     * end ("in the fiscal year" is any year); a year its own words define ("the fiscal year ending …", "the fiscal year in
     * which …", "the fiscal year of the award") is no year of the document's.
     */
    private static final Pattern RUNNING_FISCAL_YEAR = Pattern.compile(
            "\\b(?<lead>by|before|no\\s+later\\s+than|not\\s+later\\s+than|until|through|in|during)\\s+"
                    + "(?:(?<end>(?:the\\s+)?(?:end|close))\\s+of\\s+)?(?<which>the\\s+current|the\\s+present|this|the)\\s+"
                    + "(?:fiscal|financial)\\s+year\\b(?!\\s*(?:\\((?-i:FY)\\)\\s*)?['’]?\\d)",
            Pattern.CASE_INSENSITIVE);
    /** Words after "the fiscal year" that say which one it is ("the fiscal year ending …", "in which …", "of the award"). */
    private static final Pattern DEFINED_AFTER = Pattern.compile("(?i)^\\s+(?:ending|beginning|starting|in\\s+which|for\\s+which"
            + "|that|when|after|following|of)\\b");
    private static final LeadWordSearch RUNNING_FISCAL_YEAR_SEARCH = new LeadWordSearch(RUNNING_FISCAL_YEAR);
    /**
     * "one week before the end of the fiscal year", "days left before the end of the fiscal year": an amount of time
     * counted back from it says when, not by when.
     */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?i)\\b(?:days?|weeks?|months?)(?:\\s+left)?\\s+$");

    /**
     * A fiscal year written as a split year without "FY": "by 2030-31", "in 2027–28". Two consecutive years after a
     * bounding word name one fiscal year, not a span ("from 2025-30" is none: its years are not consecutive).
     */
    private static final Pattern SPLIT_YEAR = Pattern.compile(
            "\\b(?<lead>by|before|until|till|in|during)\\s+(?:(?:the\\s+)?(?:end|close)\\s+of\\s+)?"
                    + "(?<fy>(?:19|20)\\d{2})\\s*[-–]\\s*(?<fy2>\\d{2})(?![\\d%]|[-–]\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final LeadWordSearch SPLIT_YEAR_SEARCH = new LeadWordSearch(SPLIT_YEAR);

    /** Whether the text bounds an act by a split year ("by 2030-31"), and so counts in some government's fiscal years. */
    static boolean hasSplitYear(String text) {
        return looksLikeSplitYear(text) && SPLIT_YEAR_SEARCH.in(text, text.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether a year of 19xx or 20xx, a dash and two digits are written somewhere, spaces allowed around the dash:
     * what every split year has, checked before the pattern is tried at each of the text's many "in"s and "by"s.
     */
    private static boolean looksLikeSplitYear(String text) {
        for (int i = 4; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c != '-' && c != '–') {
                continue;
            }
            int before = i - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            int after = i + 1;
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            if (before >= 3 && isCentury(text, before - 3) && isDigit(text, before - 1) && isDigit(text, before)
                    && isDigit(text, after) && isDigit(text, after + 1) && !isDigit(text, after + 2)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun follows a year ending at {@code end}: the year then names a thing of that year ({@link #NOUN_AFTER}). */
    private static boolean nounFollows(String sentence, int end) {
        return NOUN_AFTER.matcher(sentence.substring(end, Math.min(sentence.length(), end + 40))).find();
    }

    /** Adds a fiscal year in place of the plainer deadlines it covers. */
    private static void replaceOverlapped(List<Candidate> found, Candidate year) {
        found.removeIf(c -> c.start() < year.end() && year.start() < c.end());
        found.add(year);
    }

    private static boolean isCentury(String text, int at) {
        return text.startsWith("19", at) || text.startsWith("20", at);
    }

    private static boolean isDigit(String text, int at) {
        return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
    }
    /**
     * "in the FY 2023 President's Budget", "in the FY22 NDAA": a fiscal year after "the" and before a noun names a
     * budget or a law of that year, not a time by which something is done. A word of function after the year ("in the
     * fiscal year 2027, the agency …", "during the FY 2026 to …") leaves the year a time.
     */
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+(?!(?:and|or|to|through|when|as|at|for|if|with|the"
            + "|a|an|by|in|on|of|that|which|who|will|shall|would|should|must|may|can|is|are|was|were|has|have|had|be|it|we"
            + "|they|from|until|unless|after|before|ends?|ending|begins?|beginning)\\b)[\\p{L}]");

    /** The patterns searched only where their first words start. */
    private static final LeadWordSearch RELATIVE_SEARCH =
            new LeadWordSearch(RELATIVE);
    private static final LeadWordSearch ABSOLUTE_SEARCH =
            new LeadWordSearch(ABSOLUTE);
    private static final LeadWordSearch FISCAL_YEAR_SEARCH = new LeadWordSearch(FISCAL_YEAR);

    /**
     * A half, quarter or season of a year ({@code parts-of-year.txt}): "in the first half of 2026", "by the fall of 2026",
     * "during the third quarter of 2027", "by spring 2027". "in" and "during" count before a half or a quarter, as with a
     * fiscal year (a season after "in" says when, as a month does): a
     * part of a year to come is a period the work is to be done in, where the clause says what is to come ("will be
     * delivered in the first half of 2022"; "sales fell in the second quarter of 2025" is none); "starting in the fourth
     * quarter of 2025" says when it begins, and is left alone. "by the first quarter of 2026" alone stays with the absolute bounds.
     */
    private static final Map<String, Integer> PART_OF_YEAR_ENDS = DataLines.of(DeadlineGrammar.class, "parts-of-year.txt")
            .stream().map(line -> line.split("\t"))
            .flatMap(cols -> java.util.Arrays.stream(cols[0].strip().split("\\|"))
                    .map(words -> Map.entry(words.strip().toLowerCase(Locale.ROOT), Integer.parseInt(cols[1].strip()))))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    /** The parts of a year that are deadlines only after a bounding word: seasons. */
    private static final java.util.Set<String> BOUND_ONLY_PARTS = DataLines.of(DeadlineGrammar.class, "parts-of-year.txt")
            .stream().map(line -> line.split("\t")).filter(cols -> cols.length > 2 && cols[2].strip().equals("bound-only"))
            .flatMap(cols -> java.util.Arrays.stream(cols[0].strip().split("\\|")).map(w -> w.strip().toLowerCase(Locale.ROOT)))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern PART_OF_YEAR = Pattern.compile(
            "\\b(?<lead>by|before|in|during|within|no\\s+later\\s+than|not\\s+later\\s+than"
                    + "|by\\s+no[t]?\\s+later\\s+than)\\s+(?:(?:the\\s+)?(?:end|close)\\s+of\\s+)?(?:the\\s+)?(?<part>"
                    + PART_OF_YEAR_ENDS.keySet().stream().sorted((a, b) -> b.length() - a.length())
                            .map(w -> w.replace(" ", "\\s+")).collect(java.util.stream.Collectors.joining("|"))
                    + ")(?:\\s+of)?(?:(?:\\s+|-)(?<pyear>" + YEAR + ")(?![\\d%/–-])|\\s+(?<prel>this|next|the)\\s+year)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD_LEAD = Pattern.compile("(?i)in|during|within");
    private static final LeadWordSearch PART_OF_YEAR_SEARCH = new LeadWordSearch(PART_OF_YEAR);
    /** "starting in the fourth quarter of 2025", "beginning in the spring of 2026": when it begins, not by when. */
    private static final Pattern START_BEFORE = Pattern.compile("(?i)\\b(?:start(?:s|ing|ed)?|begin(?:s|ning)?|began|from"
            + "|commenc(?:e|es|ing)|as\\s+(?:early|soon)\\s+as|since|launch(?:es|ing)?)\\s+$");

    /** "during the last two months of 2025". */
    private static final Pattern LAST_MONTHS = Pattern.compile(
            "\\b(?:during|in|within)\\s+the\\s+(?:last|final)\\s+" + NUMBER + "\\s+months\\s+of\\s+(?<lyear>" + YEAR + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final LeadWordSearch LAST_MONTHS_SEARCH =
            new LeadWordSearch(LAST_MONTHS);

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private DeadlineGrammar() {
    }

    /** Deadlines in {@code text[from, to)}; {@code documentDate} may be null. Fiscal years end on 31 December. */
    static List<Candidate> find(String text, int from, int to, LocalDate documentDate) {
        return find(text, from, to, documentDate, null);
    }

    /**
     * Deadlines in {@code text[from, to)}; {@code documentDate} may be null; {@code fiscalState} is the state
     * (ISO 3166-1 alpha-2) whose fiscal years the text counts in, or null for the calendar year.
     */
    static List<Candidate> find(String text, int from, int to, LocalDate documentDate, String fiscalState) {
        List<Candidate> found = new ArrayList<>();
        if (!mayContainDeadline(text, from, to)) {
            return found;
        }
        // the sentence alone is searched, as a search of its region of the text would be (the bounds are opaque)
        String sentence = text.substring(from, to);
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        LeadWordSearch.Search relative = RELATIVE_SEARCH.in(sentence, lowerCase);
        while (relative.find()) {
            if (COUNTED_BACK.matcher(sentence).region(relative.matcher().end(), sentence.length()).lookingAt()) {
                continue;
            }
            Matcher m = relative.matcher();
            if (m.group("num") == null && m.group("unit").toLowerCase(Locale.ROOT).startsWith("calendar")) {
                // "in the next calendar year" is the year after the document's, as "by next year" is
                if (documentDate != null) {
                    found.add(candidate(m, from, String.valueOf(documentDate.getYear() + 1)));
                }
                continue;
            }
            if (m.group("first") != null) {
                if (!isFutureClause(sentence, m.start())) {
                    // "has been increased for a period of 90 days within the first 120 days from the start of the
                    // incident", "Within the first two months, the Administration showed": a window, or the past
                    continue;
                }
                Matcher ofYear = OF_YEAR_AFTER.matcher(sentence).region(m.end(), sentence.length());
                if (ofYear.lookingAt()) {
                    // "within the first 100 days of 2026": counted from the year's start, to a date
                    firstOfYear(m, Integer.parseInt(ofYear.group("year"))).filter(norm -> !isPast(norm, documentDate))
                            .ifPresent(norm -> found.add(new Candidate(MentionType.DEADLINE, from + m.start(),
                                    from + ofYear.end(), norm, "deadline", Candidate.Source.GRAMMAR)));
                    continue;
                }
            }
            relative(m).ifPresent(norm -> found.add(candidate(m, from, norm)));
        }
        LeadWordSearch.Search inSpan = IN_SPAN_SEARCH.in(sentence, lowerCase);
        while (inSpan.find()) {
            Matcher m = inSpan.matcher();
            if (isFutureClause(sentence, m.start()) && found.stream().noneMatch(c -> c.start() - from < m.end() && m.start() < c.end() - from)) {
                relative(m).ifPresent(norm -> found.add(candidate(m, from, norm)));
            }
        }
        LeadWordSearch.Search inYears = IN_YEARS_SEARCH.in(sentence, lowerCase);
        while (inYears.find()) {
            Matcher m = inYears.matcher();
            if (isFutureClause(sentence, m.start()) && !RANK_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 80), m.start())).find()
                    && found.stream().noneMatch(c -> c.start() - from < m.end() && m.start() < c.end() - from)) {
                relative(m).ifPresent(norm -> found.add(candidate(m, from, norm)));
            }
        }
        LeadWordSearch.Search overSpan = OVER_SPAN_SEARCH.in(sentence, lowerCase);
        while (overSpan.find()) {
            Matcher m = overSpan.matcher();
            if (isMoneySpentOver(sentence, m.start())
                    && found.stream().noneMatch(c -> c.start() - from < m.end() && m.start() < c.end() - from)) {
                relative(m).ifPresent(norm -> found.add(candidate(m, from, norm)));
            }
        }
        LeadWordSearch.Search absolute = ABSOLUTE_SEARCH.in(sentence, lowerCase);
        while (absolute.find()) {
            Matcher m = absolute.matcher();
            if (RANGE_LEAD.matcher(m.group("lead")).matches()
                    && (RANGE_START_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find()
                    || EVENT_RANGE_START_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 160), m.start())).find())) {
                continue;
            }
            if (UNTIL_LEAD.matcher(m.group("lead")).matches()
                    && TEXT_TERM_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 160), m.start())).find()) {
                continue; // "This Memorandum will remain in effect until …": the text's own term, no time for an act
            }
            if (OPENING_LEAD.matcher(m.group("lead")).matches() && (isPastNarrative(sentence, m) || isInPlanName(sentence, m))) {
                continue;
            }
            absolute(m, documentDate).filter(norm -> !isPast(norm, documentDate))
                    .ifPresent(norm -> found.add(candidate(m, from, norm)));
        }
        LeadWordSearch.Search fiscalSearch = FISCAL_YEAR_SEARCH.in(sentence, lowerCase);
        while (fiscalSearch.find()) {
            Matcher fiscal = fiscalSearch.matcher();
            if (fiscal.group("the") != null && nounFollows(sentence, fiscal.end())
                    || PERIOD_LEAD.matcher(fiscal.group("lead")).matches()
                            && START_BEFORE.matcher(sentence.substring(Math.max(0, fiscal.start() - 20), fiscal.start())).find()) {
                // "beginning in FY 2027" says when it starts; "start by FY 2028" still bounds the start
                continue;
            }
            fiscalYear(fiscal, fiscalState).filter(norm -> !isPast(norm, documentDate))
                    // with no document date, any year "in" which a past act is told may be the running one or an earlier one
                    .filter(norm -> !(PERIOD_LEAD.matcher(fiscal.group("lead")).matches()
                            && (documentDate == null || isRunning(norm, documentDate))
                            && isToldInPast(sentence, fiscal.start(), fiscal.end())))
                    .ifPresent(norm -> replaceOverlapped(found, candidate(fiscal, from, norm))); // "by FY 2027" over "by 2027"
        }
        if (documentDate != null) {
            LeadWordSearch.Search running = RUNNING_FISCAL_YEAR_SEARCH.in(sentence, lowerCase);
            while (running.find()) {
                Matcher m = running.matcher();
                if (isRunningFiscalYearBound(sentence, m)) {
                    replaceOverlapped(found, candidate(m, from, runningFiscalYear(fiscalState, documentDate).toString()));
                }
            }
            LeadWordSearch.Search nextFiscal = NEXT_FISCAL_YEAR_SEARCH.in(sentence, lowerCase);
            while (nextFiscal.find()) {
                replaceOverlapped(found, candidate(nextFiscal.matcher(), from, nextFiscalYear(fiscalState, documentDate).toString()));
            }
        }
        LeadWordSearch.Search splitYear = SPLIT_YEAR_SEARCH.in(sentence, lowerCase);
        while (splitYear.find()) {
            Matcher m = splitYear.matcher();
            // "in 2025-26 school year" names a year of something else; one already found ("by FY 2030-31") stays
            if (nounFollows(sentence, m.end())
                    || found.stream().anyMatch(c -> c.start() - from < m.end() && m.start() < c.end() - from && c.end() - from >= m.end())) {
                continue;
            }
            fiscalYear(m, fiscalState).filter(norm -> !isPast(norm, documentDate))
                    .ifPresent(norm -> replaceOverlapped(found, candidate(m, from, norm))); // "by 2030-31" over "by 2030"
        }
        LeadWordSearch.Search partOfYear = PART_OF_YEAR_SEARCH.in(sentence, lowerCase);
        while (partOfYear.find()) {
            Matcher m = partOfYear.matcher();
            if (START_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 20), m.start())).find()
                    || PERIOD_LEAD.matcher(m.group("lead")).matches() && (!isFutureClause(sentence, m.start())
                            || BOUND_ONLY_PARTS.contains(m.group("part").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")))
                    || found.stream().anyMatch(c -> c.start() - from < m.end() && m.start() < c.end() - from)) {
                continue;
            }
            if (m.group("pyear") == null && documentDate == null) {
                continue; // "in the first half of next year" needs the document's year
            }
            if ("the".equalsIgnoreCase(m.group("prel")) && PERIOD_LEAD.matcher(m.group("lead")).matches()) {
                continue; // "in the second half of the year" tells when in a year the text does not name; "by" bounds
            }
            String norm = partOfYear(m, documentDate);
            if (!isPast(norm, documentDate)) {
                found.add(candidate(m, from, norm));
            }
        }
        LeadWordSearch.Search lastMonths = LAST_MONTHS_SEARCH.in(sentence, lowerCase);
        while (lastMonths.find()) {
            Matcher m = lastMonths.matcher();
            Optional<Integer> n = number(m.group("num"));
            if (n.isPresent() && n.get() >= 1 && n.get() <= 12) {
                int year = Integer.parseInt(m.group("lyear"));
                found.add(candidate(m, from, String.format(Locale.ROOT, "%d-%02d/%d-12", year, 13 - n.get(), year)));
            }
        }
        return found;
    }

    /** Whether an amount of money to be spent ends just before {@code at} ("$1.5 billion" of "$1.5 billion over seven years"). */
    private static boolean isMoneySpentOver(String sentence, int at) {
        int from = Math.max(0, at - 90);
        Matcher money = MONEY_BEFORE.matcher(sentence.substring(from, at));
        return money.find() && !EFFECT_BEFORE_MONEY.matcher(sentence.substring(Math.max(0, from + money.start() - 40),
                from + money.start())).find();
    }

    /**
     * Whether a date falls due before the document was written: "delayed enforcement until June 19, 2025" in a text
     * of September 2025 says what happened, not by when something is to be done.
     */
    private static boolean isPast(String norm, LocalDate documentDate) {
        return documentDate != null && due(norm, documentDate).map(d -> d.isBefore(documentDate)).orElse(false);
    }

    /**
     * Whether the fiscal year ending on {@code norm} is the one the document was written in: "has leased 40 tracts in FY26"
     * in a text of January 2026 says what was done so far in it, where a year to come could only be a target.
     */
    private static boolean isRunning(String norm, LocalDate documentDate) {
        return documentDate != null && LocalDate.parse(norm).minusYears(1).isBefore(documentDate);
    }

    /** "so far in FY 2026", "thus far in this fiscal year", "in FY 2026 to date": what was done in it until now. */
    private static final Pattern SO_FAR_BEFORE = Pattern.compile("(?i)\\b(?:so|thus)\\s+far\\s+$|\\bto\\s+date,?\\s+$");
    private static final Pattern TO_DATE_AFTER = Pattern.compile("(?i)^\\s*to\\s+date\\b");

    /**
     * Whether a running year at {@code [start, end)} says what was done in it so far: the clause before it or the one
     * after it tells of the past alone ("To date in FY 2026, the agency has provided …"), or "so far" says it.
     */
    private static boolean isToldInPast(String sentence, int start, int end) {
        if (SO_FAR_BEFORE.matcher(sentence.substring(Math.max(0, start - 20), start)).find()
                || TO_DATE_AFTER.matcher(sentence.substring(end, Math.min(sentence.length(), end + 12))).find()) {
            return true;
        }
        int semicolon = sentence.indexOf(';', end);
        String after = sentence.substring(end, semicolon < 0 ? sentence.length() : semicolon);
        return isPastClause(sentence, start) || !FUTURE_WORD.matcher(after).find() && PAST_WORD.matcher(after).find();
    }

    /** Whether the clause before {@code at} tells of the past: a past verb and no word of the future. */
    private static boolean isPastClause(String sentence, int at) {
        int start = Math.max(Math.max(0, at - IN_SPAN_LOOKBACK), sentence.lastIndexOf(';', at - 1) + 1);
        String clause = sentence.substring(start, at);
        return !FUTURE_WORD.matcher(clause).find() && PAST_WORD.matcher(clause).find();
    }

    /**
     * "the Zero Waste by 2040 Programme", "a Clean Copper by 2035 Strategy": a year inside the name of a plan, between
     * a name's capitalized word and the plan's head, names the plan, not a time by which something is done.
     */
    private static boolean isInPlanName(String sentence, Matcher m) {
        return CAPITALIZED_WORD_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find()
                && (ContextRules.isInPlanName(sentence, m.end())
                        || SUBTITLE_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt());
    }

    /**
     * Whether the match opens the sentence, a comma follows, and the rest tells of the past with no word of the future
     * ("to" before a noun phrase is a preposition: "applied to a producer").
     */
    private static boolean isPastNarrative(String sentence, Matcher m) {
        if (!BEFORE_OPENING.matcher(sentence.substring(0, m.start())).matches()) {
            return false;
        }
        String rest = sentence.substring(m.end());
        if (!rest.startsWith(",")) {
            return false;
        }
        return !FUTURE_WORD.matcher(rest).find() && PAST_WORD.matcher(rest).find();
    }

    /**
     * Whether the clause before {@code at} says what is to be done: a word of the future ("will", "shall", "to report")
     * with no past act after it ("will say that firms launched programs in 90 days" tells what took 90 days).
     */
    private static boolean isFutureClause(String sentence, int at) {
        int start = Math.max(Math.max(0, at - IN_SPAN_LOOKBACK), sentence.lastIndexOf(';', at - 1) + 1);
        String clause = sentence.substring(start, at);
        Matcher future = FUTURE_WORD.matcher(clause);
        int last = -1;
        while (future.find()) {
            last = future.end();
        }
        if (last < 0) {
            return false;
        }
        // a participle after "be" is the future's own passive ("will be delivered in the first half of 2022")
        String after = ATTRIBUTIVE_PARTICIPLE.matcher(PASSIVE_PARTICIPLE.matcher(clause.substring(last)).replaceAll(" ")).replaceAll(" ");
        return !PAST_WORD.matcher(after).find();
    }

    /** Every deadline has a digit or a unit of time; most sentences have neither, and skip the patterns. */
    private static boolean mayContainDeadline(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (String unit : new String[] {"day", "week", "month", "year", "decade", "quarter", "hour"}) {
            if (lower.contains(unit)) {
                return true;
            }
        }
        String region = text.substring(from, to);
        for (String month : MONTHS) {
            if (region.contains(month)) {
                return true;
            }
        }
        return false;
    }

    /** The match of a search of the text from {@code offset} as a candidate, at its place in the text. */
    private static Candidate candidate(Matcher m, int offset, String norm) {
        return new Candidate(MentionType.DEADLINE, offset + m.start(), offset + m.end(), norm, "deadline",
                Candidate.Source.GRAMMAR);
    }

    /** "of 2026" after "within the first 100 days": the year the days are counted in. */
    private static final Pattern OF_YEAR_AFTER = Pattern.compile("\\s+of\\s+(?<year>" + YEAR + ")(?![\\d%/–-])\\b");

    /**
     * The last day of the first days, weeks or months of a year: "within the first 100 days of 2026" → 2026-04-10,
     * "within the first six months of 2027" → 2027-06-30.
     */
    private static Optional<String> firstOfYear(Matcher m, int year) {
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        Optional<Integer> n = m.group("num") == null ? Optional.of(1) : number(m.group("num"));
        if (n.isEmpty() || n.get() < 1 || m.group("half") != null) {
            return Optional.empty();
        }
        LocalDate start = LocalDate.of(year, 1, 1);
        if (unit.contains("day") && !unit.contains("business") && !unit.contains("working") && n.get() <= 366) {
            return Optional.of(start.plusDays(n.get() - 1).toString());
        } else if (unit.startsWith("week") && n.get() <= 53) {
            return Optional.of(start.plusWeeks(n.get()).minusDays(1).toString());
        } else if (unit.startsWith("month") && n.get() <= 12) {
            return Optional.of(YearMonth.of(year, n.get()).atEndOfMonth().toString());
        } else if (unit.startsWith("quarter") && n.get() <= 4) {
            return Optional.of(YearMonth.of(year, 3 * n.get()).atEndOfMonth().toString());
        }
        return Optional.empty();
    }

    private static Optional<String> relative(Matcher m) {
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String numberText = m.group("num");
        int n;
        if (numberText == null) {
            // "over the next decade" yes; "in the coming months" names no amount of time.
            if (unit.endsWith("s")) {
                return Optional.empty();
            }
            n = 1;
        } else {
            Optional<Integer> parsed = number(numberText);
            if (parsed.isEmpty() || parsed.get() == 0) {
                return Optional.empty();
            }
            n = parsed.get();
        }
        boolean half = m.group("half") != null; // "three and a half years": P3Y6M, "two and a half months": P2M15D
        if (half && !unit.contains("year") && !unit.startsWith("month")) {
            return Optional.empty();
        } else if (unit.startsWith("hour")) {
            return Optional.of("PT" + n + "H");
        } else if (unit.contains("day")) {
            return Optional.of("P" + n + "D");
        } else if (unit.startsWith("week")) {
            return Optional.of("P" + n + "W");
        } else if (unit.startsWith("month")) {
            return Optional.of("P" + n + "M" + (half ? "15D" : ""));
        } else if (unit.startsWith("quarter")) {
            return Optional.of("P" + (3 * n) + "M"); // "within the next two quarters": six months
        } else if (unit.startsWith("decade")) {
            return Optional.of("P" + (10 * n) + "Y");
        }
        return Optional.of("P" + n + "Y" + (half ? "6M" : ""));
    }

    private static Optional<String> absolute(Matcher m, LocalDate documentDate) {
        boolean endOf = m.group("end") != null;
        Optional<LocalDate> date = DateExpressions.toDate(m);
        if (date.isPresent()) {
            return Optional.of(date.get().toString());
        }
        if (m.group("midyear") != null) {
            return Optional.of(m.group("midyear") + "-06-30");
        }
        if (m.group("qyear") != null || m.group("qyear2") != null) {
            String year = m.group("qyear") != null ? m.group("qyear") : m.group("qyear2");
            int quarter = m.group("qn") != null ? Integer.parseInt(m.group("qn")) : quarter(m.group("quarter"));
            return Optional.of(YearMonth.of(Integer.parseInt(year), quarter * 3).atEndOfMonth().toString());
        }
        if (m.group("month") != null) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group("monthyear")),
                    DateExpressions.month(m.group("month").replace(".", "")).orElseThrow());
            return Optional.of(endOf ? month.atEndOfMonth().toString() : month.toString());
        }
        if (m.group("year") != null) {
            return Optional.of(endOf ? m.group("year") + "-12-31" : m.group("year"));
        }
        if (m.group("nmonth") != null) {
            if (documentDate == null) {
                return Optional.empty();
            }
            // "by June of next year" in a text of 10 June 2021 is June 2022
            int year = documentDate.getYear() + (m.group("nyear").toLowerCase(Locale.ROOT).equals("next") ? 1 : 0);
            YearMonth month = YearMonth.of(year, MONTHS.indexOf(m.group("nmonth")) + 1);
            return Optional.of(endOf ? month.atEndOfMonth().toString() : month.toString());
        }
        if (m.group("bmonth") != null) {
            if (documentDate == null) {
                return Optional.empty();
            }
            // "by the end of June" in a text of 2 June 2026 is 30 June 2026; in one of 5 July 2026, 30 June 2027
            YearMonth month = YearMonth.of(documentDate.getYear(), MONTHS.indexOf(m.group("bmonth")) + 1);
            if (month.atEndOfMonth().isBefore(documentDate)) {
                month = month.plusYears(1);
            }
            return Optional.of(endOf ? month.atEndOfMonth().toString() : month.toString());
        }
        if (m.group("yearend") != null && documentDate != null) {
            return Optional.of(documentDate.getYear() + "-12-31"); // "by year end", "by the year-end": this year's
        }
        if (m.group("relmonth") != null && documentDate != null) {
            // "by the end of next month": the month after the document's; "by next month" names the month alone
            YearMonth month = YearMonth.from(documentDate).plusMonths(m.group("relmonth").toLowerCase(Locale.ROOT).startsWith("next") ? 1 : 0);
            return Optional.of(endOf ? month.atEndOfMonth().toString() : month.toString());
        }
        if (m.group("decade") != null && endOf && documentDate != null) {
            // "by the end of the decade" in a text of 2023 is the end of the 2020s
            return Optional.of((documentDate.getYear() / 10 * 10 + 9) + "-12-31");
        }
        if (m.group("xmonth") != null && documentDate != null) {
            // "by next March" in a text of December 2023 is March 2024; one of March 2024 means March 2025
            YearMonth month = YearMonth.of(documentDate.getYear(), MONTHS.indexOf(m.group("xmonth")) + 1);
            if (!month.isAfter(YearMonth.from(documentDate))) {
                month = month.plusYears(1);
            }
            return Optional.of(endOf ? month.atEndOfMonth().toString() : month.toString());
        }
        if (m.group("relyear") != null && !endOf && documentDate != null
                && m.group("relyear").toLowerCase(Locale.ROOT).matches("next\\s+(?:calendar\\s+)?year")) {
            return Optional.of(String.valueOf(documentDate.getYear() + 1)); // "by next year": a bare year, as "by 2027" is
        }
        if (m.group("relyear") != null && endOf && documentDate != null) {
            int year = documentDate.getYear() + (m.group("relyear").toLowerCase(Locale.ROOT).startsWith("next") ? 1 : 0);
            return Optional.of(year + "-12-31");
        }
        return Optional.empty();
    }

    /**
     * The last day of a part of a year: "first half" of 2026 → 2026-06-30, "winter" of 2026 → 2027-02-28; "of next year"
     * counts from the document's year.
     */
    private static String partOfYear(Matcher m, LocalDate documentDate) {
        int endMonth = PART_OF_YEAR_ENDS.get(m.group("part").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        int year = m.group("pyear") != null ? Integer.parseInt(m.group("pyear"))
                : documentDate.getYear() + (m.group("prel").toLowerCase(Locale.ROOT).equals("next") ? 1 : 0);
        YearMonth end = YearMonth.of(year, 1).plusMonths(endMonth - 1);
        return end.atEndOfMonth().toString();
    }

    private static Optional<String> fiscalYear(Matcher m, String fiscalState) {
        FiscalYears.Calendar calendar = FiscalYears.of(fiscalState);
        int first = fullYear(m.group("fy"), 0);
        int label = first;
        if (m.group("fy2") != null) {
            int last = fullYear(m.group("fy2"), first / 100 * 100);
            if (last != first + 1) {
                return Optional.empty(); // "FY 2026-30" is a span of years, not one fiscal year
            }
            label = calendar.label(first, last);
        }
        return Optional.of(calendar.lastDay(label).toString());
    }

    /** The last day of the fiscal year after the one that {@code documentDate} falls in. */
    private static LocalDate nextFiscalYear(String fiscalState, LocalDate documentDate) {
        return runningFiscalYear(fiscalState, documentDate).plusYears(1);
    }

    /** The last day of the fiscal year that {@code documentDate} falls in, for the government of {@code fiscalState}. */
    private static LocalDate runningFiscalYear(String fiscalState, LocalDate documentDate) {
        FiscalYears.Calendar calendar = FiscalYears.of(fiscalState);
        int running = documentDate.getYear() - calendar.yearsAfterLabel();
        if (calendar.lastDay(running).isBefore(documentDate)) {
            running++;
        }
        return calendar.lastDay(running);
    }

    /**
     * Whether a running fiscal year bounds what the sentence says is to be done: a bare "the" only with the year's end and
     * no words after it that say which year it is ("this fiscal year that …" is this one still), no amount of time counted back from it, and a sentence that does not tell of the past alone ("By the end of the
     * fiscal year, the office had spent …").
     */
    private static boolean isRunningFiscalYearBound(String sentence, Matcher m) {
        boolean bareThe = m.group("which").equalsIgnoreCase("the");
        if (bareThe && (m.group("end") == null
                || DEFINED_AFTER.matcher(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 20))).find())
                || AMOUNT_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 20), m.start())).find()) {
            return false;
        }
        return !isToldInPast(sentence, m.start(), m.end());
    }

    /** "2027" → 2027, "27" → 2027 (or within {@code century} when it is given). */
    private static int fullYear(String digits, int century) {
        int n = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return n;
        }
        return (century == 0 ? 2000 : century) + n;
    }

    private static int quarter(String ordinal) {
        return switch (ordinal.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    /** "six", "180", "twenty-four", "one hundred and eighty", "a" → the number; empty when it is not one. */
    static Optional<Integer> number(String words) {
        String w = words.toLowerCase(Locale.ROOT).strip();
        if (w.matches("\\d+")) {
            return Optional.of(Integer.parseInt(w));
        }
        int total = 0;
        int current = 0;
        for (String part : w.split("[- ]+")) {
            if (part.equals("and")) {
                continue;
            }
            if (part.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else {
                Integer value = UNITS.get(part);
                if (value == null) {
                    return Optional.empty();
                }
                current += value;
            }
        }
        total += current;
        return Optional.of(total);
    }

    /**
     * The date a deadline falls due: document date + duration, a year → its 31 December, a month → its last day,
     * an interval → its end. Empty when the document date is needed and unknown.
     */
    public static Optional<LocalDate> due(String norm, LocalDate documentDate) {
        String n = norm.contains("/") ? norm.substring(norm.indexOf('/') + 1) : norm;
        if (n.startsWith("P")) {
            if (documentDate == null) {
                return Optional.empty();
            }
            if (n.startsWith("PT")) {
                // hours: due on the day they run out
                long hours = Duration.parse(n).toHours();
                return Optional.of(documentDate.plusDays((hours + 23) / 24));
            }
            return Optional.of(documentDate.plus(Period.parse(n)));
        }
        if (n.matches("\\d{4}")) {
            return Optional.of(LocalDate.of(Integer.parseInt(n), 12, 31));
        }
        if (n.matches("\\d{4}-\\d{2}")) {
            return Optional.of(YearMonth.parse(n).atEndOfMonth());
        }
        return Optional.of(LocalDate.parse(n));
    }
}
