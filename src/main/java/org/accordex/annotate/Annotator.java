package org.accordex.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.commitments.ActionModels;
import org.accordex.commitments.ActionPhrase;
import org.accordex.commitments.CommitmentExtractor;
import org.accordex.commitments.DataLines;
import org.accordex.commitments.SentenceCues;
import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.DocumentInfo;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.model.SourceDocument;
import org.accordex.nlp.RememberingTokenizer;
import org.accordex.nlp.PlainText;

import opennlp.tools.util.Span;

/**
 * Annotates a document: sentences, then mentions from four finders (dictionaries, the deadline grammar,
 * contextual rules, the trained name-finder model) merged by {@link MentionMerger}, then commitments.
 *
 * <p>Not thread-safe (OpenNLP's ME classes keep state); create one per thread from shared {@link AnnotatorModels}.
 */
public final class Annotator {
    /** Model names below this probability are dropped: dictionaries already cover the well-known parties. */
    static final double MODEL_CONFIDENCE = 0.8;

    private final AnnotatorModels models;
    private final SentenceSplitter splitter;
    private final StateBodies stateBodies;
    private PartyNameFinder partyFinder; // made on the first sentence that needs it

    /** Starts reading the models that commitments' actions need on other threads, and returns at once. */
    public static void preloadActionModels() {
        ActionModels.preload();
    }

    public Annotator(AnnotatorModels models) {
        this.models = models;
        this.splitter = new SentenceSplitter(models.sentenceModel);
        this.stateBodies = new StateBodies(models.gazetteer);
    }

    public String version() {
        return models.version();
    }

    /** Annotates with the document's own date, or {@code dateOverride} when it is given. */
    public Annotation annotate(SourceDocument document, LocalDate dateOverride) {
        String text = PlainText.of(document.text()); // what the rules read; the output quotes the text as given
        DocumentInfo info = dateOverride == null ? document.info() : document.info().withDate(dateOverride.toString());
        LocalDate date = info.date() == null ? null : LocalDate.parse(info.date());
        if (!info.language().equals("en")) {
            // The dictionaries, grammar and cues are English: on other languages they would only produce noise.
            return new Annotation(info, List.of(), List.of());
        }
        List<Span> sentences = splitter.split(text);
        List<Mention> mentions = new ArrayList<>();
        List<Mention> inPlanNames = new ArrayList<>();
        String documentState = mentionsFiscalYears(text) ? mostNamedState(text) : null;
        SentenceCues cues = new SentenceCues();
        for (Span sentence : sentences) {
            mentions.addAll(mentions(text, sentence.getStart(), sentence.getEnd(), date, documentState, inPlanNames, cues));
        }
        if (partyFinder != null) {
            partyFinder.clearAdaptiveData();
        }
        mentions = GroupFirmNames.join(text, StatesInFirmNames.join(text, mentions, this::isKnownName, this::isStateWord, this::isKnownFirm));
        mentions = RepeatedNames.add(text, MediaOutlets.drop(text, mentions), this::isKnownBody);
        mentions = DefinedNames.namedByShortName(text, SubnationalGovernments.stateDepartments(text, mentions), this::isKnownName);
        mentions = stateBodies.resolve(text, ShortNames.add(text, DefinedNames.add(text, mentions, this::isKnownParty), this::isKnownName, this::isKnownParty));
        mentions = DocumentNorms.stateNamedFirms(text, DocumentNorms.generic(mentions), this::stateAtStart);
        mentions = DocumentNorms.familyNamedInFull(text, DocumentNorms.shortOfFuller(text, DepartmentShortNames.add(text, mentions), this::isStateWord), this::isStateWord);
        mentions = DocumentNorms.withItsState(mentions, this::isStateWord);
        mentions = PersonNames.drop(text, CountyLists.drop(text, Tickers.drop(text, mentions)), this::isKnownFirm);
        // a dateline's credit in parentheses ("Shanghai, China (EFE).-") reads as a short name the text defines
        mentions = MediaOutlets.drop(text, mentions);
        mentions = UsStates.drop(text, mentions, this::isKnownName);
        mentions = SubnationalGovernments.add(text,
                FederalGovernments.resolve(text, LocatedNames.dropPlaces(text, LocatedNames.trim(text, mentions))));
        mentions = TopicNames.extend(text, DepartmentLists.add(text, mentions, this::partyNorm), this::isKnownParty);
        mentions = TopicNames.whiteHouseBodies(text, mentions);
        // "Photo: Acme Metals Inc.", "Copyright 2025 Acme Inc.": who took or owns a picture or the text is no party
        mentions = Credits.drop(text, mentions);
        // "the TSA" of a deal's transitional services agreement: another sense of the dictionary's abbreviation
        mentions = OtherSenses.drop(text, mentions);
        // "the WHO said" beside "the World Health Organization": an abbreviation that is also a word of upper-case text
        mentions = SpelledOutAbbreviations.add(text, mentions);
        mentions = StateStyles.add(text, mentions);
        if (!text.equals(document.text())) {
            mentions = mentions.stream().map(m -> m.withTextOf(document.text())).toList();
        }
        List<Commitment> commitments = CommitmentExtractor.extract(info, document.text(), sentences, mentions, inPlanNames, cues);
        return new Annotation(info, mentions, commitments);
    }

    /**
     * The mentions of one sentence {@code text[start, end)}; {@code documentState} is the state the document names
     * most, whose fiscal years a sentence that names no state counts in (null when there is none).
     */
    List<Mention> mentions(String text, int start, int end, LocalDate documentDate, String documentState) {
        return mentions(text, start, end, documentDate, documentState, new ArrayList<>(), new SentenceCues());
    }

    /**
     * As above; the parties named only inside the name of a plan or dialogue go to {@code inPlanNames}, and the
     * sentence's cue is read through {@code cues}, which the commitments read it from again.
     */
    private List<Mention> mentions(String text, int start, int end, LocalDate documentDate, String documentState,
            List<Mention> inPlanNames, SentenceCues cues) {
        List<Token> words = WordTokenizer.tokenize(text, start, end);
        List<Candidate> candidates = new ArrayList<>(models.gazetteer.find(words));
        candidates.addAll(DeadlineGrammar.find(text, start, end, documentDate, fiscalState(candidates, documentState)));
        candidates = ContextRules.apply(text, start, end, candidates);
        Candidate subject = unknownSubject(text, start, end, words, candidates);
        if (subject != null) {
            candidates.add(subject);
        }
        // The model is the costliest finder: it runs where a commitment may name a party no other finder knows.
        if (hasUnexplainedName(words, candidates) && cues.hasCue(text.substring(start, end))) {
            List<Candidate> known = candidates;
            candidates.addAll(modelCandidates(text, start, end).stream().filter(c -> !joinsKnownParties(text, c, known)).toList());
        }
        candidates = candidates.stream().map(c -> withoutOwner(text, c)).filter(c -> !isBareFirmWord(text, c))
                .filter(c -> !isTopic(text, c)).filter(c -> !isCodeSectionName(text, c))
                .flatMap(c -> HeadlineNames.split(text, c).stream()).toList();
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : MentionMerger.merge(candidates)) {
            Candidate trimmed = trim(text, c);
            if (trimmed == null) {
                continue;
            }
            trimmed = withLegalForm(text, trimmed, end);
            trimmed = withKnownFirmsNorm(text, trimmed, candidates);
            Mention m = Mention.of(trimmed.type(), text, trimmed.start(), trimmed.end(), trimmed.norm());
            if (m.type() == MentionType.PARTY && m.start() > titleEnd(text) && (ContextRules.isInPlanName(text, m.end())
                    || ContextRules.isInInitiativeName(text, m.start(), m.end()))) {
                inPlanNames.add(m); // "the Brazil-South Africa Mining Dialogue": a name, not the states (the document's own title is)
                continue;
            }
            if (m.type() == MentionType.DEADLINE) {
                m = m.withDue(DeadlineGrammar.due(m.norm(), documentDate).map(LocalDate::toString).orElse(null));
            }
            mentions.add(m);
        }
        return withStateOfBody(text, mentions, this::isKnownFirm);
    }

    /**
     * A legal form after a firm's name: "Mizuho Bank|, Ltd.", "JX Nippon Mining & Metals| Corporation"; news writes
     * "Corp", "Inc" and "Co" without their stops ("General Motors| Co said").
     */
    private static final Pattern LEGAL_FORM = Pattern.compile("^(?:,?[ \\t]+(?:Co\\.,?[ \\t]+Ltd\\.|Ltd\\.?|Limited|Inc\\.?"
            + "|Incorporated|Corporation|Corp\\.?|Company|Co\\.|Co(?!-)|LLC|plc|Plc|PLC|AG|SE|N\\.V\\.|B\\.V\\.|S\\.A\\.|GmbH"
            // forms of other places, as the firms write them: "Solvay SA", "Iwatani K.K.", "Sime Darby Berhad"
            + "|SA|NV|S\\.p\\.A\\.|SpA|K\\.K\\.|Oyj|ASA|Tbk|Sdn\\.?[ \\t]+Bhd\\.?|Bhd\\.?|Berhad|PJSC|JSC|LLP|Ltda\\.?"
            + "|Pty[ \\t]+Ltd\\.?))+(?![\\p{L}\\d])");

    /**
     * A firm a dictionary knows by its trading name, with the legal form the text writes after it: the span is the
     * name as written ("Mizuho Bank, Ltd."), the norm the dictionary's.
     */
    private static Candidate withLegalForm(String text, Candidate c, int sentenceEnd) {
        if (c.type() != MentionType.PARTY || c.source() != Candidate.Source.DICTIONARY || !c.kind().equals("company")) {
            return c;
        }
        Matcher unit = UNIT.matcher(text).region(c.end(), sentenceEnd);
        if (unit.lookingAt()) {
            // "Sempra Infrastructure", "Cheniere Marketing LLC": a business of the firm, a firm of its own as written
            Matcher legal = LEGAL_FORM.matcher(text).region(unit.end(), sentenceEnd);
            int end = legal.lookingAt() ? legal.end() : unit.end();
            return c.withSpan(c.start(), end).withNorm(SPACES.matcher(text.substring(c.start(), end)).replaceAll(" "));
        }
        Matcher legal = LEGAL_FORM.matcher(text).region(c.end(), sentenceEnd);
        return legal.lookingAt() ? c.withSpan(c.start(), legal.end()) : c;
    }

    /**
     * A firm's name and legal form another finder found whole ("Arafura Rare Earths Limited"), where a dictionary knows
     * the name before the legal form as the name the firm trades under: the firm is the one the dictionary knows, and
     * takes its norm (ANNOTATION.md §1).
     */
    private static Candidate withKnownFirmsNorm(String text, Candidate c, List<Candidate> candidates) {
        if (c.type() != MentionType.PARTY || c.source() == Candidate.Source.DICTIONARY || !c.kind().equals("company")) {
            return c;
        }
        for (Candidate known : candidates) {
            if (known.source() == Candidate.Source.DICTIONARY && known.type() == MentionType.PARTY
                    && known.kind().equals("company") && known.start() == c.start() && known.end() < c.end()) {
                Matcher legal = LEGAL_FORM.matcher(text).region(known.end(), c.end());
                // only where the words before the form are the trading name itself: "SoftBank Group Corp." names
                // the group, which the firm's trading name "SoftBank" does not
                String written = SPACES.matcher(text.substring(known.start(), known.end())).replaceAll(" ");
                if (legal.matches() && written.equals(known.norm())) {
                    return c.withNorm(known.norm());
                }
            }
        }
        return c;
    }

    /** A word naming a business of a known firm right after its name (unit-words.txt). */
    private static final Pattern UNIT = Pattern.compile("^[ \\t]+(?:" + String.join("|", DataLines.of(Annotator.class, "unit-words.txt"))
            + ")(?![\\p{L}\\d-])");

    /** A state's name or abbreviation right before a body's leading head: "UAE |Ministry of Investment". */
    private static final Pattern STATE_THEN_BODY = Pattern.compile("^[ \\t]+(?:Ministry|Ministries|Department|Agency"
            + "|Bureau|Directorate|Directorate-General|Office)\\b");

    /**
     * The mentions with a state written right before a body joined to it: "UAE Ministry of Investment" and "PRC
     * Ministry of Commerce" are one body (a named agency is one span, even when it holds a state: ANNOTATION.md §1).
     * The body keeps a dictionary's norm; a name no dictionary knows is its own.
     */
    private static List<Mention> withStateOfBody(String text, List<Mention> mentions, Predicate<String> isKnownFirm) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention state = mentions.get(i);
            Mention body = mentions.get(i + 1);
            if (state.type() != MentionType.PARTY || body.type() != MentionType.PARTY
                    || !Mention.isStateNorm(state.norm()) || Mention.isStateNorm(body.norm())
                    || !STATE_THEN_BODY.matcher(text.substring(state.end(), body.end())).lookingAt()
                    || !text.substring(state.end(), body.start()).isBlank()) {
                continue;
            }
            String bodyName = SPACES.matcher(body.text()).replaceAll(" ");
            Mention joined = Mention.of(MentionType.PARTY, text, state.start(), body.end(), body.norm().equals(bodyName)
                    ? SPACES.matcher(text.substring(state.start(), body.end())).replaceAll(" ") : body.norm());
            mentions.set(i, joined);
            mentions.remove(i + 1);
        }
        return withBodysState(text, mentions, isKnownFirm);
    }

    /**
     * " of " alone between a body's name and a state's short name. A state's formal name after "of the" is the
     * other party of a formal text's preamble ("the Federal Ministry … of the Federal Republic of Germany"): the
     * ministry, then its state.
     */
    private static final Pattern OF_STATE = Pattern.compile("[ \t]+of[ \t]+");

    /**
     * The mentions with a state written right after a body's name joined to it: "Critical Minerals Office of
     * Australia" is one body, as "UAE Ministry of Investment" is (ANNOTATION.md §1), named as written. A firm the
     * dictionary knows is no body of a state: "Nidec of Japan" and "Posco of South Korea" are the firm and the state
     * where it is based.
     */
    private static List<Mention> withBodysState(String text, List<Mention> mentions, Predicate<String> isKnownFirm) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention body = mentions.get(i);
            Mention state = mentions.get(i + 1);
            if (body.type() != MentionType.PARTY || state.type() != MentionType.PARTY
                    || !Mention.isStateNorm(state.norm()) || Mention.isStateNorm(body.norm())
                    || !OF_STATE.matcher(text.substring(body.end(), state.start())).matches()
                    || body.text().indexOf(',') >= 0 || !SPACES.matcher(body.text()).replaceAll(" ").equals(body.norm())
                    || isKnownFirm.test(body.text())) {
                // a name of serial commas, then its state, is read as the ministry and its state (ContextRules); so is
                // a ministry named by its portfolio ("Economy Ministry of Peru"), whose norm is the ministry's
                continue;
            }
            Mention joined = Mention.of(MentionType.PARTY, text, body.start(), state.end(),
                    SPACES.matcher(text.substring(body.start(), state.end())).replaceAll(" "));
            mentions.set(i, joined);
            mentions.remove(i + 1);
        }
        return mentions;
    }

    /** Whether the dictionaries know {@code name}, all of it, as a party ("MP Materials"). */
    private boolean isKnownParty(String name) {
        return models.gazetteer.find(WordTokenizer.tokenize(name)).stream()
                .anyMatch(c -> c.type() == MentionType.PARTY && c.start() == 0 && c.end() == name.length());
    }

    /** The kinds of the dictionary's names of states. */
    private static final Set<String> STATE_KINDS = Set.of("state", "official", "abbrev", "capital", "demonym");

    /**
     * Whether the dictionaries know {@code name}, or a word inside it other than a state: a state inside a firm's name
     * ("Lithium Australia") does not make the firm one the dictionaries find wherever it is written.
     */
    private boolean isKnownBody(String name) {
        return models.gazetteer.find(WordTokenizer.tokenize(name)).stream()
                .anyMatch(c -> c.type() != MentionType.PARTY || !STATE_KINDS.contains(c.kind())
                        || c.start() == 0 && c.end() == name.length());
    }

    /** Whether the dictionaries know {@code name}, all of it, as a firm's: "Posco". */
    private boolean isKnownFirm(String name) {
        return models.gazetteer.find(WordTokenizer.tokenize(name)).stream()
                .anyMatch(c -> c.type() == MentionType.PARTY && c.kind().equals("company") && c.start() == 0 && c.end() == name.length());
    }

    /** Whether the dictionaries read {@code word}, all of it, as a state's name or a demonym ("Japan", "Korean"). */
    private boolean isStateWord(String word) {
        return models.gazetteer.find(WordTokenizer.tokenize(word)).stream()
                .anyMatch(c -> c.type() == MentionType.PARTY && STATE_KINDS.contains(c.kind()) && c.start() == 0 && c.end() == word.length());
    }

    /** The length of the state's name {@code name} opens with, and the state's norm; null when it opens with none. */
    private Map.Entry<Integer, String> stateAtStart(String name) {
        return models.gazetteer.find(WordTokenizer.tokenize(name)).stream()
                .filter(c -> c.type() == MentionType.PARTY && c.start() == 0 && c.end() < name.length()
                        && Mention.isStateNorm(c.norm()))
                .max(Comparator.comparingInt(Candidate::end)).map(c -> Map.entry(c.end(), c.norm())).orElse(null);
    }

    /** The dictionaries' norm of {@code name} as a party, all of it; null where they know none. */
    private String partyNorm(String name) {
        return models.gazetteer.find(WordTokenizer.tokenize(name)).stream()
                .filter(c -> c.type() == MentionType.PARTY && c.start() == 0 && c.end() == name.length())
                .map(Candidate::norm).findFirst().orElse(null);
    }

    /** Whether the dictionaries know {@code name}, or a name inside it. */
    private boolean isKnownName(String name) {
        return !models.gazetteer.find(WordTokenizer.tokenize(name)).isEmpty();
    }

    /** The end of the text's first line with a letter: its title. */
    private static int titleEnd(String text) {
        int from = 0;
        while (from < text.length()) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            for (int i = from; i < end; i++) {
                if (Character.isLetter(text.charAt(i))) {
                    // a first line that ends as a sentence does is running text, not the document's title
                    return text.substring(from, end).stripTrailing().endsWith(".") ? from : end;
                }
            }
            from = end + 1;
        }
        return text.length();
    }

    private static final Pattern FISCAL_WORDS =
            Pattern.compile("\\bFY\\s*'?\\d|(?i:\\b(?:fiscal|financial)\\s+year)");

    /** Whether the text counts in fiscal years; the pattern runs only on a text that has one of its words. */
    private static boolean mentionsFiscalYears(String text) {
        return (text.contains("FY") || hasFiscalWord(text, 'f') || hasFiscalWord(text, 'F'))
                && FISCAL_WORDS.matcher(text).find() || DeadlineGrammar.hasSplitYear(text);
    }

    /** Whether "fiscal" or "financial", in any case, starts at one of the text's {@code first} letters. */
    private static boolean hasFiscalWord(String text, char first) {
        for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
            if (text.regionMatches(true, at, "fiscal", 0, 6) || text.regionMatches(true, at, "financial", 0, 9)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Capitals and demonyms before the context rules have read them: mostly places and adjectives ("Embassy Lima",
     * "Peruvian teachers"), not the state whose fiscal year a sentence counts in.
     */
    private static final Set<String> NOT_YET_ACTORS = Set.of("capital", "demonym");

    /**
     * Whose fiscal year a sentence counts in: the first state it names that keeps its own fiscal year, else the
     * first state it names, else the document's. Bodies of the US government ("U.S. Department of Energy") count
     * as the US.
     */
    private static String fiscalState(List<Candidate> sentenceCandidates, String documentState) {
        List<String> states = sentenceCandidates.stream()
                .filter(c -> c.type() == MentionType.PARTY && !NOT_YET_ACTORS.contains(c.kind()))
                .sorted(Comparator.comparingInt(Candidate::start))
                .map(c -> state(c.norm()))
                .filter(Objects::nonNull)
                .toList();
        return states.stream().filter(FiscalYears::hasOwnCalendar).findFirst()
                .orElse(states.isEmpty() ? documentState : states.get(0));
    }

    /**
     * The state a party norm stands for: "JP" → JP, "U.S. Department of Energy" → US, a listed body of a government with
     * its own fiscal year ("Ministry of Economy, Trade and Industry" → JP), "-" for a state group that counts in calendar
     * years ("Group of Seven"); null for other bodies.
     */
    private static String state(String norm) {
        if (norm.length() == 2 && norm.chars().allMatch(Character::isUpperCase) && !norm.equals("EU")) {
            return norm;
        }
        return norm.startsWith("U.S. ") ? "US" : FiscalYears.stateOfBody(norm);
    }

    /** The state the document's dictionary mentions name most often, or null. */
    private String mostNamedState(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate c : models.gazetteer.find(WordTokenizer.tokenize(text))) {
            String state = c.type() == MentionType.PARTY && !c.kind().equals("demonym") ? state(c.norm()) : null;
            if (state != null && !state.equals(FiscalYears.CALENDAR_YEAR_BODY)) { // a bloc is not the document's state
                counts.merge(state, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Whether the sentence has a capitalized word, past its first, that no other finder has explained. The model's
     * names are only kept where nothing else found anything, so without such a word it cannot add a mention, and
     * running it (the costliest step of annotation) can be skipped.
     */
    private static boolean hasUnexplainedName(List<Token> words, List<Candidate> found) {
        boolean first = true;
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            char c = token.key().charAt(0);
            if (!Character.isLetter(c)) {
                continue;
            }
            boolean subject = !first || i + 1 < words.size() && SUBJECT_CUES.contains(words.get(i + 1).key());
            if (subject && Character.isUpperCase(c) && !COMMON_CAPITALIZED.contains(token.key())
                    && found.stream().noneMatch(f -> f.start() <= token.start() && token.end() <= f.end())) {
                return true;
            }
            first = false;
        }
        return false;
    }

    /**
     * A company no finder knows, named by the first words of a sentence or of a reported clause that commits it:
     * "Quantinuum will invest …", "McDermott has agreed to …", "the ministry said Halvorsen will build …". The words
     * must be tagged proper nouns ("Production will rise" is no company), or one of them where there are two or more
     * ("Harlow Capital will …": "Capital" may read as a common noun); and a surname is left out: a word the text also writes
     * after another name or a title ("Secretary Rubio will …"), a short name the text defines, which
     * {@link DefinedNames} resolves, and a word the text also writes in lower case.
     */
    private static Candidate unknownSubject(String text, int start, int end, List<Token> words, List<Candidate> found) {
        int first = 0;
        while (first < words.size() && !Character.isLetter(words.get(first).key().charAt(0))) {
            first++;
        }
        Candidate subject = unknownSubject(text, start, end, words, found, first);
        for (int i = first; subject == null && i + 1 < words.size(); i++) {
            if (REPORTING_VERBS.contains(words.get(i).key())) {
                int next = i + 1 < words.size() && words.get(i + 1).key().equals("that") ? i + 2 : i + 1;
                subject = unknownSubject(text, start, end, words, found, next);
            }
        }
        return subject;
    }

    /** The company named by the capitalized words from word {@code first} on, before a subject's cue; or null. */
    private static Candidate unknownSubject(String text, int start, int end, List<Token> words, List<Candidate> found,
            int first) {
        int next = first;
        while (next < words.size() && next - first < 4 && Character.isUpperCase(words.get(next).key().charAt(0))
                && !COMMON_CAPITALIZED.contains(words.get(next).key())) {
            next++;
        }
        if (next == first || next >= words.size() || !SUBJECT_CUES.contains(words.get(next).key())) {
            return null;
        }
        int from = words.get(first).start();
        int to = words.get(next - 1).end();
        String name = text.substring(from, to);
        if (found.stream().anyMatch(c -> c.start() < to && from < c.end())
                || Regions.is(name) // "Europe will need more nickel": a region, no party (ANNOTATION.md §1)
                // "Efforts will be made by both sides": a plural noun of acts that opens the sentence, no firm
                || next - first == 1 && isActNoun(name)
                || text.contains("(" + name + ")") || text.contains("“" + name + "”") // a short name the text defines
                || Arrays.stream(name.split("\\s+")).anyMatch(w -> PERSON_TITLES.contains(w) || writtenInLowerCase(text, w))
                || writtenAfterAName(text, name) || leaderByName(text, name)
                || !(next - first < 2 ? ActionPhrase.isProperNoun(text.substring(start, end), from - start, to - start)
                        : ActionPhrase.hasProperNoun(text.substring(start, end), from - start, to - start))) {
            return null;
        }
        return new Candidate(MentionType.PARTY, from, to, name, "company", Candidate.Source.RULE);
    }

    /** "Premier Roger Cook has signed …" where the text also writes "Premier Cook": a leader, not a firm named Premier. */
    private static boolean leaderByName(String text, String name) {
        String[] words = name.split("\\s+");
        return words.length >= 3 && "Premier".equals(words[0]) && text.contains("Premier " + words[words.length - 1]);
    }

    /**
     * Whether the text writes {@code name} right after a capitalized word on the same line or the next ("Secretary
     * Rubio", "Minister Jane⏎Roe"): a surname, not a company. The pattern is tried only before the name's occurrences,
     * from the start of the run of letters and points before them, not at every character of the text.
     */
    private static boolean writtenAfterAName(String text, String name) {
        Matcher afterName = Pattern.compile("\\b(?!(?:" + String.join("|", HEADING_WORDS) + ")\\s)\\p{Lu}[\\p{L}.]*"
                + SENTENCE_NOT_ENDED + ONE_LINE_SPACE + Pattern.quote(name) + "\\b").matcher(text).useTransparentBounds(true);
        for (int at = text.indexOf(name, 1); at > 0; at = text.indexOf(name, at + 1)) {
            int spaces = at;
            int lineBreaks = 0;
            while (spaces > 0 && Character.isWhitespace(text.charAt(spaces - 1))) {
                lineBreaks += text.charAt(spaces - 1) == '\n' ? 1 : 0;
                spaces--;
            }
            int word = spaces;
            while (word > 0 && (Character.isLetter(text.charAt(word - 1)) || text.charAt(word - 1) == '.'
                    || Character.isSurrogate(text.charAt(word - 1)))) {
                word--;
            }
            if (spaces < at && lineBreaks <= 1 && word < spaces && afterName.region(word, at + name.length()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Verbs after which a reported clause, and its subject, starts: "the ministry said Halvorsen will …". */
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "announced", "added", "stated", "confirmed");

    /**
     * An acronym that ends a sentence ("… to Orion CMC. Orion CMC will") is no first name or title. A word that ends one
     * still counts: a biography's "… in Newark. Barbara has served" names a person, not a company.
     */
    private static final String SENTENCE_NOT_ENDED = "(?<!\\p{Lu}{2}\\.)";

    /** Spaces with at most one line break: a heading's last word, a blank line above, is no first name. */
    private static final String ONE_LINE_SPACE = "[^\\S\\n]*\\n?[^\\S\\n]*(?<=\\s)";

    /** Capitalized function words of title-case headings: "Settlement With Cornell" does not make Cornell a surname. */
    private static final List<String> HEADING_WORDS = List.of("With", "And", "The", "For", "Of", "From", "By", "To",
            "At", "In", "On", "A", "An");

    /** Titles before a person's name ("Rabbi Cohen will speak"), and conjunctions that open a sentence ("Nor shall …"). */
    private static final Set<String> PERSON_TITLES = Set.of("Rabbi", "Father", "Pastor", "Reverend", "Rev.", "Dr.", "Mr.",
            "Ms.", "Mrs.", "Senator", "Congressman", "Congresswoman", "Representative", "Governor", "Mayor", "Judge",
            "Justice", "General", "Admiral", "Speaker", "Leader", "Commissioner", "Chief", "Officers", "Heads", "Nor", "Neither",
            "Lady", "Gentleman", // "First Lady Jane Roe", "Second Gentleman John Roe": a spouse, no body
            "Honorable", "Honourable"); // "The Honorable Jane Roe will lead the delegation": a person's style, no body

    /**
     * Whether the text also writes the word in lower case, as a word of prose (not of a web address): "Hate will not
     * prevail", "Agencies will …".
     */
    static boolean writtenInLowerCase(String text, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals(word)) {
            return false;
        }
        for (int at = text.indexOf(lower, 1); at > 0; at = text.indexOf(lower, at + 1)) {
            int after = at + lower.length();
            if (isBlank(text.charAt(at - 1)) && after < text.length()
                    && (isBlank(text.charAt(after)) || ",.;:".indexOf(text.charAt(after)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** A blank as a regular expression's {@code \\s} reads it. */
    private static boolean isBlank(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * Words after a sentence's first word that make it the subject of a commitment: "Quantinuum will invest …",
     * "McDermott has agreed to …". A capitalized first word is otherwise weak evidence of a name.
     */
    private static final Set<String> SUBJECT_CUES = Set.of("will", "shall", "intends", "plans", "agreed", "agrees",
            "commits", "committed", "has", "signed", "pledged");

    /** Plural nouns of acts that open sentences ("Efforts will be made …"), {@code act-nouns.txt}. */
    private static final Set<String> ACT_NOUNS = Set.copyOf(DataLines.of(Annotator.class, "act-nouns.txt"));

    /** Whether a word is one of the {@link #ACT_NOUNS}, in any case. */
    private static boolean isActNoun(String word) {
        return ACT_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Capitalized words that are not names: titles, months, days, sentence-internal function words of headings. */
    private static final Set<String> COMMON_CAPITALIZED = Set.of(
            "I", "The", "This", "These", "A", "An", "And", "Of", "In", "On", "For", "To", "With", "By", "At", "As",
            "President", "Prime", "Minister", "Secretary", "Vice", "Director", "Chair", "Chairman", "Ambassador",
            "Mr", "Mrs", "Ms", "Dr", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "Participants", "Parties", "Party", "Participant", "Article", "Section", "Annex",
            "Memorandum", "Understanding", "Agreement", "Government", "Governments", "Administration", "Federal",
            "State", "States", "Act", "Order", "Executive", "Joint", "Statement", "Fact", "Sheet", "FACT", "SHEET",
            // a group's words, no firm's: "Each Agency shall", "Forum Members will"
            "Each", "Every", "Member", "Members");

    /** The number of a section of a tax or trade code, with its letters, before a name: "48C ", "45X ", "30D ". */
    private static final Pattern CODE_SECTION = Pattern.compile("^\\d{2,3}[A-Z]{1,2}\\s+\\p{Lu}");

    /**
     * Whether a name no dictionary knows opens with a code section's number: "the 48C Advanced Manufacturing credit"
     * names a tax credit by its section, no party.
     */
    private static boolean isCodeSectionName(String text, Candidate c) {
        return c.type() == MentionType.PARTY && c.source() != Candidate.Source.DICTIONARY
                && CODE_SECTION.matcher(text.substring(c.start(), c.end())).find();
    }

    private List<Candidate> modelCandidates(String text, int start, int end) {
        if (!models.hasPartyModel()) {
            return List.of();
        }
        if (partyFinder == null) {
            partyFinder = models.newPartyNameFinder();
        }
        String sentence = text.substring(start, end);
        Span[] tokenSpans = RememberingTokenizer.ofThread(models.tokenizerModel).tokenizePos(sentence);
        String[] tokens = Span.spansToStrings(tokenSpans, sentence);
        List<Candidate> found = new ArrayList<>();
        for (PartyNameFinder.Name named : partyFinder.find(tokens)) {
            Span name = named.tokens();
            boolean singleFirstWord = name.getStart() == 0 && name.length() == 1
                    && !(name.getEnd() < tokens.length && SUBJECT_CUES.contains(tokens[name.getEnd()]));
            if (named.probability() < MODEL_CONFIDENCE || singleFirstWord) {
                continue; // a capitalized first word is weak evidence of a name
            }
            if (name.getStart() == 0 && name.length() == 1 && isActNoun(tokens[0])) {
                continue; // "Efforts will be made by both sides": a plural noun of acts opens the sentence, no name
            }
            if (Character.isLowerCase(tokens[name.getEnd() - 1].charAt(0))) {
                continue; // a name does not end in a lower-case word: "Central America Forward exemplifies"
            }
            int from = start + tokenSpans[name.getStart()].getStart();
            int to = start + tokenSpans[name.getEnd() - 1].getEnd();
            String surface = text.substring(from, to);
            if (Regions.is(surface) || name.length() == 1 && writtenInLowerCase(text, surface)) {
                continue; // one word that prose writes in lower case: "Women" of "… Foundation for Women"
            }
            if (SubnationalGovernments.isPossessive(surface)) {
                continue; // "Jujuy's mining firm": the province owns what it names, a place by its name, no party
            }
            if (ItemLabels.isUnrepeatedLabel(text, from, to)) {
                continue; // "- **Rural Energy Savings:** USDA will …": the item's topic, not who acts
            }
            found.add(new Candidate(MentionType.PARTY, from, to, surface, "model", Candidate.Source.MODEL));
        }
        return found;
    }

    /** "and" or "&" between two names, on one line or across a line break. */
    private static final Pattern NAMES_JOINED = Pattern.compile("\\s+(?:and|&)\\s+");

    /**
     * Whether a name the model found is two names the dictionary knows, joined by "and": "India and World Health
     * Organization" names India and the organization, no body of that name.
     */
    private static boolean joinsKnownParties(String text, Candidate c, List<Candidate> known) {
        return known.stream().filter(k -> k.type() == MentionType.PARTY && k.source() == Candidate.Source.DICTIONARY)
                .anyMatch(first -> first.start() == c.start() && first.end() < c.end()
                        && known.stream().anyMatch(second -> second.type() == MentionType.PARTY
                                && second.source() == Candidate.Source.DICTIONARY && second.end() == c.end()
                                && second.start() > first.end()
                                && NAMES_JOINED.matcher(text.substring(first.end(), second.start())).matches()));
    }

    /**
     * An owner before a name: "China’s " of "China’s Shenghe Resources", "Glencore’s " of "Glencore’s Mutanda Mining",
     * and a plural's bare apostrophe: "Iluka Resources’ " of "Iluka Resources’ Sierra Rutile Limited".
     */
    private static final Pattern OWNER = Pattern.compile("^(?:\\p{Lu}[\\p{L}.&-]*\\s+){0,2}\\p{Lu}[\\p{L}.&-]*(?:[’']s|s[’'])\\s+(?=\\p{Lu})");

    /**
     * A name the model or a rule found, without its owner: "China’s Shenghe Resources" names China (which the
     * dictionary finds) and the company "Shenghe Resources". Dictionary names keep theirs ("People’s Bank of China").
     */
    private static Candidate withoutOwner(String text, Candidate c) {
        if (c.type() != MentionType.PARTY || c.source() == Candidate.Source.DICTIONARY) {
            return c;
        }
        Matcher owner = OWNER.matcher(text).region(c.start(), c.end());
        return owner.lookingAt() ? c.withSpan(owner.end(), c.end()) : c;
    }

    /** Words that end firms' names and name none alone. */
    private static final Set<String> FIRM_WORDS_ALONE = Set.of("Group", "Holdings", "Company", "Corporation", "Limited");

    /**
     * A name the model or a rule found that is one such word after its owner is cut: "Reservists’ Group Life
     * Insurance" names a programme, its "Group" no firm.
     */
    private static boolean isBareFirmWord(String text, Candidate c) {
        return c.type() == MentionType.PARTY && c.source() != Candidate.Source.DICTIONARY
                && FIRM_WORDS_ALONE.contains(text.substring(c.start(), c.end()));
    }

    /**
     * A name the model or a rule found that is a field of work, a kind of service or an event, or a heading's verb
     * phrase ("Additive Manufacturing", "Memorial Service", "Building Resilient Battery"): a topic, not who acts.
     */
    private static boolean isTopic(String text, Candidate c) {
        return c.type() == MentionType.PARTY && c.source() != Candidate.Source.DICTIONARY
                && TopicPhrases.is(text, c.start(), c.end());
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A signer's title after the name on a signature line: ", Minister for …", ", Secretary of …". */
    private static final Pattern SIGNER_AFTER = Pattern.compile("[ \\t]*,[ \\t]*(?:the[ \\t]+)?(?:Minister|Secretary|Deputy|Vice|Ambassador|President"
            + "|Prime|Director|Chair|Chairman|Chairperson|Governor|Commissioner|Administrator|Head|Chief|Under|Assistant|Permanent)\\b");
    /** What opens a signature line before the body signed for: "For the", "FOR THE", "On behalf of the". */
    private static final Pattern SIGNS_FOR = Pattern.compile("[ \\t*]*(?:For|FOR|On\\s+behalf\\s+of|ON\\s+BEHALF\\s+OF)\\s+(?:(?:the|THE)\\s+)?");
    /** A person's name alone on a line: two to four capitalized words. */
    private static final Pattern SIGNER_NAME = Pattern.compile("[ \\t]*\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){1,3}[ \\t]*");
    /** A heading's letter or number before a name ("A.  The National Security Council"), and an article. */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i:the|an?)\\s+");
    private static final Pattern LEADING_MARKER_AND_ARTICLE = Pattern.compile(
            "(?:(?:[A-Z]|\\d{1,2})[.)]\\s+)?(?:(?i:the|an?)\\s+)?");

    /** Spans never start with an article nor end with punctuation (ANNOTATION.md §1). */
    private static Candidate trim(String text, Candidate c) {
        int s = c.start();
        int e = c.end();
        if (c.type() != MentionType.DEADLINE) {
            // a dictionary's name may open with its own initial, no list's letter: "S. Korea"
            Matcher lead = (c.source() == Candidate.Source.DICTIONARY ? LEADING_ARTICLE : LEADING_MARKER_AND_ARTICLE)
                    .matcher(text).region(s, e);
            s = lead.lookingAt() ? lead.end() : s;
        }
        while (e > s && ",;:!?\"”’)".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e <= s) {
            return null;
        }
        boolean unknownName = c.source() == Candidate.Source.MODEL || c.source() == Candidate.Source.RULE && c.type() == MentionType.PARTY
                && !c.kind().equals(PortfolioMinistries.KIND); // "the Trade Ministry" → "Ministry of Trade"
        int title = titleEnd(text);
        if (unknownName && s < title && title < e && text.charAt(title) == '\n') {
            // a headline's last words glued to the next line's name ("… Amid Market Shifts\nKestrel Minerals Limited"):
            // the name is the next line's, if it is more than a word ("… to $2 Billion\nGraphite" is none)
            s = title + 1;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            if (!text.substring(s, e).contains(" ")) {
                return null;
            }
        }
        if (unknownName) {
            // a signature block's body, then the signer on the next line ("For the Department of X of Australia\nJane
            // Roe, Minister for Y"): the name ends with its line, the signer is a person
            int signer = text.lastIndexOf('\n', e - 1);
            int line = text.lastIndexOf('\n', Math.max(0, s - 1)) + 1;
            if (signer > s && line <= s && SIGNS_FOR.matcher(text.substring(line, s)).matches()
                    && SIGNER_AFTER.matcher(text).region(e, text.length()).lookingAt()
                    && SIGNER_NAME.matcher(text.substring(signer + 1, e)).matches()) {
                e = signer;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
            }
        }
        Candidate trimmed = c.withSpan(s, e);
        // A name found by a rule or the model is its own norm, on one line ("National Guard\n    Bureau" of a
        // hard-wrapped text is "National Guard Bureau"); a dictionary name keeps the dictionary's.
        if (c.source() == Candidate.Source.RULE && c.kind().equals("agency")) {
            return trimmed.withNorm(StateBodies.nameOf(text.substring(s, e))); // "MINISTRY OF ENERGY" → "Ministry of Energy"
        }
        return unknownName ? trimmed.withNorm(SPACES.matcher(text.substring(s, e)).replaceAll(" ")) : trimmed;
    }
}
