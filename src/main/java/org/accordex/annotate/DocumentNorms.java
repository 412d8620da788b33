package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * One body, one norm in a document (ANNOTATION.md §1): a name the text writes in two ways takes the norm of the way
 * that says most.
 */
final class DocumentNorms {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A name's legal form at its end: "Corporation" of "Norland Antimony Corporation". */
    private static final Pattern LEGAL_FORM_AT_END = Pattern.compile("(?:,?[ \\t]+(?:" + ContextRules.LEGAL_SUFFIX.pattern() + "))+$");
    /** The last word of a name that says a kind of body, which a text may write alone for its own one. */
    private static final Pattern GENERIC_HEAD = Pattern.compile("\\b(?:Bank|Fund|Agency|Corporation|Authority|Ministry)$");

    private DocumentNorms() {
    }

    /**
     * A generic name is the body of that kind the document names in full: in a release that names the "Export-Import
     * Bank of Norland", its "the Export-Import Bank will …" is that bank, not the one a dictionary knows by the bare
     * name. Only where every fuller name of the document ("… of X") is one body, and for a name that says a kind of
     * body ("Bank", "Agency"): "Federal Reserve Board" is no kind of the "Federal Reserve Board of Governors".
     */
    static List<Mention> generic(List<Mention> mentions) {
        Map<String, Set<String>> fuller = new HashMap<>(); // generic name → the norms of the names "<generic> of …"
        for (Mention m : mentions) {
            String name = name(m);
            int of = name.indexOf(" of ");
            while (m.type() == MentionType.PARTY && of > 0) {
                fuller.computeIfAbsent(name.substring(0, of), k -> new HashSet<>()).add(m.norm());
                of = name.indexOf(" of ", of + 1);
            }
        }
        if (fuller.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Set<String> norms = m.type() == MentionType.PARTY && !Mention.isStateNorm(m.norm())
                    && GENERIC_HEAD.matcher(name(m)).find() ? fuller.get(name(m)) : null;
            out.add(norms != null && norms.size() == 1 && !norms.contains(m.norm())
                    && !Mention.isStateNorm(norms.iterator().next()) ? m.withNorm(norms.iterator().next()) : m);
        }
        return out;
    }

    /**
     * A firm whose name opens with a state's ("Norland Antimony" of the state Norland) is the firm where the text writes
     * the state's abbreviation in its place ("NL Antimony said …"): the abbreviation and the rest are one mention.
     * {@code stateAtStart} gives the length of a state's name a name opens with, and the state's norm, or null.
     */
    static List<Mention> stateNamedFirms(String text, List<Mention> mentions, Function<String, Map.Entry<Integer, String>> stateAtStart) {
        Map<String, Map<String, String>> rests = new HashMap<>(); // state norm → the rest of a firm's name → its norm
        for (Mention m : mentions) {
            String name = name(m);
            if (m.type() != MentionType.PARTY || Mention.isStateNorm(m.norm()) || m.norm().contains(" of ")) {
                continue;
            }
            Map.Entry<Integer, String> state = stateAtStart.apply(name);
            if (state == null || state.getKey() + 1 >= name.length() || name.charAt(state.getKey()) != ' '
                    || !Character.isUpperCase(name.charAt(state.getKey() + 1))) {
                continue;
            }
            String rest = name.substring(state.getKey() + 1);
            Map<String, String> firms = rests.computeIfAbsent(state.getValue(), k -> new HashMap<>());
            firms.putIfAbsent(rest, m.norm());
            // the firm trades without its legal form: "NL Antimony" of "Norland Antimony Corporation"
            Matcher legal = LEGAL_FORM_AT_END.matcher(rest);
            if (legal.find() && legal.start() > 0) {
                firms.putIfAbsent(rest.substring(0, legal.start()), m.norm());
            }
        }
        if (rests.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            Map<String, String> firms = m.type() == MentionType.PARTY ? rests.get(m.norm()) : null;
            if (firms == null) {
                continue;
            }
            for (Map.Entry<String, String> firm : firms.entrySet()) {
                Matcher after = Pattern.compile("^[ \\t]+" + Pattern.quote(firm.getKey()) + "(?![\\p{L}\\d])")
                        .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + firm.getKey().length() + 5)));
                if (!after.find()) {
                    continue;
                }
                int end = m.end() + after.end();
                int at = i;
                if (out.stream().anyMatch(o -> o != out.get(at) && o.type() == MentionType.PARTY && o.start() < end && m.end() < o.end())) {
                    break; // the rest is another party's
                }
                out.set(i, Mention.of(MentionType.PARTY, text, m.start(), end, firm.getValue()));
                // a word of the name is no mention of its own: "Antimony" of "NL Antimony" (ANNOTATION.md §1)
                out.removeIf(o -> o.type() != MentionType.PARTY && o.start() < end && m.end() < o.end());
                i = out.indexOf(out.stream().filter(o -> o.start() == m.start() && o.type() == MentionType.PARTY).findFirst().orElseThrow());
                break;
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * A firm the dictionary knows by a short name of its family ("Hyundai") is the one firm of that family the text has
     * named in full, with its legal form, before ("Hyundai Motor Company" → "Hyundai Motor"); {@code isPlace} tells a
     * state's or a place's word: "supplying NdPr to Hyundai and Kia". A headline names it before the body does
     * ("Halden signs offtake agreement with Hyundai and Kia" over "… with Hyundai Motor Company"). Where the
     * text names two firms of the family ("Hyundai Motor", "Hyundai Steel"), the short name keeps its own norm.
     */
    static List<Mention> shortOfFuller(String text, List<Mention> mentions, Predicate<String> isPlace) {
        int headlineEnd = text.indexOf('\n');
        List<Mention> out = null;
        List<String> names = mentions.stream().map(DocumentNorms::name).toList();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String name = names.get(i);
            if (m.type() != MentionType.PARTY || !name.equals(m.norm()) || Mention.isStateNorm(m.norm())) {
                continue;
            }
            Set<String> fuller = new HashSet<>();
            int first = Integer.MAX_VALUE;
            String family = name + " ";
            for (int j = 0; j < mentions.size(); j++) {
                Mention o = mentions.get(j);
                String other = names.get(j);
                if (o.type() != MentionType.PARTY || !other.startsWith(family)) {
                    continue;
                }
                // the fuller name is a legal one, the family's firm itself: one word of its business and a legal form
                // ("Hyundai Motor Company"), not a unit named after a place or its trade ("LG Chem Wroclaw Energy",
                // "Marubeni Iron Ore Australia Pty. Ltd.", "Marubeni Australia Ltd")
                Matcher legal = LEGAL_FORM_AT_END.matcher(other);
                String extra = legal.find() && legal.start() > name.length() ? other.substring(name.length() + 1, legal.start()) : null;
                if (extra != null && o.norm().startsWith(family) && !o.norm().contains(" of ")
                        && extra.matches("\\p{Lu}\\p{Ll}+") && !isPlace.test(extra) && !Regions.is(extra)) {
                    fuller.add(o.norm());
                    first = Math.min(first, o.start());
                }
            }
            if (fuller.size() == 1 && (first < m.start() || m.end() <= headlineEnd)) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(i, m.withNorm(fuller.iterator().next()));
            }
        }
        return out == null ? mentions : out;
    }

    /**
     * A one-word name the dictionary gives to one firm of a family ("Syrah" → "Syrah Technologies") is the firm of that
     * family the text names in full, where it names that one and never the dictionary's: a release about "Syrah
     * Resources Limited" means it by "Syrah", also where it names the dictionary's firm as its subsidiary ("its wholly
     * owned subsidiary, Syrah Technologies LLC"). A family member named by a place ("Lynas USA", "Lynas Malaysia") is the
     * family's local arm, which the short name does not mean.
     */
    static List<Mention> familyNamedInFull(String text, List<Mention> mentions, Predicate<String> isPlace) {
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String name = name(m);
            if (m.type() != MentionType.PARTY || name.indexOf(' ') >= 0 || !m.norm().startsWith(name + " ")) {
                continue;
            }
            String family = name + " ";
            Set<String> named = new HashSet<>();
            boolean dictionaryNamed = false;
            for (Mention o : mentions) {
                String other = name(o);
                if (o.type() != MentionType.PARTY || !other.startsWith(family)) {
                    continue;
                }
                dictionaryNamed |= o.norm().equals(m.norm()) && !namedAsSubsidiary(text, o);
                String extra = o.norm().startsWith(family) ? o.norm().substring(family.length()) : "";
                // a group's secretariat ("Commonwealth Secretariat") is a body of its own, not the group the short name means
                if (!o.norm().equals(m.norm()) && !extra.isEmpty() && !isPlace.test(extra) && !Regions.is(extra)
                        && !extra.equals(SECRETARIAT)) {
                    named.add(o.norm());
                }
            }
            if (!dictionaryNamed && named.size() == 1) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(i, m.withNorm(named.iterator().next()));
            }
        }
        return out == null ? mentions : out;
    }

    private static final String SECRETARIAT = "Secretariat";

    /** The state's name after a body's: " of the Argentine Republic", " of Australia". */
    private static final Pattern OF_STATE_AT_END = Pattern.compile(" of (?:the )?(.+)$");

    /**
     * A body the text names once with its state ("Ministry of Economy of the Argentine Republic") and elsewhere
     * without it ("the Ministry of Economy said") is one body, under the fuller norm; {@code isState} tells a state's
     * name. Where the text names the body of two states, the short name keeps its own norm.
     */
    static List<Mention> withItsState(List<Mention> mentions, Predicate<String> isState) {
        Map<String, Set<String>> fuller = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != MentionType.PARTY || Mention.isStateNorm(m.norm()) || !m.norm().contains(" of ")) {
                continue;
            }
            Matcher state = OF_STATE_AT_END.matcher(m.norm());
            while (state.find()) {
                if (isState.test(state.group(1))) {
                    fuller.computeIfAbsent(m.norm().substring(0, state.start()), k -> new HashSet<>()).add(m.norm());
                }
                state.region(state.start() + 1, m.norm().length());
            }
        }
        if (fuller.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            Set<String> names = m.type() == MentionType.PARTY ? fuller.get(m.norm()) : null;
            if (names != null && names.size() == 1) {
                out.set(i, m.withNorm(names.iterator().next()));
            }
        }
        return out;
    }

    /** "its wholly owned subsidiary, [Syrah Technologies LLC]": a unit the release names beside its issuer. */
    private static final Pattern SUBSIDIARY_BEFORE = Pattern.compile("\\bsubsidiary,?[ \\t]+$");

    private static boolean namedAsSubsidiary(String text, Mention m) {
        return SUBSIDIARY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
    }

    private static String name(Mention m) {
        return SPACES.matcher(m.text()).replaceAll(" ");
    }
}
