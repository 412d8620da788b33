package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.commitments.DataLines;
import org.accordex.model.MentionType;
import org.accordex.nlp.LeadWordSearch;
import org.accordex.nlp.RequiredWords;

/**
 * The contextual rules of ANNOTATION.md that a dictionary alone cannot apply, over one sentence's candidates:
 * capitals count only as actors, demonyms only as "<demonym> government", words inside the names of laws,
 * offices and agreements are not mentions, "to finance" is a verb, "research institutes" are not research.
 * Also proposes companies by their legal or trade suffix ("Iluka Resources", "TELF AG").
 */
final class ContextRules {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "at", "from", "to", "into", "near", "via", "across", "around", "outside", "toward", "towards",
            "visit", "visited", "visiting", "visits", "of", "through", "throughout", "within", "held", "hosted");
    /** A place's name in a list: capitalized words, not a month or a weekday ("in May and Beijing agreed"). */
    private static final String LISTED_PLACE = "(?!(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)"
            + "\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*)*";
    /**
     * The names before a capital in a list that a place preposition opens: "to Hong Kong, [Tokyo]", "analysts in Tokyo
     * and [Seoul]".
     */
    private static final Pattern PLACE_LIST_BEFORE = Pattern.compile("(?i:\\b(?:" + String.join("|", PLACE_PREPOSITIONS)
            + "))\\s+(?:the\\s+)?(?:(?:" + LISTED_PLACE + ",\\s+)+(?:and\\s+|or\\s+)?|" + LISTED_PLACE + "\\s+(?:and|or)\\s+)$");
    private static final int PLACE_LIST_CHARS = 100;
    /** Offices named after the city they sit in: "U.S. Embassy Mexico City", "Consulate General Osaka". */
    private static final Set<String> SEATS = Set.of("embassy", "consulate", "consulate-general", "general", "mission");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]+$");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
    /** A line's start before a word: a newline and blanks. */
    private static final Pattern LINE_START_BEFORE = Pattern.compile("\\n[ \\t]*$");
    /** The cities a shared dateline names before this one: "BEIJING/" in "BEIJING/WASHINGTON, Nov 1 (AP) -". */
    private static final Pattern DATELINE_CITIES_BEFORE = Pattern.compile("(?:^|\\n)[ \\t]*(?:\\p{Lu}[\\p{Lu} .'-]*/)+$");
    /** A relative clause right after a name: "Beijing, which …". */
    private static final Pattern WHICH_AFTER = Pattern.compile("^\\s*,\\s*which\\b");
    /** "Analysts at X", "economists from X": the firm employs commentators on a deal, no party to it (ANNOTATION.md §1). */
    private static final Pattern COMMENTATORS_AT_BEFORE = Pattern.compile(
            "(?i)\\b(?:analysts?|economists?|strategists?|researchers)\\s+(?:at|from|with)\\s+$");
    /** "a plant called X", "the mine named X": the facility's name, which may be its operator's. */
    private static final Pattern FACILITY_CALLED_BEFORE = Pattern.compile(
            "(?i)\\b(?:plants?|refinery|refineries|mines?|mills?|smelters?|facility|facilities|projects?|sites?|deposits?)"
                    + "\\s+(?:called|named|known\\s+as|dubbed)\\s+$");
    private static final Pattern ACTOR_AFTER = Pattern.compile(
            // an adverb or a time may stand before the verb: "Washington and Beijing recently agreed", "Beijing later
            // banned", "Tokyo on Friday announced", "Beijing in December imposed"
            "^\\s*(?:(?:\\p{Ll}+ly|later|then|now|again|already|still|soon|first|subsequently|thereafter"
                    + "|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                    + "|(?:last|this|earlier\\s+this)\\s+(?:week|month|year)"
                    + "|in\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))"
                    + "\\s+(?=\\p{Ll}))?(?:and\\b|&|,\\s*(?:and\\s+)?\\p{Lu}|['’]s\\b|[‘“\"]?(?:has|have|had|is|are|was|were|will|would|could|should"
                    + "|must|shall|may|can|also|did|does|do|says?|said|agreed?|agrees|announced?|announces|commits?"
                    + "|committed|signed|signs|seeks?|sought|plans?|planned|intends?|intended|wants?|wanted|aims?"
                    + "|hopes?|presents?|presented|sees?|saw|remains?|wishes|urged?|urges|calls?|called|pledged?"
                    + "|pledges|promised?|promises|vowed?|vows|expects?|considers?|welcomed?|welcomes|hopes"
                    + "|views?|insists?|insisted|responded|reacted|imposed?|imposes|moved?|moves|pushed?|pushes"
                    + "|pressed|wanted|worked?|works|warned?|warns|threatened|retaliated|joined|joins|finali[sz]e[sd]?"
                    + "|resolved?|resolves|reach(?:es|ed)?|launch(?:es|ed)?|weighs?|weighed|to\\s+\\p{Ll}+"
                    // what a government does to a trade: "as Washington escalates efforts", "Beijing suspended the ban"
                    + "|escalat(?:es|ed)|steps\\s+up|stepped\\s+up|ramps\\s+up|ramped\\s+up|offer(?:s|ed)|back(?:s|ed)"
                    + "|support(?:s|ed)|reject(?:s|ed)|approv(?:es|ed)|negotiat(?:es|ed)|demand(?:s|ed)|tr(?:ies|ied)"
                    + "|tighten(?:s|ed)|restrict(?:s|ed)|suspend(?:s|ed)|lift(?:s|ed)|eas(?:es|ed)|halt(?:s|ed)|ban(?:s|ned)"
                    + "|curb(?:s|ed)|expand(?:s|ed)|secur(?:es|ed)|accus(?:es|ed)|struck|strikes|dominat(?:es|ed)|control(?:s|led)"
                    // what it lets be known of its plans: "Tokyo signaled plans to expand purchases"
                    + "|signal(?:s|ed|led)|unveil(?:s|ed)"
                    // what it seeks or changes in news: "as Washington looks to loosen …", "after Beijing raised tariffs"
                    + "|look(?:s|ed|ing)?\\s+to|rais(?:es|ed)|hik(?:es|ed)|lower(?:s|ed)"
                    // how it brings in a measure: "since Beijing placed curbs on …", "Berlin set up a fund"
                    + "|plac(?:es|ed)|set\\s+up|sets\\s+up|introduc(?:es|ed)|paus(?:es|ed)|requir(?:es|ed)|issu(?:es|ed)"
                    // whom it courts in a headline, or its pledge as a participle: "Bangkok courts processing investment",
                    // "as Washington woos Central Asia", "Riyadh pitches its minerals", "with Kuala Lumpur agreeing not to …"
                    // (not the city's courts of law: "Tokyo courts have ruled")
                    + "|courts(?!\\s+(?:have|has|had|ruled|rule|ruling|rulings|said|say|will|would|are|were|in|of|and|to)\\b)"
                    + "|courted|woos|wooed|pitch(?:es|ed)|agreeing)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "[Australian] Labor Government", "[Albanese] government": the ruling party's name may stand between. */
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile(
            "^\\s+(?:(?:Labor|Labour|Liberal|Conservative|Coalition)\\s+)?"
                    + "(government|Government|governments|Governments|authorities|Authorities|administration|Administration"
                    // "the Chadian state will repay the loan": the state as an actor, not its media, firms or council
                    + "|state(?=\\s+(?:will|would|shall|must|should|has|had|is|was|also|agreed|said|to)\\b|\\s*[,.;]))\\b");
    /** The last words of the names of institutions, programs, laws and meetings. */
    private static final List<String> INSTITUTION_HEADS = List.of("Act", "Agreement", "Office", "Facility", "Initiative",
            "Treaty", "Law", "Fund", "Bank", "Corporation", "Agency", "Administration", "Bureau", "Commission", "Council",
            "Institute", "Forum", "Dialogue", "Summit", "Show", "Conference", "Expo", "Network", "Alliance", "Coalition",
            "Partnership", "Center", "Centre", "Task Force", "Working Group", "Working Groups", "Command", "Congress",
            // standing bodies named "… Group" for their task ("Critical Minerals Supply Security Response Group")
            "Response Group", "Steering Group", "Coordination Group", "Expert Group", "Contact Group",
            "Convention", "Ministerial", "Action Plan", "Strategy", "Roadmap", "Order", "Directive", "Regulation",
            "Rule");
    private static final List<String> LAW_HEADS = List.of("Act", "Law");
    /**
     * Title-case names of laws, offices, agreements and institutions; words inside them are not mentions. Only a law's
     * name runs across a lower-case "in" ("Truth in Lending Act"): a headline's "Cut Tariffs in Landmark Agreement"
     * names no agreement after its tariffs.
     */
    private static final Pattern INSTITUTION_NAME = Pattern.compile(
            "\\b\\p{Lu}[\\p{L}&'’.-]*(?:\\s+(?:(?:of|on|and|for|the|de|to|&)\\s+)?\\p{Lu}[\\p{L}&'’.-]*){0,7}"
                    + "\\s+(?:" + String.join("|", INSTITUTION_HEADS) + ")\\b(?:\\s+of\\s+\\d{4})?");
    private static final Pattern LAW_NAME = Pattern.compile(
            "\\b\\p{Lu}[\\p{L}&'’.-]*(?:\\s+(?:(?:of|on|and|for|the|in|de|to)\\s+)?\\p{Lu}[\\p{L}&'’.-]*){0,7}"
                    + "\\s+(?:" + String.join("|", LAW_HEADS) + ")\\b(?:\\s+of\\s+\\d{4})?");
    private static final RequiredWords INSTITUTION_HEAD_WORDS = RequiredWords.of(INSTITUTION_HEADS);
    private static final RequiredWords LAW_HEAD_WORDS = RequiredWords.of(LAW_HEADS);
    private static final String ORDER_DATE = "of\\s+\\p{Lu}\\p{L}+\\.?\\s+\\d{1,2},\\s+\\d{4}";
    /**
     * The title in brackets after a numbered or dated order or proclamation: "Proclamation 9704 of March 8, 2018
     * (Adjusting Imports of Aluminum Into the United States)", "the Executive Order of February 20, 2026 (Continuing
     * the Suspension of Duty-Free …)". Its words name the document.
     */
    private static final Pattern TITLE_IN_BRACKETS = Pattern.compile(
            "\\b(?:Proclamation|Order|Memorandum)\\s+(?:(?:No\\.\\s*)?\\d{3,5}(?:\\s+" + ORDER_DATE + ")?|" + ORDER_DATE + "),?"
                    + "\\s+\\(\\p{Lu}[^()]{4,300}\\)");
    private static final Pattern RESEARCH_NOT_INSTRUMENT = Pattern.compile(
            "^\\s+(?:institutes?|institutions?|security|centers?|centres?|universit(?:y|ies)|organi[sz]ations?|labs?"
                    + "|laborator(?:y|ies)|reactors?|vessels?|papers?|reports?|firms?|groups?|teams?|facilit(?:y|ies)"
                    // places and bodies that do research: "research hospitals", "R&D organizations", "research agencies"
                    + "|hospitals?|clinics?|agenc(?:y|ies)|bodies|entities|companies|parks?|campus(?:es)?)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Places where training is given, like "research institutes" for research: "training establishments", "a training
     * centre", "training grounds" are sites, not the instrument (a "training course" or "training program" still is).
     * Not "schools": "training schools on …" is the verb and its object.
     */
    private static final Pattern TRAINING_PLACE = Pattern.compile(
            "^\\s+(?:establishments?|cent(?:er|re)s?|grounds?|ranges?|facilit(?:y|ies)|academ(?:y|ies)|camps?"
                    + "|institutes?|institutions?|bases?)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "to finance", "will fund", also with an adverb between ("to privately finance", "will jointly fund"), or "also"
     * and an adverb ("will also jointly research").
     */
    private static final Pattern VERB_BEFORE = Pattern.compile(
            "\\b(?:to|will|shall|would|should|could|may|might|must|can|help|helps|helped|and|or|hereby)\\s+(?:also\\s+)?(?:(\\p{L}+ly|also)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "toward financing mining projects", "by funding the training", "the agency is stockpiling cobalt", "will be
     * lending its expertise": the verb with its object, not the noun; "by funding from the bank", "toward financing
     * for projects", "$5 million in funding" stay instruments, as do the nouns that the word qualifies ("funding
     * opportunities", "financing gaps", "lending rates").
     */
    private static final Pattern GERUND_LEAD_BEFORE = Pattern.compile(
            "(?i)\\b(?:towards?|by|is|are|was|were|be|been|being|keep|keeps|kept)\\s+$");
    private static final Set<String> GERUND_FORMS = Set.of("financing", "funding", "stockpiling", "lending");
    private static final Pattern GERUND_OBJECT_AFTER = Pattern.compile("^\\s+(?!(?i:from|for|of|and|or|to|in|into|with"
            + "|through|under|at|on|as|that|which|is|are|was|were|will|has|have|had|opportunit(?:y|ies)|allocations?"
            + "|gaps?|needs?|mechanisms?|facilit(?:y|ies)|agreements?|packages?|sources?|streams?|levels?|requests?"
            + "|terms|costs?|rounds?|commitments?|instruments?|programs?|programmes?|rates?)\\b)[\\p{L}\\d$]");
    /** "access to finance", "barriers to research": after a noun that takes "to", the word is a noun, not a verb. */
    private static final Pattern NOUN_TO_BEFORE = Pattern.compile(
            "(?i)\\b(?:access|barriers?|gateways?|pathways?|routes?|recourse)\\s+to\\s+\\[?$");
    /**
     * "They also guarantee similar treatment", "we jointly fund": a personal pronoun as subject makes the bare form a
     * verb ("which" does not: "the channels through which finance flows").
     */
    private static final Pattern PRONOUN_SUBJECT_BEFORE = Pattern.compile(
            "(?i)\\b(?:they|we|you)\\s+(?:(?:also|each|both|hereby|\\p{L}+ly)\\s+)?$");
    /** "decentralized finance platforms": crypto-asset trading, not money a party provides. */
    private static final Pattern DECENTRALIZED_BEFORE = Pattern.compile("(?i)\\bdecentrali[sz]ed\\s+$");
    /** "… and finance new plants", "… and fund the program": a verb with its object after all. */
    private static final Pattern VERB_OBJECT_AFTER = Pattern.compile(
            "(?i)^\\s+(?:a|an|the|its|their|our|his|her|this|these|those|such|new|more|additional|further|it|them)\\b");
    /**
     * "audits and tariff increases", "education and research", "debt and guarantee products": after a noun, "and"
     * joins two nouns, so the word after it is no verb. A noun here is a plural or has a noun's ending; a verb before
     * "and" is a bare form ("develop and finance", "assess and fund").
     */
    private static final Pattern NOUN_AND_BEFORE = Pattern.compile("(?i)\\b\\p{L}*(?:[^\\Ws]s|ions?|ments?|ity|ities"
            + "|ances?|ences?|ships?|ics|ogy|ures?|ing|data|debt)\\s+(?:and|or)\\s+$");
    private static final Pattern PRODUCT_BEFORE = Pattern.compile("(?i)\\b(?:energy|battery|data|cold|grid|power)\\s+$");
    /** "the nuclear weapon stockpile", "the nuclear stockpile": an arsenal, not a reserve of supplies. */
    private static final Pattern ARSENAL_BEFORE = Pattern.compile("(?i)\\b(?:nuclear|weapons?|warheads?)\\s+$");
    /** "security guarantees", "defence guarantees": a promise of protection between states, not a financial guarantee. */
    private static final Pattern PROTECTION_BEFORE = Pattern.compile("(?i)\\b(?:security|defen[cs]e|military)\\s+$");
    /**
     * "a tariff-rate quota" (the tariff word is the mention), "in-quota quantities", "within-quota quantities": a
     * quota joined to the word before it is part of another name, not a quota of its own.
     */
    private static final Pattern JOINED_BEFORE = Pattern.compile("(?i)(?:\\brate\\s+|[-\u2010\u2011])$");
    /**
     * A bare quota is an import or export quota only in a sentence about trade ("an annual quota of 100,000 vehicles
     * at a 10 percent tariff rate"; a sentence that holds the measure to WTO or GATT rules); elsewhere it is a share of
     * something else ("hiring quotas", "fishing quotas").
     */
    private static final Pattern TRADE_CONTEXT = Pattern.compile("(?i)\\b(?:tariff\\p{L}*|dut(?:y|ies)|imports?|imported"
            + "|importation|exports?|exported|exporters?|importers?|shipments?|shipping|trade|most-favou?red-nation|MFN"
            + "|customs|HTSUS|WTO|GATT)\\b");
    private static final Set<String> VERB_FORMS = Set.of("finance", "fund", "invest", "subsidize", "subsidise",
            "stockpile", "insure", "grant", "research", "guarantee", "loan", "tariff", "train", "finance,", "levy");
    /**
     * "trade deals and tariff threats", "tax and grant programs": after "and", these instrument words are a noun before
     * the noun they qualify, whatever the word before "and". (Not "fund" or "finance": "and fund programs" is a verb.)
     */
    private static final Set<String> NOUN_BEFORE_NOUN_FORMS = Set.of("tariff", "grant", "loan", "research");
    private static final List<String> COMPOUND_HEADS = List.of("threats", "threat", "provisions", "program", "programs",
            "programme", "programmes", "awards", "rates", "rate", "barriers", "increases", "hikes", "cuts", "levels",
            "schedule", "schedules", "revenue", "revenues", "policy", "policies", "measures", "negotiations", "talks",
            "deal", "deals", "war", "wars", "regime", "regimes", "relief", "exemptions", "exclusions", "lines",
            "funding", "recipients", "repayment", "repayments", "portfolio", "portfolios", "agenda", "dispute",
            "disputes", "truce", "escalation", "pressure", "uncertainty", "costs", "payments", "proceeds", "terms");
    private static final Pattern COORDINATOR_BEFORE = Pattern.compile("(?i)\\b(?:and|or)\\s+$");
    private static final Pattern COMPOUND_HEAD_AFTER = Pattern.compile("(?i)^[ \\t]+" + alternation(COMPOUND_HEADS) + "\\b");

    /** "19 U.S.C. 1862", "the United States Code": a state's name inside a citation is not the state. */
    private static final List<String> CITATION_WORDS = List.of("Code", "Reports", "Statutes", "Code of Federal Regulations");
    private static final Pattern CITATION_AFTER = Pattern.compile("^\\s+" + alternation(CITATION_WORDS) + "\\b");
    /** A state's name inside a place name: "South China Sea", "Taiwan Strait", "Gulf of Mexico", "Sea of Japan". */
    private static final List<String> PLACE_WORDS = List.of("Sea", "Seas", "Strait", "Straits", "Ocean", "Gulf",
            "Bay", "Basin", "Peninsula", "Plateau", "River", "Desert", "Coast", "Channel", "Shelf", "Highlands");
    private static final Pattern PLACE_AFTER = Pattern.compile("^\\s+" + alternation(PLACE_WORDS) + "\\b");
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b" + alternation(PLACE_WORDS) + "\\s+of\\s+(?:the\\s+)?$");
    /**
     * "the America First Trade Policy", "an America First agenda", "America First priorities": the slogan names a policy,
     * not the United States. "Put America first on the agenda", "Putting America First In …" go on with a function
     * word and keep the state.
     */
    private static final Pattern SLOGAN_AFTER = Pattern.compile("^\\s+[Ff]irst\\s+(?!(?i:on|and|in|by|after|to|for|again"
            + "|when|as|is|was|at|with|while|through|because|or|but|that)\\b)\\p{L}");
    /** "Central America", "Latin America", also wrapped over two lines: a region, not the United States. */
    private static final Pattern REGION_BEFORE = Pattern.compile(
            "\\b(?:Central|Latin|South|North|Middle|Meso|Ibero)(?:[-\u2010\u2011]|[ \\t]*\\n[ \\t]*| )$");
    /**
     * "Western Australia", "the South Australian Government", "Inner Mongolia", "Northern Ireland": a province or state inside
     * a country, not the country. A sovereign state spelt this way ("South Korea", "North Macedonia") is a longer
     * dictionary name and wins over its last word.
     */
    private static final Pattern SUBREGION_BEFORE = Pattern.compile(
            "\\b(?:Western|Eastern|Northern|Southern|South|North|East|West|Inner|Outer|Upper|Lower)[-\u2010\u2011 ]$");
    /** "New Mexico", a state of the United States; "New" before another name is a headline's word ("The New US-Japan …"). */
    private static final Pattern NEW_MEXICO_BEFORE = Pattern.compile("\\bNew $");
    /** "heavy-duty vehicles": a class of vehicle, not a tariff. */
    private static final Pattern VEHICLE_CLASS_BEFORE = Pattern.compile("(?i)\\b(?:heavy|light|medium|extra)[-\u2010\u2011 ]$");
    /** How far back a link is looked for: a word inside a web address ("…-and-investment-in-…") is no mention. */
    private static final int URL_LOOKBACK = 300;
    /** "non-tariff barriers", "non-subsidized": the instrument is negated away. */
    private static final Pattern NEGATED_BEFORE = Pattern.compile("(?i)\\bnon[-\u2010\u2011 ]?$");
    /** Legal formulas that contain an instrument word without meaning the instrument. */
    private static final List<String> LEGAL_FORMULAS = List.of("at law or in equity", "in law or in equity",
            "at law or equity", "in law or equity", "law or in equity", "in equity", "equity and inclusion",
            "equity and justice", "gender equity", "racial equity", "social equity", "health equity", "pay equity",
            "diversity, equity", "equity, inclusion", "equity, and inclusion", "equity audit", "equity audits",
            "educational equity", "transportation equity", "inclusion and equity", "inclusion, and equity",
            "financial inclusion and equity", "full faith and credit");
    /** Fixed phrases of contracts: "engineering, procurement and construction" is a service, not procurement. */
    private static final List<String> CONTRACT_FORMULAS = List.of("engineering, procurement and construction",
            "engineering, procurement, and construction", "engineering, procurement", "design, procurement",
            "procurement and construction", "procurement, and construction", "procurement, construction");
    /** An instrument word naming a portfolio or its people: "Finance Minister", "trade ministries", "finance officials". */
    private static final List<String> PORTFOLIO_WORDS = List.of("minister", "ministers", "ministry", "ministries",
            "secretary", "secretaries", "department", "departments", "committee", "committees", "official", "officials",
            "portfolio", "chief", "chiefs", "spokesperson", "spokesman", "spokeswoman", "agency", "agencies",
            "institution", "institutions");
    /** Also joined to another portfolio: "Finance and Health Ministries", "finance and trade ministers". */
    private static final Pattern PORTFOLIO_AFTER = Pattern.compile("(?i)^(?:\\s+(?:and|&)\\s+\\p{L}+)?\\s+"
            + alternation(PORTFOLIO_WORDS) + "\\b");
    /** A firm's buying office or post: "the procurement center", "procurement officer". */
    private static final Pattern PURCHASING_OFFICE_AFTER = Pattern.compile("(?i)^[ \\t]+(?:cent(?:er|re)s?|teams?|officers?"
            + "|chiefs?|heads?|managers?)\\b");
    /** A post that heads the work: "head of strategic procurement", "director of procurement". */
    private static final Pattern POST_OF_BEFORE = Pattern.compile("(?i)\\b(?:head|chief|director|manager|officer"
            + "|vice\\s+president)\\s+of\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?$");
    private static final Pattern DECISION_AFTER = Pattern.compile("(?i)^\\s+decisions?\\b");
    /**
     * "the charges coastal governments levy on freight", "states fund": a plural actor right before the bare form is
     * its subject, so the form is a verb.
     */
    private static final Pattern PLURAL_ACTOR_BEFORE = Pattern.compile("(?i)\\b(?:governments|countries|states|nations"
            + "|authorities|parties|participants|members|partners|agencies|banks|lenders)\\s+$");
    /** The modifier of a procedure, not the instrument: "the permitting process", "financing terms" stay instruments. */
    private static final Pattern PROCEDURE_AFTER = Pattern.compile("(?i)^\\s+(?:process|processes|procedures?)\\b");
    /**
     * "its duties", "perform the duties of", "perform such other duties", "duties and responsibilities", "a duty to
     * consult": obligations, not tariffs.
     */
    private static final Pattern OBLIGATION_DUTY_BEFORE = Pattern.compile("(?i)\\b(?:its|their|his|her|our|your|my"
            + "|official|fiduciary|statutory|legal|perform|performs|performed|performing|discharge|discharges"
            + "|discharging|exercise|exercising|fulfil|fulfill|fulfils|fulfills|fulfilling|carry\\s+out|on|active|military"
            + "|jury|escort|moral|sacred|solemn|highest|civic|patriotic|call\\s+(?:of|to)|line\\s+of"
            + "|reports?\\s+for|reported\\s+for|returns?\\s+to|returned\\s+to)\\s+(?:(?:the|such|these|those|all|other)\\s+){0,2}$"
            + "|\\b(?:active|limited)[-\u2010\u2011]$");
    /** "increase the rate of duty to a level …": a rate of duty is a tariff, whatever "to" follows it. */
    private static final Pattern DUTY_RATE_BEFORE = Pattern.compile("(?i)\\brates?\\s+of\\s+(?:customs\\s+)?$");
    private static final Pattern OBLIGATION_DUTY_AFTER = Pattern.compile(
            "(?i)^\\s+(?:and\\s+(?:responsibilit|obligation|function|power|right)|of\\s+(?:care|the\\s+\\p{Lu}|loyalty"
                    + "|confidentiality)|to\\s+(?!be\\b)\\p{L}+|(?:military|servicemembers?|personnel|stations?|hours)\\b)");
    /**
     * An instrument word naming a trade or its firms, not the instrument: "the insurance industry", "investment
     * firms", "financing companies", "the bank's lending arm".
     */
    private static final List<String> SECTOR_WORDS = List.of("industry", "industries", "sector", "sectors",
            "company", "companies", "firm", "firms", "provider", "providers", "broker", "brokers", "regulator",
            "regulators", "professional", "professionals", "carrier", "carriers", "banker", "bankers", "arm", "arms");
    /**
     * Metals named in figures of speech: "the gold standard", "Gold Star families", "Iron Dome", "iron-clad", "Silver
     * Spring", "Silicon Valley", "the Silicon Savannah".
     */
    private static final Set<String> FIGURATIVE_METALS = Set.of("gold", "silver", "platinum", "iron", "diamond", "silicon");
    /** "up to US⏎$10 million": the currency's letters at a line's end, its sign and sum on the next line. */
    private static final Pattern CURRENCY_ACROSS_LINE = Pattern.compile("^[ \\t]*\\r?\\n[ \\t]*\\$\\s*\\d");
    /** A state's currency named after it: "US dollars", "Singapore dollar", "U.S.-dollar" (a sum, not the state). */
    private static final Pattern CURRENCY_AFTER = Pattern.compile("(?i)^(?:[ \\t]+|-)(?:dollars?|cents)\\b");
    private static final Pattern FIGURATIVE_AFTER = Pattern.compile("(?i)^[-\\s]\\s*(?:standards?|stars?|medals?|medalists?"
            + "|medallists?|awards?|cards?|dome|clad|lining|jubilee|anniversary|spring|bullets?|valley|savannah|alley)\\b");
    /**
     * A capitalized one before another name word is part of a name: "Silver School", "Silver & Schwartz"; not silicon,
     * which product names hold as the material ("Crystalline Silicon Photovoltaic Cells").
     */
    private static final Set<String> NAMING_METALS = Set.of("gold", "silver", "platinum", "iron", "diamond");
    /** The name word after such a metal. */
    private static final Pattern NAME_WORD_AFTER = Pattern.compile("^(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?:\\p{Lu}|&)");
    /**
     * "lead" is the metal only beside another base metal it is mined or listed with ("zinc, lead and silver",
     * "lead-zinc deposits", "lead and zinc"); elsewhere it is the verb or the adjective ("lead agency").
     */
    private static final String LEAD_PARTNERS = "(?:zinc|copper|silver|gold|nickel|tin|cobalt|antimony|bismuth|cadmium"
            + "|indium|germanium|gallium|tungsten|molybdenum)";
    private static final String LIST_JOIN = "(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+|\\s*[-/\u2010\u2011]\\s*)";
    private static final Pattern METAL_BEFORE_LEAD = Pattern.compile("(?i)\\b" + LEAD_PARTNERS + LIST_JOIN + "$");
    private static final Pattern METAL_AFTER_LEAD = Pattern.compile("(?i)^" + LIST_JOIN + LEAD_PARTNERS + "\\b");
    /**
     * Bare "debt" is a loan only beside another instrument of finance ("debt and equity", "debt, equity and political
     * risk insurance", "equity or debt"); elsewhere it is what a state or household owes ("national debt").
     */
    private static final String FINANCE_PARTNERS = "(?:equity|grants?|guarantees?|insurance|mezzanine|quasi-equity)";
    private static final Pattern FINANCE_BEFORE_DEBT = Pattern.compile("(?i)\\b" + FINANCE_PARTNERS
            + "(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|and/or)\\s+|\\s*/\\s*)$");
    private static final Pattern FINANCE_AFTER_DEBT = Pattern.compile("(?i)^(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|and/or)\\s+"
            + "|\\s*/\\s*)" + FINANCE_PARTNERS + "\\b");
    /**
     * A warrant beside a firm's shares is the right to buy them ("warrants for additional common shares", "a 5%
     * stake through warrants"); one that buys into the firm or is exercised says so after it ("warrants to buy 7.5%
     * of the company", "warrants in the company", "the warrants may be exercised", "warrants for 5 percent of it").
     */
    private static final Pattern SHARE_CAPITAL_WORDS = Pattern.compile("(?i)\\b(?:shares?|stock|stakes?|equity"
            + "|shareholders?)\\b");
    private static final Pattern SHARE_WARRANT_AFTER = Pattern.compile("(?i)^\\s+(?:to\\s+(?:buy|purchase|acquire)"
            + "|in\\s+(?:the\\s+)?(?:company|firm|miner|developer|group)\\b|(?:may|can|will|could|would|are|were)\\s+(?:be\\s+)?exercis"
            // a share of the firm's capital: "warrants for 5 percent of the company", "warrants over a further 7.5%"
            + "|(?:for|over|covering)\\s+(?:(?:a|an)\\s+)?(?:further\\s+|additional\\s+|another\\s+|up\\s+to\\s+)?\\d[\\d.,]*\\s*(?:%|percent\\b|per\\s+cent\\b)"
            + "|exercisable\\b)");
    private static final Pattern SECTOR_AFTER = Pattern.compile("(?i)^\\s+" + alternation(SECTOR_WORDS) + "\\b");
    /**
     * Insurance as a trade, a cost or a social benefit, not cover a party gives: "insurance and insurance-related
     * services", "insurance activities", "freight, insurance and packing", "social insurance", "life insurance".
     */
    private static final Pattern INSURANCE_SERVICE_AFTER = Pattern.compile("(?i)^(?:\\s+and\\s+insurance)?(?:-|\\s+)"
            + "(?:related|services?|activit(?:y|ies)|polic(?:y|ies)|premiums?|intermediation|undertakings?|markets?"
            + "|business|brokerage)\\b|^,?\\s+(?:and\\s+)?(?:packing|freight)\\b");
    private static final Pattern INSURANCE_SERVICE_BEFORE = Pattern.compile("(?i)(?:\\b(?:freight|costs?|transport"
            + "|transportation|packing),?\\s+(?:(?:and|including)\\s+)?(?:the\\s+)?|\\b(?:social|medical|health|life"
            + "|non-life|property|direct|compulsory|unemployment|employment|excluding|auxiliary\\s+to)\\s*\\(?\\s*|\\bco-)$");
    /**
     * The units of a customs nomenclature, not a tariff: "a change in tariff classification", "tariff lines",
     * "tariff heading 8505", "Column 1 duty rates" stay tariffs.
     */
    private static final Pattern NOMENCLATURE_AFTER = Pattern.compile("(?i)^\\s+(?:classifications?|(?:sub)?headings?"
            + "|lines?|items?|nomenclatures?|codes?|numbers?|chapters?)\\b");
    /** "illicit finance", "terrorist financing": crimes the parties fight, not money they give. */
    private static final Pattern CRIME_BEFORE = Pattern.compile("(?i)\\b(?:illicit|illegal|criminal|terrorist|terrorism"
            + "|proliferation)\\s+$");
    /** "countering the financing of terrorism", "the financing of proliferation": the crime named after the word. */
    private static final Pattern CRIME_AFTER = Pattern.compile("(?i)^\\s+of\\s+(?:terrorism|terrorists?|proliferation)\\b");
    /** "the grant of entry", "a grant of rights": granting a status or a right, not a grant of money. */
    private static final List<String> GRANTED_THINGS = List.of("entry", "stay", "access", "permission", "approval",
            "authority", "authorization", "authorisation", "licence", "license", "licences", "licenses", "right",
            "rights", "patent", "patents", "asylum", "status", "visa", "visas", "concession", "concessions",
            "exemption", "exemptions", "waiver", "preference", "preferences", "treatment", "tariff", "tariffs",
            "quota", "quotas", "citizenship",
            "residence", "protection", "immunity", "leave", "parole", "recognition", "relief");
    private static final Pattern GRANTED_AFTER = Pattern.compile(
            "(?i)^\\s+of\\s+(?:(?:a|an|the|any|such|its|their)\\s+)?(?:\\p{L}+\\s+){0,2}?" + alternation(GRANTED_THINGS) + "\\b");
    /**
     * "Ulysses S. Grant", "Lieutenant Grant fought", "It was Grant’s resolve", "vice Grant T. Harris": a capitalized
     * Grant after an initial, a title or a lower-case word, and before no name word or money word, is a person.
     * "Pell Grant award", "Hazard Mitigation Grant Program", "a Grant" and a sentence that opens with "Grant" stay.
     */
    private static final Pattern GRANT_NAME_AFTER = Pattern.compile("^(?:\\s+\\p{Lu}\\.|['’]s\\b|(?!\\s*[-(]|\\s+\\p{Lu}"
            + "|\\s+(?:programs?|funds?|funding|money|awards?|agreements?|recipients?|dollars?|opportunit(?:y|ies)"
            + "|applications?|payments?|making|period|conditions?)\\b))");
    /** What stands before a person's surname: an initial, a rank or title, or a word that is not a determiner. */
    private static final Pattern SURNAME_BEFORE = Pattern.compile("(?:\\b\\p{Lu}\\.|\\b(?:President|General|Gen\\.|Lieutenant"
            + "|Lt\\.|Captain|Colonel|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Senator|Governor|Secretary)|\\b(?!(?:a|an|the|this|each|any|such"
            + "|its|their|our|his|her|new|federal|state)\\b)\\p{Ll}+,?)\\s+$");
    /**
     * "Business Secretary Grant Shapps", "Minister Grant Roe": a Grant right after a title and before a capitalized
     * word is a given name; "Secretary Grant Program" (a money word after it) stays.
     */
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(?:President|Premier|Minister|Secretary|Senator"
            + "|Governor|Ambassador|Commissioner|Treasurer|Chancellor|Mayor|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|MP)\\s+$");
    private static final Pattern GIVEN_NAME_AFTER = Pattern.compile("^\\s+\\p{Lu}\\p{Ll}+\\b(?!\\s+(?:programs?|funds?|awards?"
            + "|agreements?|recipients?|applications?|payments?)\\b)(?<!\\s(?:Program|Programs|Fund|Funds|Award|Awards"
            + "|Agreement|Agreements|Scheme|Schemes|Facility|Initiative))");
    /**
     * "said Dana Grant, an analyst at …", "Lee Grant, a portfolio manager": a Grant after a capitalized first name and
     * before an apposition of a person's job, or after a first name that a verb of saying opens, is a surname.
     */
    private static final Pattern FIRST_NAME_BEFORE = Pattern.compile("(?<![\\p{L}\\d.’'-])\\p{Lu}\\p{Ll}+[ \\t]+$");
    private static final Pattern SPEAKER_FIRST_NAME_BEFORE = Pattern.compile(
            "\\b(?:said|says|told|wrote|according[ \\t]+to)[ \\t]+\\p{Lu}\\p{Ll}+[ \\t]+$");
    private static final Pattern PERSON_JOB_AFTER = Pattern.compile("^,[ \\t]+(?:(?:a|an|the)[ \\t]+)?(?:[\\p{L}-]+[ \\t]+){0,3}?"
            + "(?:analysts?|economists?|strategists?|managers?|directors?|partners?|professors?|researchers?|fellows?"
            + "|spokes(?:person|man|woman)|executives?|founders?|advis[eo]rs?|consultants?|traders?|chief|head)\\b");
    /**
     * The last words of the names of finance and advisory firms, as written: a run of three or more capitalized words
     * that ends in one of them ("Harbor Point Investment Partners", "Delta Investment Research") names a firm, and
     * the instrument words inside it are not instruments (its last word only after a word of finance).
     */
    private static final Set<String> ADVISORY_FIRM_ENDS = Set.of("Management", "Partners", "Counsel", "Advisors", "Advisers",
            "Associates", "Securities", "Research", "Capital", "LLC", "LLP", "LP");

    private static final Pattern NAME_WORD_BEFORE_FIRM = Pattern.compile("(?<![\\p{L}\\d.’'-])\\p{Lu}[\\p{L}&’'-]*[ \\t]+$");
    private static final Pattern NAME_WORD_AFTER_FIRM = Pattern.compile("^[ \\t]+(\\p{Lu}[\\p{L}&’'-]*)");
    private static final Pattern FINANCE_WORD_BEFORE = Pattern.compile("\\b(?:Investments?|Capital|Equity|Finance|Asset)[ \\t]+$");

    /** Whether the capitalized instrument word {@code c} is inside such a firm's name and not its first word. */
    private static boolean firmNameWord(String text, Candidate c) {
        if (!Character.isUpperCase(text.charAt(c.start()))) {
            return false;
        }
        int start = c.start();
        int words = 1;
        Matcher left = NAME_WORD_BEFORE_FIRM.matcher("");
        while (start > 0) {
            left.reset(text.substring(Math.max(0, start - 40), start));
            if (!left.find()) {
                break;
            }
            start -= left.group().length();
            words++;
        }
        if (start == c.start()) {
            return false; // the firm's name opens with the word: "Investment Partners" may be prose
        }
        Matcher right = NAME_WORD_AFTER_FIRM.matcher("");
        int end = c.end();
        String last = text.substring(c.start(), c.end());
        while (true) {
            right.reset(text.substring(end, Math.min(text.length(), end + 40)));
            if (!right.find()) {
                break;
            }
            last = right.group(1);
            end += right.end();
            words++;
        }
        // the run's own last word names a topic ("Women's Health Research", "Innovation Research program") unless a word
        // of finance goes before it: "Delta Investment Research"
        boolean ownLast = end == c.end();
        return words >= 3 && ADVISORY_FIRM_ENDS.contains(last) && !text.substring(start, c.start()).trim().equals("The")
                && (!ownLast || FINANCE_WORD_BEFORE.matcher(text.substring(Math.max(0, c.start() - 20), c.start())).find());
    }

    /** "grant a full pardon", "grant this permit": a verb before its object; a grant of money is not followed by one. */
    private static final Pattern ARTICLE_AFTER = Pattern.compile("(?i)^\\s+(?:a|an|this|these|such|any)\\b");
    /** "grant water rights", "grants subsidies to": the verb before what is granted, not a grant of money. */
    private static final Pattern GRANTED_OBJECT_AFTER = Pattern.compile("(?i)^\\s+(?:(?!(?:and|or|for|to|of|in|on|from"
            + "|under|with|by|that|which)\\b)\\p{L}+\\s+){0,2}?(?:" + alternation(GRANTED_THINGS)
            + "|subsid(?:y|ies)|incentives?)\\b");
    /** "permitting an investment", "permitting the Party to", "permitting exemptions": a verb before its object. */
    private static final Pattern OBJECT_DETERMINER_AFTER = Pattern.compile(
            "(?i)^\\s+(?:a|an|the|any|such|its|their|his|her|them|it|him|each|this|these|those)\\b");
    /** "AI training", "model training, simulation", "training data": training machines, not people. */
    private static final Pattern MACHINE_BEFORE = Pattern.compile(
            "(?i)\\b(?:AI|model|models|inference|machine[- ]learning|neural[- ]network)[,\\s]+$");
    private static final Pattern MACHINE_AFTER = Pattern.compile(
            "(?i)^[,\\s]+(?:data|datasets?|compute|runs?|clusters?|workloads?|inference|simulation)\\b");
    /**
     * Bare "equity" is an instrument in a sentence about money or where a party takes it in a firm ("take equity in
     * the mine", "debt and equity");
     * elsewhere it is fairness ("urgency and equity of the response", "vaccine equity").
     */
    private static final Pattern FINANCE_CONTEXT = Pattern.compile(
            "(?i)\\b(?:debt|loans?|lending|capital|invest\\p{L}*|financ\\p{L}*|fund\\p{L}*|stakes?|shares?|shareholders?"
                    + "|ownership|owned|owns?|bonds?|guarantee\\p{L}*|grants?|subsid\\p{L}*|insurance|million|billion"
                    + "|bank\\p{L}*|dfc|exim|jbic|jogmec|private)\\b|[$€£¥]|\\bUSD\\b"
                    + "|\\b(?:receiv|tak|acquir|hold)\\p{L}*\\s+(?:an?\\s+)?equity\\s+in\\b");
    private static final int EQUITY_WINDOW = 80;
    /** "private equity firm Denham Capital", "owned by private equity groups": the investor's trade, no instrument. */
    private static final Pattern PRIVATE_EQUITY_FIRM = Pattern.compile("(?i)\\bprivate[-\\s]+equity\\s+(?:firms?|groups?"
            + "|funds?|managers?|investors?|owners?|houses?|giants?|companies|company|backers?|sponsors?)\\b");
    /** An adverb makes the -ing word a verb: "by responsibly permitting, managing and remediating mines". */
    private static final Pattern ADVERB_BEFORE = Pattern.compile("(?i)\\b\\p{L}+ly\\s+$");
    private static final Set<String> NOT_ADVERBS = Set.of("early", "only", "family", "supply", "apply", "rely",
            "july", "italy", "assembly", "ally", "rally", "monopoly", "anomaly", "reply", "daily", "weekly",
            "monthly", "quarterly", "yearly", "likely", "friendly", "costly", "timely", "orderly");
    /** A sum held "in equity" is a stake ("$50 million in equity in the firm"), not the legal formula. */
    private static final String SUM_BEFORE_IN_EQUITY = "(?<!(?:illion|thousand|\\d)\\s{1,3})";
    private static final Pattern LEGAL_FORMULA = Pattern.compile("(?i)\\b" + SUM_BEFORE_IN_EQUITY
            + alternation(LEGAL_FORMULAS) + "\\b");
    private static final Pattern CONTRACT_FORMULA = Pattern.compile("(?i)\\b" + alternation(CONTRACT_FORMULAS) + "\\b");
    private static final RequiredWords LEGAL_FORMULA_WORDS = RequiredWords.ofPhrasesInAnyCase(LEGAL_FORMULAS);
    private static final RequiredWords CONTRACT_FORMULA_WORDS = RequiredWords.ofPhrasesInAnyCase(CONTRACT_FORMULAS);
    /**
     * Heads of names that start with their head: "Agreement on Agricultural Subsidies", "Agreement on Trade and
     * Investment Facilitation", "Office of Loan Programs". The capitalized words after the connector are the name.
     */
    private static final List<String> LEADING_HEADS = List.of("Agreement", "Agreements", "Treaty", "Convention",
            "Protocol", "Act", "Law", "Regulation", "Charter", "Accord", "Arrangement", "Memorandum of Understanding",
            "Office", "Committee", "Subcommittee", "Working Group", "Working Groups", "Task Force", "Fund",
            "Facility", "Initiative", "Dialogue", "Council", "Commission", "Center", "Centre", "Bureau", "Division",
            "Plan", "Strategy", "Roadmap");
    private static final List<String> LEADING_CONNECTORS = List.of("on", "for", "of", "concerning", "regarding",
            "relating to", "establishing");
    private static final String TITLE_WORD = "\\p{Lu}[\\p{L}\\d&'’.-]*";
    private static final Pattern LEADING_HEAD_NAME = Pattern.compile(
            "\\b" + alternation(LEADING_HEADS) + "\\s+" + alternation(LEADING_CONNECTORS) + "\\s+(?:the\\s+)?"
                    + TITLE_WORD + "(?:\\s+(?:(?:and|of|on|for|the|in|to)\\s+)?" + TITLE_WORD + ")*");
    private static final LeadWordSearch LEADING_HEAD_NAME_SEARCH = new LeadWordSearch(LEADING_HEAD_NAME);
    /**
     * A framework agreement named after what it secures: "Framework for Securing Supply in the Mining and Processing of
     * Critical Minerals and Rare Earths". Its words run across a connector and "the"; the minerals in it name the
     * agreement (ANNOTATION.md §1). A partnership's minerals stay ("Strategic Partnership on Rare Earths").
     */
    private static final Pattern FRAMEWORK_NAME = Pattern.compile("\\bFramework\\s+(?:for|on)\\s+(?:the\\s+)?" + TITLE_WORD
            + "(?:(?:,\\s+(?:and\\s+)?|\\s+(?:(?:and|of|on|for|in|to|through)\\s+)?(?:the\\s+)?)" + TITLE_WORD + "){0,12}");
    /**
     * Portfolios of people and offices: "Minister of Finance", "Assistant Secretary for International Finance and
     * Development", "Subcommittee on Capital Markets, Insurance and …", "Senior Advisor to the President for Energy
     * and Investment", "the Ministries of Interior, Finance, and Trade". The instrument words there name the
     * portfolio; a mineral word stays (a heading "Secretary of Energy Announces … Critical Minerals" goes on).
     */
    private static final List<String> PORTFOLIO_HEADS = List.of("Minister", "Ministers", "Ministry", "Ministries",
            "Department", "Advisor", "Adviser", "Envoy", "Coordinator",
            "Secretary", "Secretariat", "Director", "Directorate", "Officer", "Commissioner", "Committee",
            "Subcommittee", "Office", "Bureau", "Division", "Council", "Commission", "Centre", "Center");
    private static final Pattern PORTFOLIO_NAME = Pattern.compile(
            "\\b" + alternation(PORTFOLIO_HEADS) + "(?:\\s+to\\s+the\\s+(?:Vice\\s+)?(?:President|Secretary))?"
                    + "\\s+(?:of|for|on)\\s+(?:the\\s+)?" + TITLE_WORD
                    + "(?:(?:,\\s+(?:and\\s+)?|\\s+(?:(?:and|of|on|for|the|in|to|&)\\s+)?)" + TITLE_WORD + "){0,5}");
    /**
     * Heads of names of tools, bodies and documents ("Federal Permitting Portal", "Investment Review Board",
     * "America First Investment Policy"):
     * instrument words inside them name the thing, they are not the instrument. Not programs: a program is the
     * instrument it is named after ("Clean Energy Financing Program" is financing, "Training Program" training).
     */
    private static final List<String> PROGRAM_HEADS = List.of("Portal", "Dashboard", "Platform", "Database",
            "Registry", "Tracker", "Website", "Tool", "Hub",
            "Council", "Committee", "Board", "Unit", "Division", "Desk", "Review", "Process", "Act", "Acts",
            "Agreement", "Agreements", "Office", "Offices", "Team", "Map", "Index", "Report", "Strategy",
            "Schedule", "Schedules", "Officer", "Officers", "Secretary", "Minister", "Adviser", "Advisor", "Counsel",
            "Director", "Accelerator", "Accelerators", "Academy", "Centers", "Centres", "Plan", "Plans", "Framework",
            "Roadmap", "Policy",
            // labs, mission statements and groups named after money: "Critical Metals Finance Mission Statement",
            // "Graphite Investment Lab", "Lithium Investment Group" (not an agenda: a research agenda is research to do)
            "Lab", "Labs", "Laboratory", "Statement", "Group");
    private static final Pattern PROGRAM_NAME = Pattern.compile(
            "\\b" + TITLE_WORD + "(?:\\s+(?:(?:of|on|and|for|the|to|&)\\s+)?" + TITLE_WORD + "){0,6}\\s+"
                    + alternation(PROGRAM_HEADS) + "\\b");
    /**
     * "Partnership for Global Infrastructure and Investment", "Memorandum on Trade and Investment Cooperation": an
     * initiative or a document named after what it does. Its instrument words name it; its minerals stay ("Strategic
     * Partnership on Rare Earths").
     */
    private static final Pattern PARTNERSHIP_NAME = Pattern.compile("\\b(?:Partnerships?|Memorandum|Framework|Agreement)\\s+"
            + "(?:for|on|of)\\s+(?:the\\s+)?"
            + TITLE_WORD + "(?:(?:,\\s+(?:and\\s+)?|\\s+(?:(?:and|of|on|for|the|in|to|&)\\s+)?)" + TITLE_WORD + "){0,6}");
    /**
     * The quoted title of a rule or report: "the final rule entitled “Provisions Pertaining to U.S. Investments in …”".
     * Its instrument words name the document.
     */
    private static final Pattern ENTITLED = Pattern.compile("\\b(?:entitled|titled)\\s+[“\"]\\p{Lu}[^”\"]{3,300}[”\"]");
    /**
     * A source a news report cites is not an instrument: "Harbor Finance reported", "according to Delta Research",
     * "research shows that".
     */
    private static final Pattern REPORTS_AFTER = Pattern.compile("^\\s+(?:reported|reports|said|says|estimated"
            + "|estimates|shows|showed|suggests|suggested|indicates|indicated|noted|wrote)\\b");
    private static final Pattern ACCORDING_TO_BEFORE = Pattern.compile(
            "\\b[Aa]ccording\\s+to\\s+(?:\\p{Lu}[\\p{L}\\d&.-]*\\s+){1,3}$");
    /** Instrument words that are also verbs in the third person: "as the Director grants", "Japan funds the mine". */
    private static final Set<String> THIRD_PERSON_VERBS = Set.of("grants", "funds", "finances", "guarantees", "loans",
            "subsidizes", "subsidises", "insures", "invests", "researches", "stockpiles", "permits", "trains");
    /** A subject right before the verb: a pronoun, or an official or body by title ("the Director"). */
    private static final List<String> SUBJECT_WORDS = List.of("he", "she", "it", "who", "which", "Director",
            "Secretary", "Administrator", "President", "Minister", "Commissioner", "Chair", "Chairman", "Governor",
            "Board", "Committee", "Commission", "Agency", "Department", "Ministry", "Party", "Participant",
            "Government", "Council", "Authority", "Bureau", "Office", "Representative", "Trustee", "Lender");
    private static final Pattern SUBJECT_BEFORE = Pattern.compile("\\b" + alternation(SUBJECT_WORDS) + "\\s+$");
    /** What a transitive verb takes as its object; a plural noun is rarely followed by these. */
    private static final List<String> OBJECT_WORDS = List.of("the", "such", "any", "its", "his", "her", "their",
            "them", "him", "it", "each", "this", "these", "those", "approval", "permission", "exemption", "exemptions",
            "waiver", "waivers", "relief", "exclusion", "exclusions", "request", "requests", "access");
    private static final Pattern OBJECT_AFTER = Pattern.compile("^\\s+" + alternation(OBJECT_WORDS) + "\\b");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)\\b(?:the|a|an|these|those|such|its|their|our|his|her|any|all|new|of|for|and|or|in|with|through|by|via"
                    + "|provide|provides|provided|providing|award|awards|awarded|receive|receives|received)\\s+$");
    /**
     * "Administration" alone is the US government only on its own ("the Administration will"); after a name word it
     * closes an agency's name ("Food and Drug Administration", "Korea AeroSpace Administration").
     */
    private static final Set<String> NOT_NAME_BEFORE_ADMINISTRATION = Set.of("The", "This", "That", "Our", "My", "Current",
            "Previous", "Prior", "Next", "New", "Present", "Whole", "Entire", "Each", "Every", "US", "U.S.", "USA",
            "American", "United", "States");
    private static final Pattern NAME_WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}\\d.&-]*)\\s+$");
    /** "Administration for …", "Administration and Finance Commission": the word opens a longer name. */
    private static final Pattern NAME_CONTINUES_AFTER = Pattern.compile("^\\s+(?:(?:of|for|on)\\s+(?:the\\s+)?\\p{Lu}"
            + "|(?:and|&)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}(?:Commission|Committee|Department|Division|Office|Bureau|Council"
            + "|Board|Unit|Directorate|Service)\\b)");

    /**
     * Words that close the name of a government body or public institution no dictionary knows: "Korea Forest
     * Service", "Rural Development Administration", "Saudi Geological Survey", "Chilean Copper Commission".
     */
    private static final List<String> AGENCY_HEADS = List.of("Administration", "Agency", "Authority", "Bureau",
            "Commission", "Service", "Survey", "Bank", "Organization", "Organisation", "Federation", "Confederation",
            "Directorate", "Inspectorate", "Association", "Chamber", "Union", "Institute", "Council", "Board", "Fund", "Society",
            "Corporation", "Task Force", "Alliance", "Consortium");
    /** A tie's label, one word of tie-labels.txt before "Alliance": "Green Alliance". */
    private static final Pattern TIE_LABEL = Pattern.compile("(?:" + String.join("|",
            DataLines.of(Annotator.class, "tie-labels.txt")) + ")\\s+Alliance");
    /** Words that open such a name: "Ministry of Mines and Energy", "Department of Mineral Resources". */
    private static final List<String> AGENCY_LEADING_HEADS = List.of("Ministry", "Department", "Bank", "Agency", "Society",
            "Bureau", "Directorate General", "Directorate-General", "Directorate", "Commission", "Authority", "Board",
            "Chamber", "Institute");
    /**
     * Words that open the name of a body in Spanish, Portuguese, French or Italian: "Ministerio de Minería",
     * "Agência Nacional de Mineração", "Société Guinéenne du Patrimoine Minier", "Empresa Nacional del Litio".
     */
    private static final List<String> ROMANCE_HEADS = List.of("Ministerio", "Ministério", "Ministère", "Ministero",
            "Secretaría", "Subsecretaría", "Secretaria", "Secrétariat", "Agencia", "Agência", "Agence", "Agenzia",
            "Banco", "Banque", "Caja", "Caixa", "Caisse", "Cassa", "Corporación", "Corporação", "Comisión", "Comissão",
            "Commission", "Commissione", "Empresa", "Empresas", "Compañía", "Companhia", "Compagnie", "Sociedad",
            "Sociedade", "Société", "Società", "Instituto", "Institut", "Istituto", "Servicio", "Serviço", "Service",
            "Superintendencia", "Superintendência", "Dirección", "Direção", "Direction", "Consejo", "Conselho",
            "Conseil", "Fondo", "Fundo", "Fonds", "Autoridad", "Autoridade", "Autorité", "Confederación",
            "Confederação", "Confédération", "Federación", "Federação", "Fédération", "Central", "Centrale", "Unión",
            "Union", "Yacimientos", "Petróleos", "Petróleo", "Office", "Bureau", "Régie", "Entreprise", "Ente",
            "Cámara", "Câmara", "Chambre", "Departamento", "Administración", "Administração", "Oficina");
    /** The words that join the parts of such a name: "de", "del", "de la", "do", "dos", "des", "du", "d'", "y", "e", "et". */
    private static final String ROMANCE_CONNECTOR = "(?:(?:de\\s+)?l['’]|d['’]|(?:de(?:\\s+(?:la|las|los))?|del|do|da|dos|das|des|du"
            + "|y|e|et|para|pour)(?![\\p{L}]))";
    /** A word of such a name: capitalized, or lower-case with a letter outside ASCII ("française", "minières"). */
    private static final String ROMANCE_WORD = "(?:\\p{Lu}[\\p{L}.-]*|\\p{Ll}*[\\p{L}&&[^\\p{ASCII}]][\\p{L}-]*)(?:['’](?!s\\b)\\p{L}+)?";
    /** Legal forms after a company's name in those languages: "SpA", "S.A.", "Ltda.", "S.A. de C.V.". */
    private static final String ROMANCE_LEGAL_FORM = "(?:,?\\s+(?:S\\.A\\.(?:\\s+de\\s+C\\.V\\.)?|S\\.A\\.B\\.\\s+de\\s+C\\.V\\.|SpA|S\\.p\\.A\\.|Ltda\\.?"
            + "|S\\.A\\.S\\.|SAS|SARL|S\\.A\\.R\\.L\\.|S\\.R\\.L\\.|EP|E\\.P\\.))?";
    /** A Romance adjective after a head: "Servicio Geológico Minero Argentino", "Agência Espacial Brasileira". */
    private static final String ROMANCE_ADJECTIVE = "\\p{Lu}\\p{L}*(?:ico|ica|ano|ana|al|ero|era|eiro|eira|ino|ina|ês|esa|ense|ique|ienne|ien"
            + "|ais|aise|aire|ale|ena|eno|ário|ária|aria|ario)";
    /** The heads among them that are no English word, so that an adjective alone marks the name as Romance. */
    private static final List<String> ROMANCE_ONLY_HEADS = ROMANCE_HEADS.stream()
            .filter(h -> !Set.of("Commission", "Service", "Office", "Bureau", "Union", "Central", "Direction", "Fonds")
                    .contains(h)).toList();
    /** Legal forms written as words after a company's name: "Jujuy Energía y Minería Sociedad del Estado". */
    private static final List<String> ROMANCE_LEGAL_WORDS = List.of("Sociedad del Estado", "Sociedad Anónima",
            "Sociedade Anônima", "Empresa Pública", "Empresa del Estado", "Société Anonyme");
    /** A lower-case adjective right after the head: "Office national des mines", "Banco central". */
    private static final String ROMANCE_LOWER_ADJECTIVE = "\\p{Ll}+(?:al|ale|aux|ique|ien|ienne|ais|aise|aire|ico|ica|ano|ana|eiro|eira)";
    /**
     * A Romance-language body's name: its head, words, then at least one connector and the words after it, where a
     * lower-case word directly after a connector belongs to the name ("Agence française de développement").
     */
    private static final String ROMANCE_NAME = "(?:" + alternation(ROMANCE_HEADS) + "(?:\\s+" + ROMANCE_LOWER_ADJECTIVE + ")?"
            + "(?:\\s+" + ROMANCE_WORD + "){0,3}"
            + "(?:\\s+" + ROMANCE_CONNECTOR + "(?:\\s+" + ROMANCE_CONNECTOR + ")?\\s*(?:" + ROMANCE_WORD + "|\\p{Ll}+)"
            + "(?:\\s+" + ROMANCE_WORD + "){0,3}){1,4}"
            + "|" + alternation(ROMANCE_ONLY_HEADS) + "\\s+" + ROMANCE_ADJECTIVE + "(?:\\s+" + ROMANCE_WORD + "){1,3}"
            + "|" + ROMANCE_WORD + "(?:\\s+(?:" + ROMANCE_CONNECTOR + "\\s+)?" + ROMANCE_WORD + "){0,4}\\s+"
            + alternation(ROMANCE_LEGAL_WORDS) + ")" + ROMANCE_LEGAL_FORM;
    /** A weekday is when a body acted, not its name: "the Department of Natural Resources on Friday". */
    // a determiner opens no name: "Each Agency shall", "Such Agency", "Every Department"
    private static final String AGENCY_WORD = "(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Each|Every|Any|Such|This|That|These|Those|Its|Their|Our"
            // nor a count: "Five African Union members", "Several Council members" are some of the body's members
            + "|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Some|Many|Few|Both)\\b)\\p{Lu}[\\p{L}\\d.&-]*"
            // "… of the People's Republic of China": the state's name goes on past its apostrophe
            + "(?:(?=['’])(?<=People)['’]s)?"
            // a word of digits and capitals inside a name: "Bharat 6G Alliance" (a name never opens with one)
            + "|(?<=\\s)\\d+\\p{Lu}[\\p{L}\\d]*)";
    /** A comma inside a name only in a serial list that ends in "and": "Geological, Mining and Metallurgical Institute". */
    // Not after an "and" ("Lafarge and Holcim, IndustriALL …": two names, then a third), and not before an acronym
    // ("SAFs, RMI and …"): a serial list's items are words.
    // the comma is looked for first: the look back over up to 45 characters is tried at every word's end otherwise
    private static final String SERIAL_COMMA = "(?=,)(?<!\\s(?:and|&)\\s[\\p{L}\\d.&-]{1,40}),\\s+"
            + "(?=(?:\\p{Lu}[\\p{L}\\d.&-]*(?:\\s+\\p{Lu}[\\p{L}\\d.&-]*){0,2},\\s+){0,3}"
            + "(?!\\p{Lu}{2})\\p{Lu}[\\p{L}\\d.&-]*(?:\\s+\\p{Lu}[\\p{L}\\d.&-]*){0,2}\\s+(?:and|&)\\s+\\p{Lu})";
    private static final String AGENCY_JOIN = "(?:" + SERIAL_COMMA + "|\\s+(?:(?:and|&)\\s+|(?:for|of|on)\\s+(?:the\\s+)?)?)";
    private static final Pattern AGENCY_HEAD_WORD = Pattern.compile(
            "\\b" + alternation(Stream.of(AGENCY_HEADS, AGENCY_LEADING_HEADS, ROMANCE_HEADS).flatMap(List::stream).toList())
                    + "(?![\\p{L}])");
    private static final Pattern AND_BEFORE = Pattern.compile("\\s(?:and|&)\\s+(?:the\\s+)?$");
    /** "and" right after a name: " and Jet Blue Ventures". */
    private static final Pattern AND_AFTER = Pattern.compile("\\s+(?:and|&)\\s+");
    /** "and" between two names ("Bank of Zambia and Standard Chartered Bank"), not inside one ("Food and Drug …"). */
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");
    static final Pattern AGENCY_NAME = Pattern.compile(
            "\\b(?:" + ROMANCE_NAME + "(?![\\p{L}])|(?:(?:" + AGENCY_WORD + AGENCY_JOIN + "){1,6}" + alternation(AGENCY_HEADS)
                    + "|" + alternation(AGENCY_LEADING_HEADS) + "\\s+(?:of|for|on)\\s+(?:the\\s+)?" + AGENCY_WORD
                    + "(?:" + AGENCY_JOIN + AGENCY_WORD + "){0,8})"
                    // "State Administration| for Industry and Commerce| of the People's Republic| of China": a name's
                    // phrases after its head, the state's name last
                    + "(?:\\s+(?:of|for)\\s+(?:the\\s+)?" + AGENCY_WORD + "(?:(?:" + SERIAL_COMMA + "|\\s+(?:(?:and|&)\\s+)?)"
                    + AGENCY_WORD + "){0,3}){0,3}\\b)");
    private static final RequiredWords AGENCY_WORDS = RequiredWords.of(Stream.of(AGENCY_HEADS, AGENCY_LEADING_HEADS,
            ROMANCE_HEADS, ROMANCE_LEGAL_WORDS).flatMap(List::stream).toList());
    /**
     * "Seattle-based", "Lima-headquartered", "Australia-listed": where a body sits or trades, written before its name
     * and not part of it.
     */
    private static final Pattern LOCATION_WORD = Pattern.compile(
            // also who owns or runs it: "State-run IREL (India) Ltd", "Chinese-owned Acme Metals" name the firm after it
            "\\p{L}[\\p{L}.'’-]*-(?:based|headquartered|listed|registered|domiciled|run|owned|controlled)");

    static boolean isLocation(String word) {
        return LOCATION_WORD.matcher(word).matches();
    }

    private static final Pattern LAST_WORD = Pattern.compile("\\s+(\\S+)$");

    /** Words that open a sentence or a phrase, not a name. */
    private static final Set<String> NOT_AGENCY_START = Set.of("The", "A", "An", "This", "That", "These", "Those",
            "Our", "My", "Their", "Its", "His", "Her", "Each", "Both", "Under", "In", "On", "For", "With", "By", "And", "Of",
            "When", "While", "If", "As", "At", "To", "From", "Through", "Since", "After", "Before", "During", "Such",
            "Any", "All", "Every", "Other", "Said", "Sec.", "SEC.", "Section", "Article", "Million", "Billion",
            "Trillion", "Senior", "Former", "Outgoing", "Incoming", // "Senior Administration officials" names no agency
            "Recent", "Recently", "Latest", "Previous", "Previously", "Earlier", "Existing", "Current", "Today"); // "Recent Federal Transit Administration rules"
    /**
     * An act done to a body, as an article's heading names it: "Establishment of the Fund", "Management of the Fund".
     * No body's name opens with one of these before "of"; the name, if any, follows it.
     */
    private static final Pattern ACT_ON_BODY = Pattern.compile("(?:Establishment|Creation|Launch|Dissolution|Termination"
            + "|Capitalization|Capitalisation|Governance|Management|Operation|Operations|Functions|Purpose|Scope)\\s+of\\b");
    /** Verbs that open the items of a list of actions: "- Hold National Security Council-led consultations …". */
    private static final Set<String> ITEM_VERBS = Set.of("Hold", "Convene", "Host", "Launch", "Establish", "Expand",
            "Strengthen", "Promote", "Explore", "Deepen", "Enhance", "Continue", "Implement", "Coordinate", "Engage",
            "Encourage", "Facilitate", "Conduct", "Organize", "Organise", "Pursue", "Leverage", "Mobilize", "Increase",
            "Improve", "Identify", "Share", "Provide", "Welcome", "Reaffirm", "Commit", "Co-host", "Initiate");
    /** Only white space and a list item's mark between the line's start and a word. */
    private static final Pattern ITEM_START_BEFORE = Pattern.compile("(?:^|\\n)[ \t]*(?:[-–•*▪]|\\d{1,2}[.)]|\\(?\\p{Ll}\\))?[ \t]*$");

    /** Whether {@code word} at {@code at} is the verb that opens an item of a list of actions, not a name's first word. */
    private static boolean isItemVerb(String text, int at, String word) {
        return ITEM_VERBS.contains(word) && ITEM_START_BEFORE.matcher(text.substring(Math.max(0, at - 12), at)).find();
    }

    /** Words of headings, documents and titles; a name that has one is not a body's name. */
    private static final Pattern NOT_IN_AGENCY = Pattern.compile(
            // (a word hyphened to a name's part is a name's: "SMB-Winning Consortium")
            "\\b(?:(?<!-)\\p{Lu}\\p{L}*(?<!Min|Engineer|Manufactur|Bank|Shipp|Build|Trad|Process|Refin)ing|Section|Article"
                    + "|Annex|Fact|Sheet|Statement|Agreement|Memorandum|Framework|Act|Order|Executive|Plan|Strategy"
                    + "|Roadmap|Chapter|Part|Title|Schedule|Appendix|Exhibit|Table|Figure|About|How|Why|What|President"
                    + "|Secretary|Minister|Director|Administrator|Commissioner|Governor|Chair|Chairman|Head|Statements|Remarks"
                    + "|Readout|Briefing|Press|Call|Officials?|Medal|Award|Prize|Directors|Trustees|Visitors|Survivor"
                    + "|Champion|Master|Bachelor|Degree"
                    // a power, not a body: "Other Transactions Authority", "Emergency Authority", "Trade Promotion Authority"
                    + "|(?:Transactions?|Emergency|Acceptance|Modification|Appointment|Drawdown|Waiver|Borrowing"
                    + "|Contracting|Promotion|Spending|Statutory|Delegated)\\s+Authority)\\b");

    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}\\d&'’.-]*|\\d+\\p{L}+[\\p{L}\\d]*)";
    /** "IREL (India) Limited", "Rio Tinto (Australia) Pty Ltd": the country of a subsidiary, inside its name. */
    private static final String COUNTRY_IN_BRACKETS = "(?:\\s+\\(\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){0,2}\\))?";
    /** Investors' names end in these: "Orion Resource Partners", "Carbon Creek Capital", "Harbor Light Finance". */
    private static final List<String> INVESTOR_SUFFIXES = List.of("Partners", "Capital", "Ventures", "Investments", "Finance");
    /** The words a company's name ends with, legal suffixes and trades (investors' last among them), as regular expressions. */
    private static final List<String> COMPANY_SUFFIXES = Stream.concat(Stream.of("Inc\\.?", "Incorporated", "Corp\\.?", "Corporation",
            "Pty\\.?\\s+Ltd\\.?", "Sdn\\.?\\s+Bhd\\.?", "Co\\.,\\s+Ltd\\.?", "Ltd\\.?", "Tbk", "Bhd", "B\\.V\\.", "S\\.p\\.A\\.",
            "K\\.K\\.", "PJSC", "JSC", "LLP", "Limited", "LLC", "L\\.L\\.C\\.", "plc", "PLC", "AG", "SE", "S\\.A\\.", "SpA",
            "Ltda\\.?", "SARL", "S\\.R\\.L\\.", "GmbH", "N\\.V\\.", "Co\\.", "Company", "Group", "Holdings", "Materials",
            "Metals", "Mining", "Minerals", "Resources", "Magnetics", "Technologies",
            "Technology(?=,?\\s+(?:Inc|Corp|Co\\.|Ltd|Limited|LLC|plc|PLC|AG|GmbH)\\b)", "Energy", "Solutions?", "Electric", "Manufacturing", "Industries", "Rare Earths", "Rare Earth",
            "Chemicals?", "Aerospace", "Pharmaceuticals", "Airlines", "Airways", "Lithium", "Graphite",
            "Cobalt", "Nickel", "Copper", "Battery", "Batteries", "Motors", "Steel",
            "Refining", "Electric Power", "Power", "Magnets", "Semiconductor", "Aluminium", "Aluminum", "Platinum", "Zinc",
            "Uranium", "Tungsten", "Manganese", "Vanadium", "Magnesium", "Antimony", "Titanium", "Gallium", "Germanium"),
            INVESTOR_SUFFIXES.stream()).toList();
    private static final Pattern COMPANY = Pattern.compile(
            "\\b(" + NAME_WORD + "(?:\\s+(?:&\\s+)?" + NAME_WORD + "){0,3}" + COUNTRY_IN_BRACKETS + ")\\s+("
                    + byFirstLetter(COMPANY_SUFFIXES) + ")(,?\\s+(?:Co\\.,?\\s+(?:Ltd\\.?|Limited)|Inc\\.?|Corp\\.?|LLC|Ltd\\.?"
                    + "|Limited(?!\\s+\\p{Lu})|NL(?![\\p{L}\\d])))?"
                    + "(?=[\\s,;:)’'\"]|\\.?$|\\.\\s)");
    /** A name's last words and legal form after a trade word: "Huzhou Kaijin New Energy| Technology Corp". */
    private static final Pattern LEGAL_FORM_AFTER = Pattern.compile("^(?:\\s+" + NAME_WORD + "){1,2},?\\s+(?:Inc\\.?|Corp\\.?"
            + "|Corporation|Co\\.,?\\s+(?:Ltd\\.?|Limited)|Ltd\\.?|LLC|Limited|GmbH|plc|PLC)(?=[\\s,;:)’'\"]|\\.?$|\\.\\s)");
    /** Trades of mining firms, after which a firm's name follows a heading's word ("Investment Mandrake Resources"). */
    private static final Set<String> MINING_TRADES = Set.of("Resources", "Minerals", "Metals", "Mining", "Lithium",
            "Graphite", "Rare Earths", "Rare Earth", "Cobalt", "Nickel", "Copper", "Magnesium", "Antimony", "Uranium", "Tungsten");
    /** An acronym the text defines right after a name: " (NRE)". */
    private static final Pattern ACRONYM_DEFINED_AFTER = Pattern.compile("^[ \\t]+\\(\\p{Lu}{2,6}\\)");
    /**
     * Words of the kinds of finance prose names in title case ("Blended Finance", "International Climate Finance"),
     * never in a lender's name that ends in "Finance" ({@code finance-prose-words.txt}).
     */
    private static final Set<String> FINANCE_PROSE_WORDS = Set.copyOf(DataLines.of(ContextRules.class,
            "finance-prose-words.txt"));
    /** What follows "Finance" as a portfolio or its people: "Finance Minister", "the Indonesian Finance ministry". */
    private static final Pattern FINANCE_PORTFOLIO_AFTER = Pattern.compile("^\\s+(?:\\p{Lu}|(?:minister|ministers"
            + "|ministry|ministries|officials?|chiefs?|secretar(?:y|ies)|department|committee|directors?|officers?)\\b)");
    /** Kinds of dictionary names of states and their people: "Korea Finance", "Indonesian Finance" are no lenders. */
    private static final Set<String> STATE_AND_PEOPLE_KINDS = Set.of("state", "official", "abbrev", "capital", "demonym");

    /**
     * Whether a name that ends in "Finance" is a lender's ("Mission Driven Finance", "Orion Mine Finance"): no word of
     * finance prose in it, no state's name or people, and the name ends there (not "Finance Minister", "Finance
     * Corporation" is found whole).
     */
    private static boolean isFinanceFirm(String text, int start, String name, int suffixEnd, List<Candidate> known) {
        if (Arrays.stream(name.split("\\s+")).anyMatch(FINANCE_PROSE_WORDS::contains)
                || FINANCE_PORTFOLIO_AFTER.matcher(text.substring(suffixEnd, Math.min(text.length(), suffixEnd + 20))).find()) {
            return false;
        }
        return known.stream().noneMatch(k -> k.type() == MentionType.PARTY && STATE_AND_PEOPLE_KINDS.contains(k.kind())
                && k.start() < suffixEnd && start < k.end());
    }
    /** Words before them in phrases of prose, not in firms' names: "Trading Partners", "Venture Capital". */
    private static final Set<String> NOT_INVESTOR_WORDS = Set.of("Trading", "Trade", "Development", "Venture", "Working",
            "Seed", "Growth", "Private", "Public", "Foreign", "Political", "Social", "Risk", "Equity", "Like-Minded",
            "Like-minded", "Business", "Industry", "Industrial", "Regional", "Allied", "Infrastructure",
            "Implementing", "Financial", "Investment", "Strategic", "Key", "Global", "International", "Critical");
    private static final RequiredWords COMPANY_WORDS = RequiredWords.of(COMPANY_SUFFIXES);
    /**
     * A head after a trade word that makes a longer name, no firm's ({@code trade-name-goes-on.txt}), also after a second
     * field joined to the first: "the G7 Energy and Environment Ministers' Meeting".
     */
    private static final Pattern TRADE_NAME_GOES_ON = Pattern.compile("(?:[ \\t]+(?:and|&)[ \\t]+\\p{Lu}\\p{Ll}+)?[ \\t]+(?:"
            + String.join("|", DataLines.of(ContextRules.class, "trade-name-goes-on.txt")) + ")(?![\\p{L}\\d-])");
    /**
     * A word naming a business of a firm right after a name found by its trade word (unit-words.txt), and its legal form:
     * "Norvale Materials Trading", "Calder Capital Markets Ltd.".
     */
    private static final Pattern UNIT_AFTER = Pattern.compile("^[ \\t]+(?:"
            + String.join("|", DataLines.of(Annotator.class, "unit-words.txt")) + ")(?![\\p{L}\\d-])"
            + "(?:,?[ \\t]+(?:Inc\\.?|Corp\\.?|Corporation|Ltd\\.?|LLC|Limited|GmbH|plc|PLC|AG|Co\\.)(?=[\\s,;:)’'\"]|\\.?$|\\.\\s))?");
    private static final Set<String> NOT_COMPANY_START = Set.of(
            "The", "A", "An", "This", "These", "Our", "Their", "Its", "Critical", "Strategic", "Rare", "Clean",
            "Global", "National", "Domestic", "Allied", "Essential", "Key", "Processed", "Advanced", "New", "Other",
            "All", "Both", "Each", "Green", "Secure", "Minerals", "Mineral", "Energy", "Battery", "Supply", "And",
            "Of", "For", "In", "On", "With", "By", "Department", "Ministry", "Office", "Bureau", "Federal", "State",
            "Passenger", "Cargo", // a class of carrier in a heading: "Cargo Airlines Will Invest …"
            "Section", "Article", "Annex", "Fact", "FACT", "Joint", "Framework", "Memorandum", "Agreement", "When",
            "While", "Under", "Across", "Japanese", "American", "Chinese", "Korean", "Australian", "European",
            "Indian", "Canadian", "US", "U.S.", "United", "Japan", "China", "Korea", "Australia", "Sustainable",
            "Responsible", "Future", "Primary", "Secondary", "Heavy", "Light", "Magnet", "Magnets", "Permanent",
            "Renewable", "Natural", "Alternative", "Nuclear", "Affordable", "Reliable", "Low-Carbon", "Zero-Emission",
            "Solar", "Wind", "Geothermal", "Offshore", // a source of energy, a topic: "Solar Energy Creates Jobs"
            // resources and goods of a kind, not firms: "Human Resources", "Water Resources", "Basic Materials"
            "Human", "Water", "Cultural", "Archaeological", "Paleontological", "Basic", "Semi-Finished", "Financial");

    /** Demonyms that open phrases of prose ("American Energy", "Chinese Graphite") and some firms' names. */
    private static final Set<String> DEMONYM_STARTS = Set.of("American", "Japanese", "Chinese", "Korean", "Australian",
            "European", "Indian", "Canadian");
    /** What follows a firm's name used as a noun: the phrase's end, a possessive, or a subject's verb. */
    private static final Pattern NAME_USED_AFTER = Pattern.compile("^(?:\\s*[,;:)]|['’]s\\b|\\s+(?:and|said|says|has|have|had"
            + "|will|is|was|signed|received|announced|agreed|expects)\\b)");

    /**
     * A firm's name opening with a demonym: "American Cobalt Mining Company" by the company's word after two name words
     * or more; "American Lithium" (the demonym and a mining trade) below the headline, used as a name ("American Lithium,
     * along with …", "American Lithium's project"), where the text never writes the words in lower case as prose
     * does ("American lithium").
     */
    private static boolean isDemonymFirm(String text, String name, String suffix, int suffixStart, int end) {
        String[] words = name.split("\\s+");
        if (!DEMONYM_STARTS.contains(words[0])) {
            return false;
        }
        if (words.length >= 2 && (suffix.equals("Company") || suffix.equals("Corporation"))) {
            return !NOT_IN_COMPANY.matcher(name).find();
        }
        if (words.length != 1 || !MINING_TRADES.contains(suffix) || suffixStart < text.indexOf('\n')) {
            return false;
        }
        String phrase = (name + " " + suffix).toLowerCase(Locale.ROOT);
        return !Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(text).find()
                && !text.contains(words[0] + " " + suffix.toLowerCase(Locale.ROOT))
                && NAME_USED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).find();
    }

    /** A lender's trade in -ing, a word of an investor's name as a miner's trade is of a miner's: "Greenline Lending Partners". */
    private static final Pattern LENDERS_TRADE = Pattern.compile("\\b(?:Lending|Funding|Financing)\\b");

    /** Whether the only heading words in {@code text[from, to)} are lenders' trades: "Greenline Lending| Partners". */
    private static boolean onlyLendersTrades(String text, int from, int to) {
        String words = text.substring(from, to);
        return LENDERS_TRADE.matcher(words).find()
                && !NOT_IN_COMPANY.matcher(LENDERS_TRADE.matcher(words).replaceAll("Lender")).find();
    }

    /** Whether a phrase is a firm's name by its last word, all of it: "Torngat Metals", "Tollund Cobalt Ltd". */
    static boolean isCompanyName(String phrase) {
        Matcher m = COMPANY.matcher(phrase);
        return m.matches() && !NOT_COMPANY_START.contains(phrase.split("\\s+")[0]);
    }

    /**
     * Whether a name that ends in an investor's word is an investor's: not a phrase of prose ("Trading Partners",
     * "Venture Capital", "the Nation’s Capital") nor one the text also writes in lower case ("trading partners").
     */
    private static boolean isInvestor(String text, String name, String suffix) {
        String[] words = name.split("\\s+");
        String last = words[words.length - 1];
        if (NOT_INVESTOR_WORDS.contains(last) || NOT_INVESTOR_WORDS.contains(words[0]) || last.matches(".*['’]s")) {
            return false;
        }
        String phrase = (last + " " + suffix).toLowerCase(Locale.ROOT);
        // "Securities Investments", "Rural Partners": words the text also writes in lower case, no firm's name
        boolean prose = Arrays.stream(words).allMatch(w -> Pattern.compile("(?<![\\p{L}-])"
                + Pattern.quote(w.toLowerCase(Locale.ROOT)) + "(?![\\p{L}-])").matcher(text).find());
        return !prose && !Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(text).find();
    }

    /** Whether a known state, group or body, not a firm, spans exactly these characters. */
    private static boolean isKnownNonFirm(int start, int end, List<Candidate> known) {
        return known.stream().anyMatch(k -> k.type() == MentionType.PARTY && k.start() == start && k.end() == end
                && !k.kind().equals("company"));
    }

    /** Suffixes only a company's name ends with (not "Energy" or "Nickel", which end phrases too). */
    static final Pattern LEGAL_SUFFIX = Pattern.compile("Inc\\.?|Incorporated|Corp\\.?|Corporation|Pty\\.?\\s+Ltd\\.?"
            + "|Sdn\\.?\\s+Bhd\\.?|Co\\.,\\s+Ltd\\.?|Ltd\\.?|Tbk|Bhd|B\\.V\\.|S\\.p\\.A\\.|K\\.K\\.|PJSC|RSC|JSC|LLP|Limited|LLC"
            + "|L\\.L\\.C\\.|plc|Plc|PLC|AG|SE|S\\.A\\.|SpA|Ltda\\.?|Limitada|SARL|S\\.R\\.L\\.|GmbH|N\\.V\\.|Co\\.|Company|Holdings"
            + "|NL"); // an Australian no-liability company: "Lake Resources NL"
    private static final Pattern AND_BETWEEN = Pattern.compile(",?\\s+and\\s+");
    /** Legal forms no phrase of prose ends with: a name before one is a firm's even when it opens with "Critical". */
    private static final Pattern LEGAL_FORM = Pattern.compile("Inc\\.?|Incorporated|Corp\\.?|Pty\\.?\\s+Ltd\\.?|Ltd\\.?"
            + "|LLC|L\\.L\\.C\\.|plc|PLC|GmbH|Limited|NL");
    /** Prepositions that open a sentence before a firm's name and are no word of it: "Before Norvale Metals, …". */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("Before", "After", "During", "Since", "Following",
            "Unlike", "Like", "Despite", "Including", "Besides", "Beyond", "Through", "Prior");
    /** Words of NOT_COMPANY_START that open a phrase, never a name, whatever its last word. */
    private static final Set<String> FUNCTION_WORDS = Set.of("The", "A", "An", "This", "These", "Our", "Their", "Its",
            "All", "Both", "Each", "Other", "And", "Of", "For", "In", "On", "With", "By", "When", "While", "Under", "Across",
            "Department", "Ministry", "Office", "Bureau", "Section", "Article", "Annex", "Fact", "FACT", "Joint",
            "Framework", "Memorandum", "Agreement");

    /** "Tata Steel, Hitachi and …": the "and" after a known name joins two names, not words of one ("Energy and …"). */
    private static boolean afterKnownName(String text, int start, List<Candidate> known) {
        return known.stream().anyMatch(k -> k.type() == MentionType.PARTY && k.end() < start
                && AND_BETWEEN.matcher(text.substring(k.end(), start)).matches());
    }

    /** Heads that close the name of an office, a programme or a law after a suffix-like word ("Energy Division"). */
    private static final List<String> NOT_COMPANY_HEADS = List.of("Division", "Department", "Office", "Initiative",
            "Act", "Agency", "Commission", "Ministry", "Sector", "Policy", "Bureau", "Council", "Committee",
            "Institute", "Center", "Centre", "Fund", "Facility", "Award", "Awards", "Prize", "Medal", "Law", "Laws",
            "Research", "Section", "Sections", "Unit", "Directorate", "Authority", "Partnership", "Framework",
            "Summit", // plans and dialogues: PLAN_HEADS
            // places and projects: "Ambler Mining District", "a stake in the Greenland Rare Earths Project"
            "District", "Districts", "Project", "Projects", "Mine", "Mines", "Deposit", "Deposits",
            // what a trade makes and where: "EV Battery Separator Manufacturing Plant", "Battery Chemistry Supports …"
            "Plant", "Plants", "Factory", "Factories", "Campus", "Chemistry", "Chemistries");
    /**
     * The head of a programme's name may follow a word or two more of it ("Just Energy Transition Partnership"); a
     * body's may not ("Raw Materials Supply Chain Centre" is the body the company-like words name).
     */
    private static final Pattern NAME_GOES_ON = Pattern.compile("^[ \\t]+" + alternation(NOT_COMPANY_HEADS) + "\\b"
            + "|^(?:[ \\t]+\\p{Lu}[\\p{L}-]*){1,2}[ \\t]+(?:Partnership|Initiative|Framework|Policy|Award|Prize)\\b");

    /** Words of headings and slogans, never inside a company's name ("Supporting Responsible Domestic Mining"). */
    private static final Pattern NOT_IN_COMPANY = Pattern.compile(
            "\\b(?:\\p{Lu}\\p{L}*(?<!Min|Engineer|Manufactur|Shipp|Build|Trad|Process|Refin|Smelt|Recycl)ing|About|Questions?|Frequently|Diversify|Domestic|Responsible|Secure|Securing"
                    + "|Critical|Strategic|National|International|New|Our|Your|How|Why|What|Future|Key|Supply|Chains?|Value"
                    + "|Cooperation|Partnership|Partners|Investment|Investments|Trade|Policy|Economic|Security|Action|Plan|Its|Their"
                    + "|Fact|Sheet|Section|Support|Development|Agreement|Framework|Memorandum"
                    // verbs of headlines: "Lowers Energy Costs", "Achieve American Energy Dominance"
                    + "|Lowers?|Reduces?|Achieves?|Advances?|Boosts?|Expands?|Protects?|Strengthens?|Delivers?"
                    + "|Promotes?|Unleash(?:es)?|Restores?|Ensures?|Brings?|Creates?)\\b");
    /** Whether a capitalized phrase holds a word of headings and slogans ("Supply Chains"), never of a company's name. */
    static boolean isSloganWord(String phrase) {
        return NOT_IN_COMPANY.matcher(phrase).find();
    }

    /**
     * A strategic reserve named for what it holds: "the Strategic Bitcoin Reserve", "a Strategic Active Pharmaceutical
     * Ingredients Reserve", "a strategic bitcoin reserve". The reserve is the stockpile (the span is its head, as
     * "Stockpile" is in "National Defense Stockpile"); "strategic reserves" alone is in the dictionary. Not a reserve:
     * "strategic partners reserve the right".
     */
    private static final Pattern STRATEGIC_RESERVE = Pattern.compile(
            "\\bStrategic(?:\\s+\\p{Lu}[\\p{L}-]*){1,4}\\s+(Reserves?)\\b"
                    + "|\\bstrategic(?:\\s+(?!(?:and|or|to|in|of|for|with|on|at|by|from|as|is|are|was|were|will|the|a|an)\\b)"
                    + "\\p{Ll}[\\p{L}-]*){1,3}\\s+(reserves?)\\b"
                    + "(?!\\s+(?:the|a|an|their|its|our|his|her|this|these|those|to|capacity|margins?|requirements?"
                    + "|ratios?|currenc(?:y|ies)|components?|forces?|units?)\\b)");
    private static final String STRATEGIC = "trategic";
    /**
     * A reserve kept of a mineral: "build a national reserve of critical minerals", "set up reserves of gallium", "a
     * government reserve of cobalt". That reserve is a stockpile (ANNOTATION.md §1), its head the span. What lies in the
     * ground is not ("reserves of lithium", "the largest reserve of copper"), nor "the Federal Reserve" or "reserve the
     * right": a verb of making one or a holder's adjective comes before it, and a mineral right after "of".
     */
    private static final Pattern MINERAL_RESERVE = Pattern.compile("(?:\\b(?:build|builds|building|built|create|creates"
            + "|creating|created|establish|establishes|establishing|established|set[ \\t]+up|sets[ \\t]+up|setting[ \\t]+up"
            + "|launch|launches|launching|launched|replenish|replenishes|replenishing|replenished)[ \\t]+"
            + "(?:(?:a|an|the|its|their|our|his|her)[ \\t]+)?(?:(?!of\\b)[\\p{Ll}-]+[ \\t]+){0,2}(reserves?)"
            + "|\\b(?:national|government|joint)[ \\t]+(reserve)"
            // keeping one: "will hold a reserve of gallium", "maintain a reserve of cobalt"; only "a" and no word of size,
            // as "holds a large reserve of copper" is what lies in the ground ("holds" and "held" tell of that too)
            + "|\\b(?:hold|holding|maintain|maintains|maintaining|maintained|keep|keeps|keeping|kept)[ \\t]+(?:a|an)[ \\t]+"
            + "(?:(?!of\\b|large\\b|larger\\b|huge\\b|vast\\b|big\\b|significant\\b|substantial\\b|sizable\\b|sizeable\\b"
            + "|considerable\\b|proven\\b|known\\b|rich\\b)[\\p{Ll}-]+[ \\t]+){0,2}(reserve))[ \\t]+of[ \\t]+");
    private static final String RESERVE_OF = "reserve";
    /**
     * A reserve named for the mineral it keeps: "build a critical minerals reserve", "launches cobalt reserve", "a
     * national rare earth reserve". The mineral comes right before "reserve", and before it a verb of making one or a
     * holder's adjective, as in {@link #MINERAL_RESERVE}; "the largest lithium reserves" and "proven copper reserves" are
     * what lies in the ground.
     */
    private static final Pattern MAKER_BEFORE_MINERAL = Pattern.compile("(?:\\b(?:build|builds|building|built|create|creates"
            + "|creating|created|establish|establishes|establishing|established|set[ \\t]+up|sets[ \\t]+up|setting[ \\t]+up"
            + "|launch|launches|launching|launched|replenish|replenishes|replenishing|replenished)[ \\t]+"
            + "(?:(?:a|an|the|its|their|our|his|her)[ \\t]+)?(?:(?!(?:large|larger|largest|huge|vast|big|significant|substantial"
            + "|proven|probable|known|maiden|ore|mineral|measured|indicated)\\b)[\\p{Ll}-]+[ \\t]+){0,2}"
            + "|\\b(?:national|government|joint|federal|strategic)[ \\t]+)$");
    private static final Pattern RESERVE_AFTER_MINERAL = Pattern.compile("^[ \\t]+(reserves?)\\b");

    /** The word every export restriction phrase holds: a sentence without it is not searched. */
    private static final String EXPORT = "export";
    /**
     * Export restrictions written as phrases: "restrictions on its exports", "controls on the export", and the bans and
     * quotas a trade agreement rules out together ("any ban or quota on the export", "quotas on exports").
     */
    private static final String EXPORT_LIMIT = "(?:restrictions|controls|bans?|curbs|limits|limitations|prohibitions?|quotas?)";
    private static final Pattern EXPORT_CONTROL_PHRASE = Pattern.compile(
            "\\b" + EXPORT_LIMIT + "(?:\\s+or\\s+" + EXPORT_LIMIT + ")?\\s+on\\s+(?:(?:its|their|the|his|her|our)\\s+)?"
                    + EXPORT + "s?\\b",
            Pattern.CASE_INSENSITIVE);
    /** The word every import restriction phrase holds. */
    private static final String IMPORT = "import";
    /** Import restrictions written as phrases, like the export ones: "a ban on imports", "restrictions on the import". */
    private static final Pattern IMPORT_RESTRICTION_PHRASE = Pattern.compile(
            "\\b(?:restrictions|bans?|curbs|limits|limitations|prohibitions?)\\s+on\\s+(?:(?:its|their|the|his|her|our)\\s+)?"
                    + IMPORT + "s?\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Heads of the names of plans, dialogues, programmes and events: a state or body inside one ("the Brazil-South
     * Africa Mining Dialogue", "the Indonesia Critical Minerals Roadmap") is not a mention of that party.
     */
    private static final List<String> PLAN_HEADS = List.of("Roadmap", "Dialogue", "Strategy", "Action Plan", "Plan",
            "Agenda", "Programme", "Program", "Forum", "Show", "Expo", "Week", "Conference", "Summit", "Index",
            "Platform",
            // standing ministerial rounds and campaigns are events too: "at the Australia-United Kingdom Ministerial
            // Consultations", "the Japan-Korea Ministerial Meeting", "the Pacific Cancer Moonshot"
            "Consultations", "Meeting", "Meetings", "Moonshot",
            // a body's meetings are an event: "on the sidelines of the World Bank annual meetings"
            "Annual Meetings", "Annual Meeting", "Spring Meetings", "annual meetings", "annual meeting", "spring meetings");
    private static final Pattern PLAN_NAME_AFTER = Pattern.compile(
            "^(?:[-–—/]\\p{Lu}[\\p{L}.]*)*(?:\\s+(?:\\p{Lu}[\\p{L}’'-]*|and|of|on|for|&)){0,6}?\\s+"
                    + alternation(PLAN_HEADS) + "\\b");
    private static final int PLAN_NAME_CHARS = 120;
    /**
     * A war named for a state is an event, no party: "after the Vietnam War", "veterans of the Vietnam War". Only right
     * after the state's name, and not the first words of a longer name ("U.S. Naval War College").
     */
    private static final Pattern WAR_AFTER = Pattern.compile("^\\s+Wars?\\b(?!\\s+\\p{Lu})");
    /**
     * "the France 2030 investment plan", "the Japan 2040 strategy": a state's name and a year name a plan (a plan head,
     * in lower case too, within two words after the year), not the state as a party.
     */
    private static final Pattern YEAR_PLAN_NAME_AFTER = Pattern.compile("^\\s+(?:19|20)\\d{2}\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?i:plan|plans|programme|program|strategy|agenda|roadmap|vision|initiative)\\b");

    private ContextRules() {
    }

    /**
     * "the Quad Critical Minerals Initiative", "the U.S.-ASEAN Forest Future Initiative": a state or group named in an
     * initiative's name is not a party there. A body before it runs the initiative and stays ("the White House Initiative
     * on …", "a Department of Justice China Initiative"), as does a possessive ("U.S. Southern Command’s … Initiative")
     * or a headline's subject ("Brazil Launch First Joint Global Initiative").
     */
    private static final Pattern INITIATIVE_NAME_AFTER = Pattern.compile(
            "^(?:[-–—/]\\p{Lu}[\\p{L}.]*)*(?:\\s+(?:\\p{Lu}[\\p{L}\\d-]*|and|of|on|for|&)){0,6}?\\s+Initiative\\b");
    private static final Pattern INITIATIVE_OWNER = Pattern.compile(
            "\\b(?:House|Department|Ministry|Agency|Office|Command|Administration|Bank|Corporation|Commission)\\b");

    /** Whether the party name {@code text[start, end)} is a word in the name of an initiative after it. */
    static boolean isInInitiativeName(String text, int start, int end) {
        if (INITIATIVE_OWNER.matcher(text.substring(start, end)).find()) {
            return false;
        }
        String after = text.substring(end, Math.min(text.length(), end + PLAN_NAME_CHARS));
        Matcher name = INITIATIVE_NAME_AFTER.matcher(after);
        return name.find() && HeadlineNames.endBeforeVerb(text, end, end + name.end()) == end + name.end();
    }

    /** Whether the party name ending at {@code end} is a word in the name of a plan, dialogue or event after it. */
    static boolean isInPlanName(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + PLAN_NAME_CHARS));
        return PLAN_NAME_AFTER.matcher(after).find() || YEAR_PLAN_NAME_AFTER.matcher(after).find()
                || WAR_AFTER.matcher(after).lookingAt();
    }

    /** Applies the rules to one sentence's dictionary and grammar candidates; returns the kept and added ones. */
    static List<Candidate> apply(String text, int sentenceStart, int sentenceEnd, List<Candidate> candidates) {
        // Names of institutions and programs only ever remove minerals and instruments: without one, skip them.
        boolean minerals = candidates.stream().anyMatch(c -> c.type() == MentionType.MINERAL || c.type() == MentionType.INSTRUMENT);
        boolean instruments = candidates.stream().anyMatch(c -> c.type() == MentionType.INSTRUMENT);
        List<int[]> institutions = new ArrayList<>();
        if (minerals) {
            institutions.addAll(withoutHeadlineVerbs(text, capitalizedNames(INSTITUTION_NAME, INSTITUTION_HEAD_WORDS, text,
                    sentenceStart, sentenceEnd)));
            institutions.addAll(capitalizedNames(LAW_NAME, LAW_HEAD_WORDS, text, sentenceStart, sentenceEnd));
            institutions.addAll(spans(LEADING_HEAD_NAME_SEARCH, text, sentenceStart, sentenceEnd));
            if (indexOf(text, "Framework", sentenceStart, sentenceEnd) >= 0) {
                institutions.addAll(spans(FRAMEWORK_NAME, text, sentenceStart, sentenceEnd));
            }
            if (indexOf(text, "(", sentenceStart, sentenceEnd) >= 0) {
                institutions.addAll(spans(TITLE_IN_BRACKETS, text, sentenceStart, sentenceEnd));
            }
        }
        // the case-insensitive patterns are searched only in a sentence that holds a word each of their matches holds
        String lowerCase = text.substring(sentenceStart, sentenceEnd).toLowerCase(Locale.ROOT);
        List<int[]> programs = new ArrayList<>();
        List<int[]> programNames = new ArrayList<>();
        if (instruments) {
            programNames.addAll(withoutHeadlineVerbs(text, spans(PROGRAM_NAME, text, sentenceStart, sentenceEnd)));
            if (LEGAL_FORMULA_WORDS.occurIn(lowerCase)) {
                programs.addAll(spans(LEGAL_FORMULA, text, sentenceStart, sentenceEnd));
            }
            if (CONTRACT_FORMULA_WORDS.occurIn(lowerCase)) {
                programs.addAll(spans(CONTRACT_FORMULA, text, sentenceStart, sentenceEnd));
            }
            for (int[] portfolio : overlappingSpans(PORTFOLIO_NAME, text, sentenceStart, sentenceEnd)) {
                programs.add(new int[] {portfolio[0], HeadlineNames.endBeforeVerb(text, portfolio[0], portfolio[1])});
            }
            if (indexOf(text, "Partnership", sentenceStart, sentenceEnd) >= 0
                    || indexOf(text, "Memorandum", sentenceStart, sentenceEnd) >= 0
                    || indexOf(text, "Framework", sentenceStart, sentenceEnd) >= 0
                    || indexOf(text, "Agreement", sentenceStart, sentenceEnd) >= 0) {
                programs.addAll(spans(PARTNERSHIP_NAME, text, sentenceStart, sentenceEnd));
            }
            if (lowerCase.contains("titled")) {
                programs.addAll(spans(ENTITLED, text, sentenceStart, sentenceEnd));
            }
        }
        List<Candidate> kept = new ArrayList<>();
        Candidate lastCapital = null;
        for (Candidate c : candidates) {
            Candidate resolved = resolve(text, sentenceStart, sentenceEnd, c, institutions);
            if (resolved != null && c.type() == MentionType.INSTRUMENT && (inside(c, programs) || insideNotEnding(text, c, programNames))) {
                resolved = null;
            }
            if (resolved != null && "capital".equals(c.kind()) && isPlaceWithItsState(text, c, candidates)) {
                resolved = null;
            }
            if (resolved == null && isCapitalJoinedTo(text, lastCapital, c)) {
                resolved = c; // "jointly managed by Kyiv and Washington": the second capital acts with the first
            }
            if (resolved != null) {
                kept.add(resolved);
                lastCapital = "capital".equals(c.kind()) ? resolved : lastCapital;
            }
        }
        kept.addAll(secretariats(text, kept));
        if (indexOf(text, COMMONWEALTH, sentenceStart, sentenceEnd) >= 0) {
            kept.addAll(commonwealthOfNations(text, sentenceStart, sentenceEnd, kept));
        }
        kept.addAll(companiesNamedForStates(text, sentenceStart, kept));
        kept.addAll(companies(text, sentenceStart, sentenceEnd, List.copyOf(kept)));
        kept.addAll(agencies(text, sentenceStart, sentenceEnd, List.copyOf(kept)));
        kept = new ArrayList<>(PortfolioMinistries.add(text, sentenceStart, sentenceEnd, kept));
        kept.addAll(upperCaseBodies(text, sentenceStart, sentenceEnd, kept));
        // a capital or demonym the rules dropped still says the list is not one of companies ("in Tokyo, Osaka and …")
        List<Candidate> named = new ArrayList<>(kept);
        candidates.stream().filter(c -> STATE_KINDS.contains(c.kind())).forEach(named::add);
        List<Candidate> listed = CompanyLists.find(text, sentenceStart, sentenceEnd, named);
        kept.addAll(listed);
        named.addAll(listed);
        kept.addAll(CompanyContexts.find(text, sentenceStart, sentenceEnd, named));
        if (lowerCase.contains(STRATEGIC)) {
            Matcher reserve = STRATEGIC_RESERVE.matcher(text).region(sentenceStart, sentenceEnd);
            while (reserve.find()) {
                int group = reserve.start(1) >= 0 ? 1 : 2;
                kept.add(new Candidate(MentionType.INSTRUMENT, reserve.start(group), reserve.end(group), "stockpiling",
                        "phrase", Candidate.Source.GRAMMAR));
            }
        }
        if (lowerCase.contains(RESERVE_OF)) {
            Matcher reserve = MINERAL_RESERVE.matcher(text).region(sentenceStart, sentenceEnd);
            while (reserve.find()) {
                int group = reserve.start(1) >= 0 ? 1 : reserve.start(2) >= 0 ? 2 : 3;
                int after = reserve.end();
                if (candidates.stream().anyMatch(c -> c.type() == MentionType.MINERAL && c.start() == after)) {
                    kept.add(new Candidate(MentionType.INSTRUMENT, reserve.start(group), reserve.end(group), "stockpiling",
                            "phrase", Candidate.Source.GRAMMAR));
                }
            }
        }
        if (lowerCase.contains(RESERVE_OF)) {
            for (Candidate mineral : candidates) {
                if (mineral.type() != MentionType.MINERAL || mineral.start() < sentenceStart || mineral.end() >= sentenceEnd) {
                    continue;
                }
                Matcher reserve = RESERVE_AFTER_MINERAL.matcher(text).region(mineral.end(), sentenceEnd);
                if (reserve.lookingAt() && MAKER_BEFORE_MINERAL.matcher(
                        text.substring(Math.max(sentenceStart, mineral.start() - 60), mineral.start())).find()) {
                    kept.add(new Candidate(MentionType.INSTRUMENT, reserve.start(1), reserve.end(1), "stockpiling",
                            "phrase", Candidate.Source.GRAMMAR));
                }
            }
        }
        if (lowerCase.contains(EXPORT)) {
            Matcher phrase = EXPORT_CONTROL_PHRASE.matcher(text).region(sentenceStart, sentenceEnd);
            while (phrase.find()) {
                kept.add(new Candidate(MentionType.INSTRUMENT, phrase.start(), phrase.end(), "export-control", "phrase",
                        Candidate.Source.GRAMMAR));
            }
        }
        if (lowerCase.contains(IMPORT)) {
            Matcher phrase = IMPORT_RESTRICTION_PHRASE.matcher(text).region(sentenceStart, sentenceEnd);
            while (phrase.find()) {
                kept.add(new Candidate(MentionType.INSTRUMENT, phrase.start(), phrase.end(), "trade-measure", "phrase",
                        Candidate.Source.GRAMMAR));
            }
        }
        return kept;
    }

    /** States whose names are also given names ({@code given-name-states.txt}). */
    private static final Set<String> GIVEN_NAME_STATES = Set.copyOf(DataLines.of(ContextRules.class, "given-name-states.txt"));
    /**
     * A surname after the given name: one capitalised word, not a verb in "-s" ("Jordan Signs …" in a headline), then
     * no further capitalised word nor "of", "for" (a body's name: "Israel Defense Forces", "India Alliance for Women").
     */
    private static final Pattern SURNAME_AFTER = Pattern.compile("^ (?!\\p{Lu}\\p{Ll}*s\\b)\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?"
            + "(?=[,.;:)]|\\s+(?!(?:of|for|on)\\b)(?:\\p{Ll}|\\(|\\d|$)|$)");
    /**
     * A state after "of" is placed, not named ("the President of Israel Herzog said"); one after a hyphen is half of a
     * pair ("the U.S.-India Alliance for …").
     */
    private static final Pattern PLACED_BEFORE = Pattern.compile("(?i)(?:\\b(?:of|of\\s+the|from|in)\\s+|[-\u2010\u2011\u2013/])$");

    /** Nouns a state's name modifies, not surnames ({@code state-headed-nouns.txt}): "India Counselor". */
    private static final Set<String> STATE_HEADED_NOUNS = Set.copyOf(DataLines.of(ContextRules.class, "state-headed-nouns.txt"));
    /** The last word of a natural place's name ({@code place-heads.txt}): "Eagle Ford Shale", "Permian Basin". */
    private static final List<String> PLACE_HEADS = DataLines.of(ContextRules.class, "place-heads.txt");
    private static final Pattern PLACE_HEAD_AFTER = Pattern.compile("^[ \\t]+" + alternation(PLACE_HEADS) + "(?![\\p{L}\\d-])");
    private static final Pattern PLACE_HEAD_AT_END = Pattern.compile("(?<![\\p{L}\\d-])" + alternation(PLACE_HEADS) + "$");

    /** Whether {@code name} ends in a natural place's last word: "Rhyolite Ridge", "Atacama Salt Flat". */
    static boolean endsInPlaceHead(String name) {
        return PLACE_HEAD_AT_END.matcher(name).find();
    }

    /**
     * A bare "Congress" of another state is not the United States Congress: "Chile's Congress", "the Peruvian
     * Congress", "the Congress of Colombia".
     */
    private static final Pattern OTHER_STATE_BEFORE_CONGRESS = Pattern.compile("(?:\\b(?!America['’]|Washington['’])"
            + "\\p{Lu}\\p{Ll}+['’]s|\\b(?!American\\b|Republican\\b)\\p{Lu}\\p{Ll}+(?:an|ese|ine))\\s+(?:National\\s+)?$");
    private static final Pattern OTHER_STATE_AFTER_CONGRESS = Pattern.compile("^\\s+of\\s+(?:the\\s+)?(?!United\\b|U\\.S\\.|America\\b)\\p{Lu}");

    private static boolean isOtherStatesCongress(String text, Candidate c, String before, String after) {
        return c.norm().equals("United States Congress") && text.startsWith("Congress", c.start()) && c.length() == 8
                && (OTHER_STATE_BEFORE_CONGRESS.matcher(before).find() || OTHER_STATE_AFTER_CONGRESS.matcher(after).find());
    }

    private static boolean isGivenName(String text, Candidate c, String before, String after) {
        if (!GIVEN_NAME_STATES.contains(text.substring(c.start(), c.end()))) {
            return false;
        }
        Matcher surname = SURNAME_AFTER.matcher(after);
        return surname.find() && !STATE_HEADED_NOUNS.contains(surname.group().strip())
                && !PLACED_BEFORE.matcher(before).find() && !PLACE_AFTER.matcher(after).find();
    }

    private static Candidate resolve(String text, int sentenceStart, int sentenceEnd, Candidate c, List<int[]> institutions) {
        if (c.type() == MentionType.MINERAL && inside(c, institutions)
                || c.type() == MentionType.INSTRUMENT && insideNotEnding(text, c, institutions) || isInLink(text, c.start())) {
            return null;
        }
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 40));
        String before = text.substring(Math.max(sentenceStart, c.start() - 30), c.start());
        if (c.type() == MentionType.PARTY) {
            boolean place = STATE_KINDS.contains(c.kind()) && !c.kind().equals("demonym")
                    && (PLACE_AFTER.matcher(after).find() || PLACE_BEFORE.matcher(before).find());
            // read across a sentence break: a wrapped line may end a block before "America" ("Central\nAmerica")
            boolean region = c.norm().equals("US") && text.startsWith("America", c.start())
                    && REGION_BEFORE.matcher(text.substring(Math.max(0, c.start() - 30), c.start())).find()
                    || (c.kind().equals("state") || c.kind().equals("demonym")) && (SUBREGION_BEFORE.matcher(before).find()
                            || text.startsWith("Mexic", c.start()) && NEW_MEXICO_BEFORE.matcher(before).find());
            if (!STATE_KINDS.contains(c.kind()) && (PLACE_HEAD_AFTER.matcher(after).find()
                    || PLACE_HEAD_AT_END.matcher(text.substring(c.start(), c.end())).find())) {
                return null; // "Eagle Ford Shale", "Permian Basin": a firm's word inside a place's name, or a place
            }
            boolean slogan = c.norm().equals("US") && text.startsWith("America", c.start())
                    && c.length() == "America".length() && SLOGAN_AFTER.matcher(after).find();
            if (place || region || slogan || isCitation(text, c, after) || isInsideAgencyName(text, c, before, after)
                    || isOtherStatesCongress(text, c, before, after)) {
                return null;
            }
            if (c.kind().equals("state") && isGivenName(text, c, before, after)) {
                return null; // "Bharat Ramamurti", "Jordan Alvarez": a person's given name
            }
            if (c.kind().equals("company") && COMMENTATORS_AT_BEFORE.matcher(before).find()) {
                return null; // "analysts at Morgan Stanley said": a firm whose staff comment takes no part in the deal
            }
            if (c.kind().equals("company") && FACILITY_CALLED_BEFORE.matcher(before).find()) {
                return null; // "a recycling plant called Caremag": the plant that bears a firm's name, no party
            }
            if (STATE_KINDS.contains(c.kind()) && (after.startsWith("$") || before.endsWith("$")
                    || CURRENCY_ACROSS_LINE.matcher(after).lookingAt()
                    || CURRENCY_AFTER.matcher(after).find())) {
                return null; // a currency: "US$35 million", "prices in $US", "amounts in US dollars" name a sum, not the state
            }
            return switch (c.kind()) {
                case "capital" -> isActingCapital(text, sentenceStart, c, before, after) ? c : null;
                case "demonym" -> {
                    Matcher g = GOVERNMENT_AFTER.matcher(after);
                    yield g.find() ? c.withSpan(c.start(), c.end() + g.end()) : null;
                }
                default -> c;
            };
        }
        if (c.type() == MentionType.MINERAL && FIGURATIVE_METALS.contains(c.norm()) && (FIGURATIVE_AFTER.matcher(after).find()
                || NAMING_METALS.contains(c.norm()) && Character.isUpperCase(text.charAt(c.start())) && NAME_WORD_AFTER.matcher(after).find())) {
            return null;
        }
        if (c.type() == MentionType.MINERAL && c.norm().equals("lead") && (!METAL_BEFORE_LEAD.matcher(before).find()
                && !METAL_AFTER_LEAD.matcher(after).find() || text.charAt(c.start()) == 'L' && c.start() > sentenceStart)) {
            // a capital Lead inside a sentence names something: "the Lead and Copper Rule"
            return null;
        }
        if (c.type() == MentionType.INSTRUMENT) {
            String surface = text.substring(c.start(), c.end()).toLowerCase(Locale.ROOT);
            if (surface.equals("debt") && !FINANCE_BEFORE_DEBT.matcher(before).find()
                    && !FINANCE_AFTER_DEBT.matcher(after).find()) {
                return null;
            }
            if (VERB_FORMS.contains(surface) && (PRONOUN_SUBJECT_BEFORE.matcher(before).find()
                    || PLURAL_ACTOR_BEFORE.matcher(before).find() && !NOUN_BEFORE_NOUN_FORMS.contains(surface))) {
                return null;
            }
            if (GERUND_FORMS.contains(surface) && GERUND_LEAD_BEFORE.matcher(before).find()
                    && GERUND_OBJECT_AFTER.matcher(after).find()) {
                return null;
            }
            if (surface.equals("finance") && DECENTRALIZED_BEFORE.matcher(before).find()) {
                return null;
            }
            if (VERB_FORMS.contains(surface)) {
                Matcher verb = VERB_BEFORE.matcher(before);
                if (verb.find() && (verb.group(1) == null || !NOT_ADVERBS.contains(verb.group(1).toLowerCase(Locale.ROOT)))
                        && !NOUN_TO_BEFORE.matcher(before).find()
                        && !(NOUN_AND_BEFORE.matcher(before).find() && !VERB_OBJECT_AFTER.matcher(after).find())
                        && !(NOUN_BEFORE_NOUN_FORMS.contains(surface) && COORDINATOR_BEFORE.matcher(before).find()
                                && COMPOUND_HEAD_AFTER.matcher(after).find())) {
                    return null;
                }
            }
            if (NEGATED_BEFORE.matcher(before).find() || PORTFOLIO_AFTER.matcher(after).find()) {
                return null;
            }
            boolean duty = surface.equals("duty") || surface.equals("duties");
            if (duty && !DUTY_RATE_BEFORE.matcher(before).find() && (OBLIGATION_DUTY_BEFORE.matcher(before).find()
                    || OBLIGATION_DUTY_AFTER.matcher(after).find() || VEHICLE_CLASS_BEFORE.matcher(before).find())) {
                return null;
            }
            if (surface.equals("permitting") && (PROCEDURE_AFTER.matcher(after).find()
                    || OBJECT_DETERMINER_AFTER.matcher(after).find() || GRANTED_OBJECT_AFTER.matcher(after).find())) {
                return null;
            }
            if (SECTOR_AFTER.matcher(after).find()) {
                return null;
            }
            if (surface.equals("procurement") && (PURCHASING_OFFICE_AFTER.matcher(after).find()
                    || POST_OF_BEFORE.matcher(before).find())) {
                return null; // "head of the procurement center", "head of strategic procurement": a firm's buying, a post's
            }
            if (surface.equals("investment") && DECISION_AFTER.matcher(after).find()) {
                return null; // "a final investment decision" is a project's milestone, not an investment made
            }
            if (REPORTS_AFTER.matcher(after).find() || ACCORDING_TO_BEFORE.matcher(before).find()) {
                return null;
            }
            if (c.norm().equals("financial-support") && (CRIME_BEFORE.matcher(before).find() || CRIME_AFTER.matcher(after).find())) {
                return null;
            }
            if ((surface.equals("tariff") || duty) && NOMENCLATURE_AFTER.matcher(after).find()) {
                return null;
            }
            if (surface.equals("insurance") && (INSURANCE_SERVICE_AFTER.matcher(after).find()
                    || INSURANCE_SERVICE_BEFORE.matcher(before).find())) {
                return null;
            }
            if ((surface.equals("grant") || surface.equals("grants"))
                    && (GRANTED_AFTER.matcher(after).find() || GRANTED_OBJECT_AFTER.matcher(after).find())) {
                return null;
            }
            if (surface.equals("grant") && ARTICLE_AFTER.matcher(after).find()) {
                return null;
            }
            if (text.startsWith("Grant", c.start()) && c.length() == 5 && GRANT_NAME_AFTER.matcher(after).find()
                    && SURNAME_BEFORE.matcher(before).find()) {
                return null;
            }
            if (text.startsWith("Grant", c.start()) && c.length() == 5 && (SPEAKER_FIRST_NAME_BEFORE.matcher(before).find()
                    || FIRST_NAME_BEFORE.matcher(before).find() && PERSON_JOB_AFTER.matcher(after).find())) {
                return null;
            }
            if (firmNameWord(text, c)) {
                return null; // "Harbor Point Investment Partners", "Delta Finance Research": a firm's name, not its trade
            }
            if (text.startsWith("Grant", c.start()) && c.length() == 5 && TITLE_BEFORE.matcher(before).find()
                    && GIVEN_NAME_AFTER.matcher(after).find()) {
                return null;
            }
            if (surface.equals("training") && (MACHINE_BEFORE.matcher(before).find() || MACHINE_AFTER.matcher(after).find())) {
                return null;
            }
            if (surface.equals("equity") && PRIVATE_EQUITY_FIRM.matcher(before + surface + after).find()) {
                return null; // "private equity groups": a kind of investor, not a stake
            }
            if (surface.equals("equity") && !FINANCE_CONTEXT.matcher(text.substring(Math.max(sentenceStart,
                    c.start() - EQUITY_WINDOW), Math.min(sentenceEnd, c.end() + EQUITY_WINDOW))).find()) {
                return null;
            }
            Matcher adverb = ADVERB_BEFORE.matcher(before);
            if (surface.endsWith("ing") && adverb.find()
                    && !NOT_ADVERBS.contains(adverb.group().strip().toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (THIRD_PERSON_VERBS.contains(surface) && (SUBJECT_BEFORE.matcher(before).find()
                    || OBJECT_AFTER.matcher(after).find() && !DETERMINER_BEFORE.matcher(before).find())) {
                return null;
            }
            if (c.norm().equals("research") && !surface.contains(",") && RESEARCH_NOT_INSTRUMENT.matcher(after).find()) {
                // also "research and development organizations", "R&D centres": who does research, not the instrument
                return null;
            }
            if (c.norm().equals("workforce") && surface.equalsIgnoreCase("training") && TRAINING_PLACE.matcher(after).find()) {
                return null;
            }
            if (surface.startsWith("storage") && PRODUCT_BEFORE.matcher(before).find()) {
                return null; // "energy storage systems" are products, not stockpiles
            }
            if (surface.startsWith("stockpile") && ARSENAL_BEFORE.matcher(before).find()) {
                return null;
            }
            if (c.norm().equals("guarantee") && surface.toLowerCase(Locale.ROOT).startsWith("guarantee")
                    && PROTECTION_BEFORE.matcher(before).find()) {
                return null;
            }
            if (surface.startsWith("warrant") && !isShareWarrant(text.substring(sentenceStart, sentenceEnd), after)) {
                return null;
            }
            if ((surface.equals("quota") || surface.equals("quotas")) && (JOINED_BEFORE.matcher(before).find()
                    || !TRADE_CONTEXT.matcher(text.substring(sentenceStart, sentenceEnd)).find())) {
                return null;
            }
        }
        return c;
    }

    /** Whether a bare warrant is a right to buy shares, not a court's order or the verb ("as circumstances warrant"). */
    private static boolean isShareWarrant(String sentence, String after) {
        return SHARE_WARRANT_AFTER.matcher(after).find() || SHARE_CAPITAL_WORDS.matcher(sentence).find();
    }

    /** Whether {@code start} is inside a web address: the run of non-space characters before it holds "://" or "www.". */
    private static boolean isInLink(String text, int start) {
        int from = start;
        int limit = Math.max(0, start - URL_LOOKBACK);
        while (from > limit && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
            from--;
        }
        String run = text.substring(from, start);
        return run.contains("://") || run.startsWith("www.");
    }

    /** " and " or " & " alone between two capitals. */
    private static final Pattern CAPITALS_JOINED = Pattern.compile("\\s+(?:and|&)\\s+");

    /** "by " right before the first of two capitals: they are the agents of a passive. */
    private static final Pattern AGENT_BY = Pattern.compile("\\bby\\s+$");

    /**
     * Whether a capital the rules dropped follows, joined by "and", a capital they kept that is the agent of a passive
     * ("managed by Kyiv and Washington."); not "the architecture of ancient Athens and Rome", not "Washington, D.C."
     * nor "Washington Post".
     */
    private static boolean isCapitalJoinedTo(String text, Candidate acting, Candidate c) {
        if (acting == null || !"capital".equals(c.kind()) || acting.end() > c.start()
                || !CAPITALS_JOINED.matcher(text.substring(acting.end(), c.start())).matches()
                || !AGENT_BY.matcher(text.substring(Math.max(0, acting.start() - 10), acting.start())).find()) {
            return false;
        }
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 40));
        return !after.matches("(?s)^\\s*,\\s*D\\.C\\..*") && !after.matches("(?s)^ \\p{Lu}\\p{L}*.*");
    }

    /** A comma and nothing else: between a city and the state it is in. */
    private static final Pattern COMMA_ONLY = Pattern.compile("\\s*,\\s*");

    /**
     * "met on November 10, 2022, Paris, France, and ...", "in Washington, D.C.": a capital written with its own state
     * after it, or with its district, is the city where something happened, also inside a sentence; a list of
     * capitals that act names no state after each ("Moscow, Beijing and Tehran warned").
     */
    private static boolean isPlaceWithItsState(String text, Candidate capital, List<Candidate> candidates) {
        if (text.substring(capital.start(), capital.end()).contains("D.C")) {
            return true;
        }
        for (Candidate state : candidates) {
            if (state.start() >= capital.end() && state.type() == MentionType.PARTY && state.norm().equals(capital.norm())
                    && !"capital".equals(state.kind()) && !"demonym".equals(state.kind())
                    && COMMA_ONLY.matcher(text.substring(capital.end(), state.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The other side of talks or the giver of support before a capital: "still in talks with Washington", "support from
     * Ottawa has grown". The government acts, although "from" most often opens a place.
     */
    private static final Pattern COUNTERPART_BEFORE = Pattern.compile("(?i)\\b(?:(?:talks|negotiations|dialogue|consultations"
            + "|dispute|standoff|truce|deal)\\s+with|(?:support|backing|funding|financing|pressure|approval|retaliation)"
            + "\\s+from)\\s+$");
    /** What may follow such a capital: a stop, or a word that opens the next phrase, not a noun it modifies. */
    private static final Pattern COUNTERPART_AFTER = Pattern.compile("^(?!\\s*,\\s*D\\.C)(?:\\s*[.,;:)!?\"”]|\\s*$|\\s+(?:and|or|for|to|over|on"
            + "|in|under|as|has|have|had|is|are|was|were|will|would|which|that|since|after|amid|while)\\b)");

    /** A capitalized word of prose: a given name or a title, not a month, a weekday or a sentence's opening word. */
    private static final Pattern CAPITALIZED_PROSE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Set<String> NOT_NAME_WORDS_BEFORE_CAPITAL = Set.of("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "And", "Or", "But", "Both", "While", "When", "As", "If", "Since",
            "Meanwhile", "Now", "Today", "Yesterday", "Then", "So", "Yet", "After", "Before", "Although", "Though",
            "Because", "Instead", "Also", "Where", "Whether", "Why", "How", "Until", "Once", "Official");

    /**
     * Whether the word right before a capital, with no stop or comma between, is a capitalized word inside the sentence:
     * "George Washington", "General Washington" name a person. {@code inside}: the word is not the sentence's first.
     */
    private static boolean isNameWordBefore(String previousWord, boolean inside) {
        return inside && CAPITALIZED_PROSE_WORD.matcher(previousWord).matches() && !NOT_NAME_WORDS_BEFORE_CAPITAL.contains(previousWord);
    }

    /** The other city and the date of a dateline two capitals share: " and Brussels, 27 May 2021", " and Ottawa, June 3". */
    private static final Pattern SHARED_DATELINE_AFTER = Pattern.compile(
            "[ \\t]+(?:and|&)[ \\t]+\\p{Lu}[\\p{L}.'’ -]{1,30},[ \\t]*(?:\\d{1,2}[ \\t]+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\.?[ \\t]+\\d{1,2}\\b)");

    /** "Tokyo and Washington commit" yes; "signed in Tokyo", "TOKYO, Oct. 28 —", "Washington Post" no. */
    private static boolean isActingCapital(String text, int sentenceStart, Candidate c, String before, String after) {
        if ((before.isBlank() || LINE_START_BEFORE.matcher(text.substring(Math.max(0, c.start() - 10), c.start())).find())
                && SHARED_DATELINE_AFTER.matcher(after).lookingAt()) {
            return false; // a joint text's shared dateline: "Tokyo and Brussels, 27 May 2021", "Washington and Ottawa, June 3, 2025"
        }
        if (COUNTERPART_BEFORE.matcher(before).find() && COUNTERPART_AFTER.matcher(after).find()) {
            return true;
        }
        String[] words = before.strip().split("\\s+");
        String previousWord = words.length == 0 ? "" : words[words.length - 1];
        // "DONE at, Vientiane": a comma a scan put after the preposition
        String previous = TRAILING_PUNCTUATION.matcher(previousWord.toLowerCase(Locale.ROOT)).replaceFirst("");
        if (PLACE_PREPOSITIONS.contains(previous) || SEATS.contains(previous)) {
            return false;
        }
        if (ACRONYM.matcher(previousWord).matches()) {
            return false; // "IIT Delhi", "JETRO Tokyo": where a body sits, inside its name
        }
        if (isNameWordBefore(previousWord, words.length > 1 || c.start() - before.length() > sentenceStart)) {
            return false; // "General George Washington issued orders": a person's name, not the government
        }
        if (UsStates.placesTownInUs(after)) {
            return false; // "San Jose, CA will …", "Lima, Ohio": a US town that shares a capital's name
        }
        String longer = text.substring(Math.max(sentenceStart, c.start() - PLACE_LIST_CHARS), c.start());
        if ((longer.indexOf(',') >= 0 || before.endsWith("and ") || before.endsWith("or ")) && PLACE_LIST_BEFORE.matcher(longer).find()) {
            return false; // "flights to Hong Kong, Tokyo and Manila", "in Tokyo and Seoul": a place in a list of places
        }
        // a heading the sentence splitter left above the dateline makes no sentence start: the line starts there
        boolean lineStart = before.isBlank() || LINE_START_BEFORE.matcher(text.substring(Math.max(0, c.start() - 10), c.start())).find();
        // a dateline shared by several cities: "KYIV/WASHINGTON, April 30 (Reuters) -"
        lineStart = lineStart || before.endsWith("/")
                && DATELINE_CITIES_BEFORE.matcher(text.substring(Math.max(0, c.start() - 60), c.start())).find();
        if (lineStart && after.matches("(?s)^\\s*(?:[–—-]|,(?!\\s*which\\b)).*")) {
            return false; // a dateline: "WASHINGTON, D.C., September 15 —", "Tokyo, Japan –", "OTTAWA, ON, June 17, 2025 /CNW/"
        }
        if (after.matches("(?s)^\\s*,\\s*D\\.C\\..*") || after.matches("(?s)^ \\p{Lu}\\p{L}*.*")) {
            return false; // "Washington, D.C.", "Washington Post"
        }
        Matcher which = WHICH_AFTER.matcher(after);
        if (which.find()) {
            // "Beijing, which dominates the supply, introduced controls": the relative clause's verb says it acts
            return ACTOR_AFTER.matcher(after.substring(which.end())).find();
        }
        return ACTOR_AFTER.matcher(after).find();
    }

    /**
     * "19 U.S.C. 1862", "U.S. Code", "the United States Code": a citation, not the state. An abbreviation glued to
     * a following letter ("U.S.C") is part of a longer word.
     */
    private static boolean isCitation(String text, Candidate c, String after) {
        boolean gluedAfter = text.charAt(c.end() - 1) == '.' && c.end() < text.length()
                && Character.isLetter(text.charAt(c.end()));
        return gluedAfter || c.norm().length() == 2 && CITATION_AFTER.matcher(after).find();
    }

    /** "Administration" closing or opening a longer name: "Food and Drug Administration", "Administration for …". */
    private static boolean isInsideAgencyName(String text, Candidate c, String before, String after) {
        if (!text.startsWith("Administration", c.start()) || c.length() != "Administration".length()) {
            return false;
        }
        Matcher word = NAME_WORD_BEFORE.matcher(before);
        boolean nameBefore = word.find() && !NOT_NAME_BEFORE_ADMINISTRATION.contains(word.group(1));
        return nameBefore || NAME_CONTINUES_AFTER.matcher(after).find();
    }

    /**
     * Whether an instrument is inside a name and not its head: "General Agreement on Tariffs and Trade" and "Loan
     * Programs Office" name no tariff and no loan; "Guaranteed Offtake Agreement" and "the Kestrel Loan Agreement"
     * end on the instrument and name an offtake agreement and a loan. Only a contract is named so: the names of
     * funds and facilities ending on their instrument ("Global Concessional Financing Facility") name a body.
     */
    private static final Pattern CONTRACT_HEAD = Pattern.compile("(?i)\\b(?:agreements?|contracts?|arrangements?)$");

    private static boolean insideNotEnding(String text, Candidate c, List<int[]> names) {
        boolean contract = CONTRACT_HEAD.matcher(text.substring(c.start(), c.end())).find();
        for (int[] name : names) {
            if (name[0] <= c.start() && c.end() <= name[1] && !(name[0] == c.start() && name[1] == c.end())
                    && (c.end() < name[1] || !contract)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Candidate c, List<int[]> names) {
        for (int[] name : names) {
            if (name[0] <= c.start() && c.end() <= name[1] && !(name[0] == c.start() && name[1] == c.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #spans}, but a match may start inside the one before: in "Deputy Secretary of the Treasury Wally
     * Adeyemo, Senior Advisor to the President for Energy and Investment" the first portfolio runs on to "Senior
     * Advisor", and the second starts there.
     */
    private static List<int[]> overlappingSpans(Pattern pattern, String text, int from, int to) {
        List<int[]> names = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        for (int at = from; at < to && m.region(at, to).find(); at = m.start() + 1) {
            names.add(new int[] {m.start(), m.end()});
        }
        return names;
    }

    /** As {@link #spans(Pattern, String, int, int)}, the pattern tried only where one of its lead words is written. */
    private static List<int[]> spans(LeadWordSearch search, String text, int from, int to) {
        List<int[]> names = new ArrayList<>();
        // the sentence alone, as the search of its region saw it (the bounds are opaque)
        LeadWordSearch.Search m = search.in(text.substring(from, to));
        while (m.find()) {
            names.add(new int[] {from + m.matcher().start(), from + m.matcher().end()});
        }
        return names;
    }

    private static List<int[]> spans(Pattern pattern, String text, int from, int to) {
        List<int[]> names = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            names.add(new int[] {m.start(), m.end()});
        }
        return names;
    }

    /** Names of a headline in title case start after its verb: "Canada Signs Offtake Agreement" names no agreement. */
    private static List<int[]> withoutHeadlineVerbs(String text, List<int[]> names) {
        List<int[]> trimmed = new ArrayList<>(names.size());
        for (int[] name : names) {
            trimmed.add(new int[] {HeadlineNames.startAfterVerb(text, name[0], name[1]), name[1]});
        }
        return trimmed;
    }

    private static final Pattern SECRETARIAT_AFTER = Pattern.compile("^\\s+Secretariat\\b");

    /** A word of an upper-case body's name; the words that join names or open a title are none. */
    private static final String UPPER_WORD = "(?!(?:AND|OF|THE|ON|IN|BETWEEN|CONCERNING|REGARDING|FOR|TO|WITH)\\b)\\p{Lu}[\\p{Lu}'’.-]*\\b";
    /**
     * A ministry or department in an upper-case heading: "MINISTRY OF TRADE, INDUSTRY AND ENERGY", "MINISTRY OF
     * COMMERCE & INDUSTRY"; on one line, as headings are set.
     */
    private static final Pattern UPPER_BODY = Pattern.compile(
            "\\b(?:MINISTRY|DEPARTMENT)[ \\t]+(?:OF|FOR)[ \\t]+(?:THE[ \\t]+)?" + UPPER_WORD
                    + "(?:(?:,[ \\t]+|[ \\t]+(?:(?:AND|&)[ \\t]+)?)" + UPPER_WORD + "){0,6}");
    private static final Pattern OF_BEFORE_STATE = Pattern.compile("^[ \\t]+OF[ \\t]+(?:THE[ \\t]+)?$");

    /**
     * Bodies named in upper-case headings, which the title-case name shapes do not read: "MINISTRY OF ENERGY OF THE
     * KINGDOM OF SAUDI ARABIA" is one name with its state (ANNOTATION.md §1). Its norm is set in title case by
     * {@link Annotator}.
     */
    private static List<Candidate> upperCaseBodies(String text, int from, int to, List<Candidate> known) {
        List<Candidate> found = new ArrayList<>();
        if (indexOf(text, "MINISTRY", from, to) < 0 && indexOf(text, "DEPARTMENT", from, to) < 0) {
            return found;
        }
        Matcher m = UPPER_BODY.matcher(text).region(from, to);
        while (m.find()) {
            int end = m.end();
            int nameStart = m.start();
            if (known.stream().anyMatch(k -> k.type() == MentionType.PARTY && k.start() == nameStart && k.end() == m.end())) {
                continue; // "[MINISTRY OF TRADE, INDUSTRY AND ENERGY] OF [THE REPUBLIC OF KOREA]": a known body, then its state
            }
            for (Candidate state : known) {
                if (STATE_KINDS.contains(state.kind()) && state.start() > end && state.start() - end <= 12
                        && OF_BEFORE_STATE.matcher(text.substring(end, state.start())).matches()) {
                    end = state.end(); // "… OF THE KINGDOM OF SAUDI ARABIA": the state the ministry belongs to
                }
            }
            int start = m.start();
            int stop = end;
            if (known.stream().noneMatch(k -> k.type() == MentionType.PARTY && k.start() <= start && stop <= k.end())) {
                found.add(new Candidate(MentionType.PARTY, start, end, text.substring(start, end), "agency", Candidate.Source.RULE));
            }
        }
        return found;
    }

    /**
     * Where {@code word} starts in {@code text[from, to)}, or -1; the search stops at {@code to}, where
     * {@code text.indexOf(word, from)} would go on to the end of the text for every sentence of it.
     */
    static int indexOf(String text, String word, int from, int to) {
        for (int at = from; at + word.length() <= to; at++) {
            if (text.charAt(at) == word.charAt(0) && text.startsWith(word, at)) {
                return at;
            }
        }
        return -1;
    }

    private static final String COMMONWEALTH = "Commonwealth";
    private static final String COMMONWEALTH_OF_NATIONS = "Commonwealth of Nations";
    /** "Commonwealth Heads of Government", "Commonwealth member countries": the group of states, by its short name. */
    private static final Pattern COMMONWEALTH_GROUP = Pattern.compile("\\bCommonwealth(?=\\s+(?:Heads\\s+of\\s+(?:State|Government)"
            + "|[Mm]ember\\s+(?:[Cc]ountries|[Ss]tates|[Gg]overnments|[Nn]ations)\\b|[Cc]ountries\\b|[Nn]ations\\b|[Ll]eaders\\b))");
    /**
     * "The Commonwealth will support …" alone, in a text that names the group so: not "the Commonwealth of Australia"
     * nor a body or event of its own ("the Commonwealth Secretariat", "the Commonwealth Games").
     */
    private static final Pattern THE_COMMONWEALTH = Pattern.compile("(?<=\\b[Tt]he\\s)Commonwealth\\b(?!\\s+(?:of\\b|\\p{Lu}))");

    /**
     * The Commonwealth of Nations, which "Commonwealth" alone does not name: Australia's federal government and the
     * commonwealths of the United States ("the Commonwealth of Puerto Rico") are called so too.
     */
    private static List<Candidate> commonwealthOfNations(String text, int sentenceStart, int sentenceEnd, List<Candidate> known) {
        List<Candidate> found = new ArrayList<>();
        Matcher group = COMMONWEALTH_GROUP.matcher(text);
        Matcher alone = group.find() ? THE_COMMONWEALTH.matcher(text).region(sentenceStart, sentenceEnd) : null;
        for (Matcher m : alone == null ? List.<Matcher>of() : List.of(group.region(sentenceStart, sentenceEnd), alone)) {
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (known.stream().noneMatch(c -> c.start() < end && start < c.end())) {
                    found.add(new Candidate(MentionType.PARTY, start, end, COMMONWEALTH_OF_NATIONS, "intl", Candidate.Source.DICTIONARY));
                }
            }
        }
        return found;
    }

    /** "ISA Secretariat", "IEA Secretariat": the secretariat of an international body is a body of its own. */
    private static List<Candidate> secretariats(String text, List<Candidate> known) {
        List<Candidate> found = new ArrayList<>();
        for (Candidate c : known) {
            Matcher after = SECRETARIAT_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 20)));
            if (c.type() == MentionType.PARTY && c.kind().equals("intl") && after.find()) {
                int end = c.end() + after.end();
                found.add(new Candidate(MentionType.PARTY, c.start(), end, text.substring(c.start(), end), "intl",
                        Candidate.Source.RULE));
            }
        }
        return found;
    }

    /** "Air Botswana": an airline named "Air" and its country's name; never "Air Force". */
    private static final Pattern AIR_BEFORE = Pattern.compile("(?:^|[^\\p{L}.-])Air[ \\t]$");
    /** A company's name joined to its subsidiary's state by a hyphen: "Rheinmetall-Italy". */
    private static final Pattern OWNER_BEFORE = Pattern.compile("(?:^|[^\\p{L}.-])(\\p{Lu}\\p{Ll}{3,})-$");
    /**
     * Words joined to a state's name by a hyphen that are no company: regions and prefixes ("Asia-Japan",
     * "Trans-Canada"); combining forms end in "o" ("Sino-", "Indo-", "Franco-") and are left out by that.
     */
    private static final Set<String> NOT_OWNERS = Set.of("Trans", "Euro", "Inter", "Anti", "Post", "Intra", "Extra",
            "Super", "Ultra", "Asia", "Africa", "Europe", "America", "Pacific", "Atlantic", "Arctic", "Greater", "Central",
            "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Team", "Made", "Pro");
    /** The kinds of a state's name that a company's name may hold: "Air Zimbabwe", "Rheinmetall-Italy". */
    private static final Set<String> STATE_NAME_KINDS = Set.of("state", "official", "abbrev");

    /**
     * Companies whose names hold a state's name, where the dictionary does not know them: an airline named "Air"
     * and a state ("Air Botswana will purchase …"), and a company's subsidiary named by its state after a hyphen
     * ("Boeing and Rheinmetall-Italy will …"). The name is longer than the state's, so it is the mention.
     */
    private static List<Candidate> companiesNamedForStates(String text, int sentenceStart, List<Candidate> known) {
        List<Candidate> found = new ArrayList<>();
        for (Candidate state : known) {
            if (state.type() != MentionType.PARTY || !STATE_NAME_KINDS.contains(state.kind())) {
                continue;
            }
            int start = -1;
            if (AIR_BEFORE.matcher(text.substring(Math.max(sentenceStart, state.start() - 5), state.start())).find()) {
                start = state.start() - "Air ".length();
            }
            Matcher owner = OWNER_BEFORE.matcher(text.substring(Math.max(sentenceStart, state.start() - 40), state.start()));
            if (owner.find() && !NOT_OWNERS.contains(owner.group(1)) && !owner.group(1).endsWith("o")) {
                int ownerStart = state.start() - owner.group(1).length() - 1;
                // a word no finder took for a state or body ("Japan-Italy", "NATO-Italy" are two parties), in a list
                // of companies: "Boeing and Rheinmetall-Italy will …"
                boolean named = known.stream().anyMatch(k -> k.type() == MentionType.PARTY && k.start() < state.start() - 1
                        && k.end() > ownerStart && !k.kind().equals("company"));
                boolean amongCompanies = known.stream().anyMatch(k -> k.type() == MentionType.PARTY && k.kind().equals("company")
                        && (k.end() == state.start() - 1
                        || k.end() < ownerStart && AND_BETWEEN.matcher(text.substring(k.end(), ownerStart)).matches()
                        || k.start() > state.end() && AND_BETWEEN.matcher(text.substring(state.end(), k.start())).matches()));
                if (!named && amongCompanies) {
                    start = Math.min(ownerStart, known.stream().filter(k -> k.type() == MentionType.PARTY
                            && k.end() == state.start() - 1).mapToInt(Candidate::start).min().orElse(ownerStart));
                }
            }
            if (start >= 0) {
                found.add(new Candidate(MentionType.PARTY, start, state.end(), text.substring(start, state.end()), "company",
                        Candidate.Source.RULE));
            }
        }
        return found;
    }

    /** "(?:a|b c)" from a vocabulary, longest first, spaces matching any run of white space. */
    static String alternation(List<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * The alternation of {@code alternatives} (regular expressions) with those that open with the same letter grouped
     * under it, in their order: "Inc|Corp|Incorporated" → "I(?:nc|ncorporated)|C(?:orp)". It matches as the plain
     * alternation does (alternatives that open with different letters never match at the same place), but a search
     * tries one letter, not each of a long list in turn. The plain alternation when one does not open with a letter
     * that stands alone.
     */
    static String byFirstLetter(List<String> alternatives) {
        boolean letterFirst = alternatives.stream().allMatch(a -> a.length() > 1 && Character.isLetter(a.charAt(0))
                && "?*+{".indexOf(a.charAt(1)) < 0);
        if (!letterFirst) {
            return String.join("|", alternatives);
        }
        Map<Character, List<String>> byFirst = alternatives.stream().collect(Collectors.groupingBy(a -> a.charAt(0),
                LinkedHashMap::new, Collectors.mapping(a -> a.substring(1), Collectors.toList())));
        return byFirst.entrySet().stream().map(e -> e.getKey() + "(?:" + String.join("|", e.getValue()) + ")")
                .collect(Collectors.joining("|"));
    }

    /**
     * Bodies by the shape of their name where no dictionary knows them. A name that overlaps a known body, company
     * or international organisation is left to the dictionary; a state inside it ("Korea Forest Service") is not.
     */
    private static List<Candidate> agencies(String text, int from, int to, List<Candidate> known) {
        List<Candidate> found = new ArrayList<>();
        String sentence = text.substring(from, to);
        if (!AGENCY_WORDS.occurIn(sentence)) {
            return found;
        }
        for (int[] name : agencyNames(sentence)) {
            List<int[]> parts = new ArrayList<>();
            splitCoordinatedNames(text, from + name[0], from + name[1], parts, known);
            for (int[] part : parts) {
                agency(text, part[0], part[1], known).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * The spans of {@link #AGENCY_NAME} in {@code sentence}, as a search finds them, but with the pattern tried only
     * where a name can start: at a capital, or a word with a letter outside ASCII ("française"). Tried at every
     * character, its hundreds of alternatives failed one by one at each lower-case word.
     */
    static List<int[]> agencyNames(String sentence) {
        return matchesAt(AGENCY_NAME, AGENCY_WORDS, sentence, ContextRules::mayStartAgencyName);
    }

    /**
     * The spans in the text of a name pattern that opens with a word boundary and a capital, found in the sentence
     * from {@code from} to {@code to} as a search of that region finds them, but tried only at capitals.
     */
    private static List<int[]> capitalizedNames(Pattern pattern, RequiredWords heads, String text, int from, int to) {
        List<int[]> names = matchesAt(pattern, heads, text.substring(from, to),
                (sentence, at) -> Character.isUpperCase(sentence.codePointAt(at)));
        names.forEach(n -> {
            n[0] += from;
            n[1] += from;
        });
        return names;
    }

    /**
     * The spans of {@code pattern} in {@code sentence}, as a search finds them, but with the pattern tried only where
     * {@code mayStart} says a match can start and no later than the last of the words each match holds: tried at every
     * character, a pattern of many alternatives fails them one by one at each word.
     */
    private static List<int[]> matchesAt(Pattern pattern, RequiredWords held, String sentence, BiPredicate<String, Integer> mayStart) {
        List<int[]> names = new ArrayList<>();
        // the sentence alone, as the search of its region saw it; the pattern reads back from a place as a search does
        Matcher m = pattern.matcher(sentence).useTransparentBounds(true);
        int lastHeld = held.lastStartIn(sentence);
        for (int at = 0; at <= lastHeld && at < sentence.length(); at++) {
            if (mayStart.test(sentence, at)) {
                m.region(at, sentence.length());
                if (m.lookingAt()) {
                    names.add(new int[] {m.start(), m.end()});
                    at = m.end() - 1;
                }
            }
        }
        return names;
    }

    /**
     * Whether an {@link #AGENCY_NAME} may start at {@code at}: every alternative opens with a capital ({@code \p{Lu}}) or
     * with lower-case letters and a letter outside ASCII, after a word boundary. Any character outside ASCII may.
     */
    private static boolean mayStartAgencyName(String s, int at) {
        char c = s.charAt(at);
        if (at > 0 && isWordCharacter(s.charAt(at - 1)) || c < 128 && !Character.isLetter(c)) {
            return false;
        }
        int end = at;
        while (end < s.length() && s.charAt(end) >= 'a' && s.charAt(end) <= 'z') {
            end++;
        }
        return end == at || end < s.length() && s.charAt(end) >= 128;
    }

    /** A word character of {@code \b}: a letter, a digit or an underscore. */
    private static boolean isWordCharacter(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static void splitCoordinatedNames(String text, int start, int end, List<int[]> out, List<Candidate> known) {
        Matcher and = AND.matcher(text).region(start, end);
        while (and.find()) {
            int at = and.start();
            if (known.stream().anyMatch(k -> k.type() == MentionType.PARTY && k.start() < at && at < k.end())) {
                continue; // "Council of the Food and Agriculture Organization": the "and" of a known name joins no two
            }
            if (known.stream().anyMatch(k -> k.type() == MentionType.PARTY && "state".equals(k.kind())
                    && k.start() == start && k.end() == at)
                    && !PERSON_BEFORE_BODY.matcher(text).region(and.end(), end).lookingAt()) {
                // "India and World Health Organization": a state's name, then a body's, on one line or two ("Armenia
                // and Head of the … Department" goes on to a person's post, and is left whole)
                splitCoordinatedNames(text, and.end(), end, out, known);
                return;
            }
            if (AGENCY_HEAD_WORD.matcher(text).region(start, and.start()).find()
                    && AGENCY_HEAD_WORD.matcher(text).region(and.end(), end).find()) {
                out.add(new int[] {start, and.start()});
                splitCoordinatedNames(text, and.end(), end, out, known);
                return;
            }
        }
        out.add(new int[] {start, end});
    }

    /** "on the" before a state's name or demonym and "side" after it: which side a body is on, no part of its name. */
    private static final Pattern ON_THE_SIDE = Pattern.compile("\\s+on\\s+the\\s+\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,2}$");
    private static final Pattern SIDE_AFTER = Pattern.compile("\\s+sides?\\b");

    /** A title's "Creation of", "Establishment of" before a name no dictionary knows: the thing to be made, no body yet. */
    private static final Pattern CREATED_IN_TITLE = Pattern.compile("(?:Creation|Establishment|Formation)\\s+of\\s+(?:the\\s+|an?\\s+)?$");

    /** The name in {@code text[matchStart, matchEnd)} without a leading function word, if it is a body's name. */
    private static Optional<Candidate> agency(String text, int matchStart, int matchEnd, List<Candidate> known) {
        int start = matchStart;
        String name = text.substring(matchStart, matchEnd);
        Matcher topic = TOPIC_AFTER_NAME.matcher(name);
        if (topic.find()) {
            name = name.substring(0, topic.start()); // "… of Mongolia on Cooperation in …": a title goes on after the name
        }
        Matcher person = PERSON_BEFORE_BODY.matcher(name);
        if (person.lookingAt() && person.end() < name.length()) {
            start += person.end(); // "Member of the Board of Directors of the Tennessee Valley Authority": the body
            name = name.substring(person.end());
            int bodyStart = start;
            int bodyEnd = start + name.length();
            if (known.stream().anyMatch(k -> k.type() == MentionType.PARTY && k.end() == bodyEnd && k.start() > bodyStart
                    && FIELD_BEFORE_BODY.matcher(text.substring(bodyStart, k.start())).find())) {
                // "Senior Director for Resilience on the National Security Council": the post's field, then the
                // body a finder knows
                return Optional.empty();
            }
        }
        Matcher thing = THING_OF_BODY.matcher(name);
        if (thing.lookingAt()) {
            // "Decisions of the Supreme Council", "Customs Code of the Eurasian Economic Union": the body is the last
            // name after "of", and a known name there is left to its finder
            Matcher of = LAST_OF.matcher(name);
            of.lookingAt();
            start += of.end();
            name = name.substring(of.end());
            int bodyStart = start;
            int bodyEnd = start + name.length();
            if (known.stream().anyMatch(k -> k.type() == MentionType.PARTY && k.start() == bodyStart && k.end() == bodyEnd)) {
                return Optional.empty();
            }
        }
        while (true) {
            String first = name.split("\\s+", 2)[0];
            boolean connector = Character.isLowerCase(first.charAt(0)); // "for the" after a stripped word
            // "Management of the Tin Fund": the act a heading names is no part of the body's name
            boolean act = ACT_ON_BODY.matcher(name).lookingAt() || isItemVerb(text, start, first);
            if (!NOT_AGENCY_START.contains(first) && !connector && !act && !isLocation(first) || !name.contains(" ")) {
                break;
            }
            String rest = name.substring(first.length()).stripLeading();
            start += name.length() - rest.length();
            name = rest;
        }
        Matcher acronym = ACRONYM_AND.matcher(name);
        if (acronym.lookingAt() && acronym.end() < name.length()) {
            start += acronym.end(); // "RMI and Environmental Defense Fund": an acronym is a name of its own
            name = name.substring(acronym.end());
        }
        Matcher last = LAST_WORD.matcher(name);
        while (last.find() && NOT_AGENCY_START.contains(last.group(1)) && last.start() > 0) {
            name = name.substring(0, last.start()); // "… of Saudi Arabia\nFor": the next line's first word
            last = LAST_WORD.matcher(name);
        }
        int matchedStart = start;
        int matchedEnd = start + name.length();
        Optional<Matcher> stateAfterAnd = known.stream()
                .filter(k -> k.type() == MentionType.PARTY && STATE_KINDS.contains(k.kind()) && k.end() == matchedEnd
                        && k.start() > matchedStart)
                .map(k -> AND_BEFORE.matcher(text.substring(matchedStart, k.start())))
                .filter(Matcher::find).findFirst();
        if (stateAfterAnd.isPresent()) {
            name = name.substring(0, stateAfterAnd.get().start()); // "Department of Commerce and Mexico": two parties
        }
        Matcher side = ON_THE_SIDE.matcher(name);
        if (side.find() && side.start() > 0 && SIDE_AFTER.matcher(text).region(matchedEnd, text.length()).lookingAt()) {
            name = name.substring(0, side.start()); // "the Ministry of Education on the ROK side": the state's side
        }
        if (CREATED_IN_TITLE.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
            return Optional.empty(); // "Treaty on the Creation of Monetary Union": the union a title sets out to make
        }
        String firstWord = name.split("\\s+", 2)[0];
        int end = start + name.length();
        if (TIE_LABEL.matcher(name).matches()) {
            return Optional.empty(); // "a Green Alliance" between the parties: the label of their tie, no body
        }
        boolean oneWord = !name.contains(" ") || AGENCY_HEADS.contains(name); // "The Task Force shall": no name
        boolean heading = name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 6;
        if (oneWord || heading || NOT_AGENCY_START.contains(firstWord) || NOT_IN_AGENCY.matcher(name).find()
                || !AGENCY_HEAD_WORD.matcher(name).find()) {
            return Optional.empty();
        }
        if (continuesPastHead(text, end)) {
            return Optional.empty(); // "Financial Administration Act", "Defense Meritorious Service Medal": a longer name
        }
        int nameStart = start;
        if (known.stream().anyMatch(k -> k.type() == MentionType.PARTY && k.end() == end && k.start() > nameStart
                && !STATE_KINDS.contains(k.kind()) && AND_BEFORE.matcher(text.substring(nameStart, k.start())).find())) {
            return Optional.empty(); // "Department of State and USAID": two known bodies, not one name
        }
        if (known.stream().anyMatch(k -> k.type() == MentionType.PARTY && k.start() == nameStart && k.end() < end
                && k.kind().equals("company") && k.source() == Candidate.Source.DICTIONARY
                && AND_AFTER.matcher(text).region(k.end(), end).lookingAt())) {
            // "Bank of America and Jet Blue Ventures": a firm the dictionary knows, then another name ("Health Resources
            // and Services Administration" is one name, whatever its first words read as)
            return Optional.empty();
        }
        if (known.stream().anyMatch(k -> k.type() == MentionType.PARTY && k.end() == end && k.start() > nameStart
                && !STATE_KINDS.contains(k.kind()) && HEAD_JOINED.matcher(text.substring(nameStart, k.start())).find())) {
            return Optional.empty(); // "United States-European Union", "Member of the UN Security Council": the head is a known name
        }
        Matcher head = AGENCY_HEAD_WORD.matcher(name);
        if (head.find() && namesOnlyStates(text, tieStart(text, start, known), start + head.start(), known)) {
            return Optional.empty(); // "U.S.-Japan Alliance": the states' tie, the states its parties
        }
        Candidate agency = new Candidate(MentionType.PARTY, start, end, name, "agency", Candidate.Source.RULE);
        if (isKnownBodyOfState(text, agency, known)) {
            return Optional.empty(); // "[Ministry of Trade, Industry and Energy] of [Korea]": the ministry, then its state
        }
        // A known body is kept unless the name extends it by a word before it ("Saudi Geological Survey") or by
        // a joined phrase after it ("Geological Survey of Finland", "Ministry of Mines and Energy"); words merely
        // following it belong to a heading ("Department of Energy Battery Supply Chain Awards").
        boolean clashes = known.stream().anyMatch(k -> k.type() == MentionType.PARTY && k.overlaps(agency)
                && !STATE_KINDS.contains(k.kind()) && !extendsKnown(text, agency, k) && !isCutShort(text, agency, k));
        return clashes ? Optional.empty() : Optional.of(ofItsOwnState(text, agency, known));
    }

    /**
     * "Department of Energy of the United States of America": a known body of the state named after it is that body,
     * under its own norm ("U.S. Department of Energy"), not a new one; the name stays one span. So is "Department for
     * Business and Trade of the United Kingdom" ("Department for Business and Trade").
     */
    private static Candidate ofItsOwnState(String text, Candidate agency, List<Candidate> known) {
        for (Candidate body : known) {
            // a body the data ties to its state ("Department for Business and Trade" → GB) is read the same way
            String itsState = body.norm().startsWith(US_BODY_PREFIX) ? "US" : FiscalYears.stateOfBody(body.norm());
            if (body.type() != MentionType.PARTY || STATE_KINDS.contains(body.kind()) || body.start() != agency.start()
                    || body.end() >= agency.end() || itsState == null) {
                continue;
            }
            for (Candidate state : known) {
                if (STATE_KINDS.contains(state.kind()) && itsState.equals(state.norm()) && state.end() == agency.end()
                        && state.start() > body.end() && OF_THE.matcher(text.substring(body.end(), state.start())).matches()) {
                    // as the dictionary's body: a name a rule found takes its text as its norm later
                    return new Candidate(MentionType.PARTY, agency.start(), agency.end(), body.norm(), body.kind(), body.source());
                }
            }
        }
        return agency;
    }

    /** How the norm of a body of the United States begins: "U.S. Department of Energy". */
    private static final String US_BODY_PREFIX = "U.S. ";

    private static final Pattern ACRONYM_AND = Pattern.compile("\\p{Lu}{2,}\\s+(?:and|&)\\s+(?:the\\s+)?");

    /** Whether {@code text[from, to)} is two or more states joined by hyphens, slashes or "and", and nothing else. */
    private static boolean namesOnlyStates(String text, int from, int to, List<Candidate> known) {
        List<Candidate> states = known.stream().filter(k -> k.type() == MentionType.PARTY && STATE_KINDS.contains(k.kind())
                && from <= k.start() && k.end() <= to).sorted(Comparator.comparingInt(Candidate::start)).toList();
        if (states.size() < 2) {
            return false;
        }
        int at = from;
        for (Candidate state : states) {
            if (!STATE_JOIN.matcher(text.substring(at, Math.max(at, state.start()))).matches()) {
                return false;
            }
            at = Math.max(at, state.end());
        }
        return STATE_JOIN.matcher(text.substring(at, to)).matches();
    }

    /**
     * Where a tie of states starts when its first state stands before the name, across a spaced dash: in "U.S. – Japan
     * Alliance" the name found is "Japan Alliance", its first state "U.S." before it.
     */
    private static int tieStart(String text, int start, List<Candidate> known) {
        return known.stream().filter(k -> k.type() == MentionType.PARTY && STATE_KINDS.contains(k.kind()) && k.end() <= start
                && start - k.end() <= 4 && DASH_BETWEEN.matcher(text.substring(k.end(), start)).matches())
                .mapToInt(Candidate::start).min().orElse(start);
    }

    private static final Pattern DASH_BETWEEN = Pattern.compile("\\s*[\u2010-\u2014-]\\s*");

    private static final Pattern STATE_JOIN = Pattern.compile("[\\s\u2010-\u2014/-]*(?:(?:and|&)\\s+(?:the\\s+)?)?");

    /**
     * A person's title, or a person, before the body they serve, inside what the name pattern took for one name:
     * "Member of the Board of Directors of the", "Nominee for", "Ms. Jane Roe of the".
     */
    private static final Pattern FIELD_BEFORE_BODY = Pattern.compile("\\s(?:for|on|at|to)\\s+(?:the\\s+)?$");
    private static final List<String> PERSON_TITLES = DataLines.of(ContextRules.class, "person-titles-before-body.txt");
    private static final List<String> TITLE_MODIFIERS = DataLines.of(ContextRules.class, "title-modifiers.txt");
    private static final Pattern PERSON_BEFORE_BODY = Pattern.compile("(?:The\\s+)?(?:(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}"
            // "Chief of Policy and Advocacy for the": a post's field, then the body
            + "|Chief\\s+of\\s+(?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:and|&)\\s+)?){1,3}(?=for\\s)"
            + "|(?:" + alternation(TITLE_MODIFIERS) + "\\s+){0,2}" + alternation(PERSON_TITLES) + "\\s+)(?:of|for|on|to|at|from)\\s+(?:the\\s+)?)+");
    /**
     * Acts, meetings, texts and members of a body, which the name pattern reads as part of the body's name: "Decisions
     * of the Council", "Rules of Procedure of the Commission", "Common External Tariff of the Union", "Member States of
     * the Union", "Government of the Union of …".
     */
    private static final List<String> THINGS_OF_BODIES = List.of("Decision", "Decisions", "Meeting", "Meetings",
            "Session", "Sessions", "Budget", "Code", "Treaty", "Protocol", "Statute", "Statutes", "Rules", "Procedure",
            "Procedures", "Regulation", "Regulations", "Resolution", "Resolutions", "Function", "Functions", "Residence",
            "Nomenclature", "Tariff", "Summit", "Notice", "Members", "Member States", "States", "Government",
            "Governments", "Report", "Reports", "Recommendation", "Recommendations", "Headquarters", "Seat", "Minutes",
            "State");
    private static final Pattern THING_OF_BODY = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}" + alternation(THINGS_OF_BODIES) + "\\s+(?:of|on)\\s");
    private static final Pattern LAST_OF = Pattern.compile(".*\\s(?:of|on)\\s+(?:the\\s+)?", Pattern.DOTALL);
    /** A capitalized word right after the head, on the same line: the name goes on ("… Service Suppliers"). */
    private static final Pattern TITLE_WORD_AFTER = Pattern.compile("^[ \\t]+(\\p{Lu}[\\p{L}-]*)");
    /** Words that may follow a body's name without being part of it: its people, its acronym's absence. */
    private static final Set<String> AFTER_BODY_WORDS = Set.of("President", "Vice", "Chair", "Chairman", "Chairwoman",
            "Chairperson", "Director", "Director-General", "Secretary", "Secretary-General", "Governor", "Deputy",
            "Administrator", "Commissioner", "Minister", "Chief", "CEO", "Head", "Spokesperson", "Spokesman",
            "Spokeswoman", "Executive", "Senior", "Officials", "Official", "The", "This", "It", "In", "On", "As", "And");

    /** Whether a capitalized word follows the name at {@code end}, so the name pattern stopped inside a longer one. */
    private static boolean continuesPastHead(String text, int end) {
        Matcher next = TITLE_WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        return next.find() && !AFTER_BODY_WORDS.contains(next.group(1))
                && !next.group(1).equals(next.group(1).toUpperCase(Locale.ROOT));
    }

    private static final Pattern OF_THE = Pattern.compile("^\\s+of\\s+(?:the\\s+)?$");

    /** A known body with commas in its name the name begins with, then "of" and a state the name ends with. */
    private static boolean isKnownBodyOfState(String text, Candidate name, List<Candidate> known) {
        for (Candidate body : known) {
            // only a name of serial commas ("Trade, Industry and Energy"): "Geological Survey of India" is a body
            if (body.type() != MentionType.PARTY || STATE_KINDS.contains(body.kind()) || body.start() != name.start()
                    || text.indexOf(',', body.start()) < 0 || text.indexOf(',', body.start()) > body.end()) {
                continue;
            }
            for (Candidate state : known) {
                if (STATE_KINDS.contains(state.kind()) && state.end() == name.end() && state.start() > body.end()
                        && OF_THE.matcher(text.substring(body.end(), state.start())).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What joins words to a known name that they do not extend: "United States-[European Union]", "Member of the [UN …]". */
    private static final Pattern HEAD_JOINED = Pattern.compile("(?:[-–]|\\bof\\s+(?:the\\s+)?)$");
    /** "on Cooperation", "in the Field of": where a document's title continues after a body's name. */
    private static final Pattern TOPIC_AFTER_NAME = Pattern.compile(
            "\\s+(?:on|in|for)\\s+(?:the\\s+)?(?:Cooperation|Collaboration|Partnership|Field|Area)\\b");

    /**
     * A company the suffix rule found that an agency's name goes on past: "Chilean Copper" of "Chilean Copper
     * Commission", "Seabed Minerals" of "Seabed Minerals Authority"; an international body's name that the agency's
     * head word continues: "United Nations" of "United Nations Economic Commission for Africa".
     */
    private static boolean isCutShort(String text, Candidate agency, Candidate known) {
        boolean inside = agency.contains(known) && agency.length() > known.length() && agency.start() == known.start()
                && !PURPOSE_AFTER.matcher(text.substring(known.end(), agency.end())).find();
        // a name of words ("United Nations"), not an acronym joined to another name ("NATO-Russia Council")
        boolean namedBody = known.kind().equals("intl") && text.substring(known.start(), known.end()).contains(" ")
                && known.end() < text.length() && Character.isWhitespace(text.charAt(known.end()));
        return inside && (known.source() == Candidate.Source.RULE || namedBody);
    }

    private static boolean extendsKnown(String text, Candidate name, Candidate known) {
        if (!name.contains(known) || name.length() == known.length()) {
            return false;
        }
        if (name.start() < known.start() && name.end() == known.end()) {
            return true;
        }
        if (name.start() == known.start() && text.startsWith("Ministry", known.start())
                && PORTFOLIOS_GO_ON.matcher(text.substring(known.end(), name.end())).lookingAt()) {
            return true; // "Ministry of Commerce, Trade and Industry of Zambia": another state's ministry of more portfolios
        }
        // A body the dictionary knows by its whole name does not go on with "for" or "on": "the Africa Finance
        // Corporation for the Lobito Corridor" is the corporation, then what it works for.
        Pattern joined = known.source() == Candidate.Source.DICTIONARY ? JOINED_AFTER_KNOWN : JOINED_AFTER;
        return name.start() == known.start() && joined.matcher(text.substring(known.end(), name.end())).find();
    }

    /** Further portfolios in a serial list after a known ministry's: ", Trade and Industry", ", Energy, Water and Lands". */
    private static final Pattern PORTFOLIOS_GO_ON = Pattern.compile("^(?:,\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?){1,3},?"
            + "\\s+(?:and|&)\\s+\\p{Lu}");
    /** "… Corporation for the Lobito Corridor": what a known body works for, not more of its name. */
    private static final Pattern PURPOSE_AFTER = Pattern.compile("^\\s+(?:for|on)\\s");
    private static final Pattern JOINED_AFTER = Pattern.compile("^\\s+(?:and|&|of|for|on)\\s");
    private static final Pattern JOINED_AFTER_KNOWN = Pattern.compile("^\\s+(?:and|&|of)\\s");
    private static final Set<String> STATE_KINDS = Set.of("state", "official", "abbrev", "demonym", "capital");

    /** Where a sentence of running text opens: a line's start, or after a full stop. */
    private static final Pattern SENTENCE_START_BEFORE = Pattern.compile("(?:^|\\n|[.!?]\\s)\\s*$");

    /**
     * Whether {@code text[start, end)} is a firm's name with its legal form that opens a sentence of the body, below the
     * headline ("Form Energy, Inc. is …"): a headline's verb among its first words is the name's.
     */
    static boolean opensBodySentence(String text, int start, int end) {
        int headline = text.indexOf('\n');
        Matcher legal = Pattern.compile("(?:,?\\s+(?:" + LEGAL_FORM.pattern() + "))$").matcher(text.substring(start, end));
        return headline >= 0 && start > headline && legal.find()
                && SENTENCE_START_BEFORE.matcher(text.substring(Math.max(0, start - 3), start)).find();
    }

    /** A person's title as the last word before a trade word, which is then a surname: "Administrator| Power". */
    private static final Pattern TITLE_BEFORE_SURNAME = Pattern.compile("(?:^|\\s)(?:Administrator|Ambassador|Secretary"
            + "|Commissioner|Director|Governor|Mayor|Senator|Minister|Chairman|Chairwoman|Chair|Mr\\.?|Ms\\.?|Mrs\\.?|Dr\\.?)$");

    /** A person's style before the name: "Honorable Jane| Power". */
    private static final Pattern STYLED_PERSON = Pattern.compile("(?:The\\s+)?(?:Honorable|Honourable)\\s");
    /** A government post in apposition after the name, which says it is a person's: "Jane Power|, Administrator of". */
    private static final Pattern GOVERNMENT_TITLE_AFTER = Pattern.compile(",\\s+(?:the\\s+)?(?:Deputy\\s+|Acting\\s+)?"
            + "(?:Administrator|Ambassador|Secretary|Special\\s+Assistant|Special\\s+Envoy|Senator|Governor|Commissioner)\\b");

    private static List<Candidate> companies(String text, int from, int to, List<Candidate> known) {
        List<Candidate> found = new ArrayList<>();
        if (!COMPANY_WORDS.occurIn(text.substring(from, to))) {
            return found;
        }
        Matcher m = COMPANY.matcher(text).region(from, to);
        int skipUntil = from; // the end of a name extended past the match
        while (m.find()) {
            if (m.start() < skipUntil) {
                continue;
            }
            String name = m.group(1);
            int start = m.start(1);
            if (m.group(3) == null && TITLE_BEFORE_SURNAME.matcher(name).find()) {
                continue; // "USAID Administrator Power": a trade word after a person's title is the person's surname
            }
            if (m.group(3) == null && (STYLED_PERSON.matcher(name).lookingAt()
                    || GOVERNMENT_TITLE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).lookingAt())) {
                // "The Honorable Jane Power", "Jane Power, Administrator of the Agency": a person whose surname is a trade word
                continue;
            }
            String firstWord = name.split("\\s+")[0];
            if (isLocation(firstWord) && !name.contains(" ")) {
                continue; // "Canada-based Lithium Americas": a trade word after where a firm sits is no name
            }
            int afterHeadline = HeadlineNames.afterLastHeadlineWord(name);
            if (afterHeadline > 0 && !name.substring(0, afterHeadline).strip().contains(" ") && opensBodySentence(text, start, m.end())) {
                afterHeadline = -1; // "Form Energy, Inc. is …": a headline's verb opens no sentence of its own with a firm's legal form
            }
            if (afterHeadline == name.length() || afterHeadline > 0 && !HeadlineNames.joinsNames(name, afterHeadline)) {
                continue; // "… Signs MOU For Lithium", "… For Nigerian Lithium": the trade word is the headline's object
            }
            if (afterHeadline > 0) {
                String first = name.substring(0, afterHeadline).strip().replaceFirst("\\s+\\S+$", "");
                if (isCompanyName(first) && HeadlineNames.afterLastHeadlineWord(first) < 0) {
                    // "Arlen Metals And Torvik Metals": the firm before the joining word is one too
                    found.add(new Candidate(MentionType.PARTY, start, start + first.length(), first, "company",
                            Candidate.Source.RULE));
                }
                start += afterHeadline; // "Agreement With Tollund Cobalt Ltd": the firm after the headline's words
                name = name.substring(afterHeadline);
                firstWord = name.split("\\s+")[0];
            }
            if (OPENING_PREPOSITIONS.contains(firstWord) && name.contains(" ")) {
                String rest = name.substring(firstWord.length()).stripLeading(); // "Before Norvale Metals, she …": the firm
                start += name.length() - rest.length();
                name = rest;
                firstWord = name.split("\\s+")[0];
            }
            boolean located = isLocation(firstWord);
            if (located) {
                String rest = name.substring(firstWord.length()).stripLeading(); // "Seattle-based Acme Corp": the company
                start += name.length() - rest.length();
                name = rest;
                firstWord = name.split("\\s+")[0];
            }
            boolean legal = LEGAL_FORM.matcher(m.group(2)).matches() || m.group(3) != null;
            int end = m.end();
            Matcher longer = LEGAL_FORM_AFTER.matcher(text).region(end, to);
            if (!legal && longer.lookingAt()) {
                end = longer.end(); // "Huzhou Kaijin New Energy Technology Corp": the firm goes on to its legal form
                legal = true;
            }
            Matcher unit = UNIT_AFTER.matcher(text).region(end, to);
            if (!legal && unit.lookingAt()) {
                end = unit.end(); // "Norvale Materials Trading": the firm's business is a firm of its own, as written
            }
            if (!legal && m.group(2).equals("Rare Earth") && !ACRONYM_DEFINED_AFTER.matcher(text).region(end, to).lookingAt()) {
                continue; // "Northern Rare Earth (NRE)": the singular ends a firm's name where the firm defines its acronym
            }
            if (!legal && TRADE_NAME_GOES_ON.matcher(text).region(end, to).lookingAt()) {
                continue; // "the Africa Mining Vision": the trade word is inside a plan's or an institution's name
            }
            if (INVESTOR_SUFFIXES.contains(m.group(2)) && (!isInvestor(text, name, m.group(2))
                    || isKnownNonFirm(start, start + name.length(), known))) {
                continue; // "MSP Partners", "G7 Partners": the members of a known group or body, no investor
            }
            if (m.group(2).equals("Finance") && !legal && !isFinanceFirm(text, start, name, m.end(2), known)) {
                continue; // "Blended Finance", "Finance Minister": finance of a kind, or a portfolio
            }
            // "US-based United Rare Earths": a name after where a firm sits is the firm's, whatever word opens it
            boolean firm = legal || located || isDemonymFirm(text, name, m.group(2), m.start(2), end);
            if (NOT_COMPANY_START.contains(firstWord) && !(firm && !FUNCTION_WORDS.contains(firstWord))) {
                // "The Lynas Rare Earths" keeps going after the article; "Critical Minerals" does not, but
                // "Critical Metals Corp" and "National Copper Corp." are firms by their legal form.
                String[] words = name.split("\\s+", 2);
                if (!(firstWord.equals("The") && words.length > 1 && !NOT_COMPANY_START.contains(words[1].split("\\s+")[0]))) {
                    continue;
                }
                start += name.indexOf(words[1]);
            }
            int windowStart = start;
            int windowEnd = end;
            Optional<Candidate> cut = known.stream().filter(k -> k.type() == MentionType.PARTY && k.start() < windowStart
                    && windowStart < k.end() && k.end() < windowEnd && Character.isWhitespace(text.charAt(k.end())))
                    .findFirst(); // not a possessive's owner: "the Department of Energy’s Energy …"
            if (cut.isPresent()) {
                // "the United Nations Global Crises Response Group": the pattern's words stop inside a known name that
                // opens the longer one; the name starts with it
                start = cut.get().start();
                name = text.substring(start, m.end(1));
                firstWord = name.split("\\s+")[0];
            }
            String before = text.substring(Math.max(from, start - 30), start);
            // "a milestone for Critical Metals Corp": a firm by its legal form after a preposition of prose is the firm
            boolean proseBefore = legal && before.matches("(?s).*\\b\\p{Ll}+\\s+(?:of|for|on)\\s+$");
            if (before.matches("(?s).*\\b(?:of|for|on|and|the)\\s+$") && !before.matches("(?s).*\\b(?:and|the)\\s+$") && !proseBefore
                    || before.matches("(?s).*\\p{Lu}\\p{L}*\\s+and\\s+$") && !(LEGAL_SUFFIX.matcher(m.group(2)).matches() && afterKnownName(text, start, known)
                            || afterKnownName(text, start, found))) {
                continue; // part of a longer name: "Ministry of Natural Resources", "Energy and Mineral Resources"
            }
            if (start > 1 && text.charAt(start - 1) == '.' && Character.isDigit(text.charAt(start - 2))) {
                continue; // "a 3.3Mt Lithium Carbonate resource": a quantity, not a name
            }
            Matcher slogan = NOT_IN_COMPANY.matcher(text).region(start, m.start(2));
            if (slogan.find() && !legal && !(INVESTOR_SUFFIXES.contains(m.group(2)) && onlyLendersTrades(text, start, m.start(2)))) {
                int after = slogan.end();
                while (slogan.find()) {
                    after = slogan.end();
                }
                if (text.startsWith("ing", after - 3) || !MINING_TRADES.contains(m.group(2))) {
                    continue; // "Leveraging Faith Partners": a gerund's object
                }
                // "our lithium Investment Mandrake Resources": the firm after the heading's word, a name of its own
                String rest = text.substring(after, m.start(2)).strip();
                if (!rest.matches("\\p{Lu}\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}-]*)?") || NOT_COMPANY_START.contains(rest.split("\\s+")[0])
                        || !Character.isWhitespace(text.charAt(after))) {
                    continue;
                }
                start = text.indexOf(rest, after);
            }
            if (!legal && ItemLabels.isUnrepeatedLabel(text, start, end)) {
                continue; // "- **Rural Energy Savings:** USDA will …": an item's topic
            }
            String whole = text.substring(start, end);
            if (whole.equals(whole.toUpperCase(Locale.ROOT)) && whole.length() > 6) {
                continue; // an upper-case heading, not a company
            }
            if (NAME_GOES_ON.matcher(text.substring(end, Math.min(text.length(), end + 30))).find()
                    && !HeadlineNames.isVerbAt(text, end)) {
                continue; // "Natural Resources Division", "Clean Energy Transition Partnership": the name of something else
            }
            if (text.charAt(end - 1) == '.' && !whole.matches(".*\\b(?:Inc|Corp|Co|Ltd|S\\.A|N\\.V|L\\.L\\.C|B\\.V|S\\.p\\.A|K\\.K|Bhd|Pty|Ltda|S\\.R\\.L)\\.$")) {
                end--;
            }
            found.add(new Candidate(MentionType.PARTY, start, end, text.substring(start, end), "company",
                    Candidate.Source.RULE));
            skipUntil = end;
        }
        return found;
    }
}
