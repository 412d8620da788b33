package org.accordex.commitments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * The named bodies a treaty sets up ("The Member States hereby establish the X Council", "A Joint Council is hereby
 * established"): organs of the parties, not parties of their own (ANNOTATION.md §2), so what
 * they are to do is the parties' duty ("The Council shall meet yearly" → the treaty's parties).
 */
final class Organs {
    /** The words that set an organ up, right before its name: "hereby establish the", "shall establish a". */
    private static final Pattern ESTABLISHED_BEFORE = Pattern.compile(
            "(?i)\\b(?:hereby|shall)\\s+(?:establish|establishes|set\\s+up|create)\\s+(?:an?|the)\\s+$");
    /** The same, after its name and a short name in brackets: "X (the Council) is hereby established". */
    private static final Pattern ESTABLISHED_AFTER = Pattern.compile(
            "(?i)^\\s*(?:\\([^()]{1,80}\\)\\s*)?,?\\s*(?:is|are)\\s+hereby\\s+(?:established|set\\s+up|created)\\b");
    private static final int BEFORE = 40;
    /**
     * An organ's head word ("SAFTA Ministerial Council", "Trade Commission"); a union, community or association the
     * treaty sets up is a body of its own that acts under its name ("The EAEU shall take measures").
     */
    private static final Pattern ORGAN_HEAD = ClauseWords.compile("\\b" + ClauseWords.alternation("set-up-body") + "$");

    private final Set<String> norms;

    private Organs(Set<String> norms) {
        this.norms = norms;
    }

    /** The organs among the text's party mentions; none where the text never says "hereby" or "shall establish". */
    static Organs in(String text, List<Mention> mentions) {
        Set<String> norms = new LinkedHashSet<>();
        if (text.contains("hereby") || text.contains("shall establish") || text.contains("shall set up")) {
            for (Mention m : mentions) {
                if (m.type() == MentionType.PARTY && m.norm() != null && m.norm().length() > 2 && ORGAN_HEAD.matcher(m.norm()).find()
                        && (ESTABLISHED_BEFORE.matcher(text.substring(Math.max(0, m.start() - BEFORE), m.start())).find()
                                || ESTABLISHED_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 100))).find())) {
                    norms.add(m.norm());
                }
            }
        }
        return new Organs(norms);
    }

    /**
     * The parties who act for {@code parties}: an organ stands for the document's parties, unless those are the organ
     * itself or unknown ("The Council shall meet" → the member states; "a State the Council's ruling
     * names shall comply" → the states alone).
     */
    List<String> actingFor(List<String> parties, List<String> documentParties) {
        if (norms.isEmpty() || parties.stream().noneMatch(norms::contains)
                || documentParties.isEmpty() || documentParties.stream().anyMatch(norms::contains)) {
            return parties;
        }
        List<String> others = new ArrayList<>(parties.stream().filter(p -> !norms.contains(p)).toList());
        return others.isEmpty() ? documentParties : others;
    }
}
