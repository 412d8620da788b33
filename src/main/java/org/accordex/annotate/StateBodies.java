package org.accordex.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * Norms of bodies whose dictionary name holds a state the text does not: "Ministry of Commerce" is China's
 * ("Ministry of Commerce of the People's Republic of China") in a text about China, but a treaty between India and
 * Nepal means India's. Where the document names the state nowhere, the body keeps its own name as its norm, in title
 * case when it is written in capitals ("MINISTRY OF COMMERCE" → "Ministry of Commerce"). Likewise a United States
 * department's bare name ("Department of Commerce") in a document that names another state's government ("Government
 * of India") and never the United States.
 */
final class StateBodies {
    private static final String NO_STATE = "";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String US = "US";
    /** The words before a state's name that make it the government writing: "Government of India". */
    private static final Pattern GOVERNMENT_OF = Pattern.compile("(?i:government\\s+of\\s+(?:the\\s+)?)$");
    /**
     * The prefix of the norms of United States departments, which a dictionary also gives their bare names ("Department
     * of Commerce"): other states have departments of those names too.
     */
    private static final String US_BODY = "U.S. ";
    /** Words kept in lower case inside a title-case name, except first. */
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "on", "in", "to", "at", "by", "a", "an");

    private final Gazetteer gazetteer;
    /** The state a norm ends with ("… of the People's Republic of China" → CN), or {@link #NO_STATE}. */
    private final Map<String, String> stateOfNorm = new ConcurrentHashMap<>();

    StateBodies(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions with the norms of bodies bound to a state the document does not name replaced by their names. */
    List<Mention> resolve(String text, List<Mention> mentions) {
        Set<String> named = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PARTY) {
                named.add(m.norm());
            }
        }
        boolean otherStateOnly = !named.contains(US) && mentions.stream().anyMatch(m -> m.type() == MentionType.PARTY
                && Mention.isStateNorm(m.norm()) && GOVERNMENT_OF.matcher(text.substring(0, m.start())).find());
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (otherStateOnly && m.type() == MentionType.PARTY && m.norm().equals(US_BODY + nameOf(m.text()))) {
                // "the Department of Commerce" in a release by the Government of India, which names no United States
                out = out == null ? new ArrayList<>(mentions) : out;
                out.set(i, m.withNorm(nameOf(m.text())));
                continue;
            }
            if (m.type() != MentionType.PARTY || m.norm().length() <= 2 || !m.norm().contains(" of ")) {
                continue;
            }
            String name = nameOf(m.text());
            if (!m.norm().toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + " of ")) {
                continue; // "MOFCOM", "GSI": a short name of that state's body alone
            }
            String state = stateOfNorm.computeIfAbsent(m.norm(), this::endingState);
            if (state.isEmpty() || named.contains(state) || statesIn(m.text()).contains(state)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            out.set(i, m.withNorm(name));
        }
        return out == null ? mentions : out;
    }

    /** The state a norm's last "of" phrase names: "Ministry of Commerce of the People's Republic of China" → CN. */
    private String endingState(String norm) {
        for (int of = norm.indexOf(" of "); of >= 0; of = norm.indexOf(" of ", of + 1)) {
            String tail = norm.substring(of + 4);
            tail = tail.startsWith("the ") ? tail.substring(4) : tail;
            List<Candidate> found = gazetteer.find(WordTokenizer.tokenize(tail));
            if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == tail.length()
                    && isState(found.get(0))) {
                return found.get(0).norm();
            }
        }
        return NO_STATE;
    }

    private Set<String> statesIn(String name) {
        Set<String> states = new HashSet<>();
        for (Candidate c : gazetteer.find(WordTokenizer.tokenize(name))) {
            if (c.type() == MentionType.PARTY && isState(c)) {
                states.add(c.norm());
            }
        }
        return states;
    }

    private static boolean isState(Candidate c) {
        return c.norm().length() == 2 && (c.kind().equals("state") || c.kind().equals("official")
                || c.kind().equals("abbrev") || c.kind().equals("demonym"));
    }

    /** A name as a norm: on one line, and in title case when the text writes it in capitals. */
    static String nameOf(String text) {
        String name = SPACES.matcher(text).replaceAll(" ");
        if (!name.contains(" ") || !name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(!out.isEmpty() && SMALL_WORDS.contains(lower) ? lower : upperFirst(lower));
        }
        return out.toString();
    }

    private static String upperFirst(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
