package org.accordex.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token F1 of two phrases (ANNOTATION.md §5, the {@code action} score): tokens are the runs of lower-case
 * letters and digits of the lower-cased text, counted with multiplicity, and F1 = 2·common / (predicted + gold).
 *
 * <p>"provide USD 1 billion" against "provide U.S.D. 1 billion in support" (tokens provide, usd, 1, billion and
 * provide, u, s, d, 1, billion, in, support): 3 in common, 4 predicted, 8 gold, F1 = 6 / 12 = 0.5. Two phrases without tokens (both
 * empty, or punctuation only) agree: 1.0; one empty phrase against one that has tokens scores 0.
 */
public final class TokenF1 {
    private static final Pattern TOKEN = Pattern.compile("[\\p{Ll}\\d]+");

    private TokenF1() {
    }

    public static double of(String predicted, String gold) {
        List<String> p = tokens(predicted);
        List<String> g = tokens(gold);
        if (p.isEmpty() && g.isEmpty()) {
            return 1;
        }
        Map<String, Integer> remaining = new HashMap<>();
        g.forEach(t -> remaining.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : p) {
            Integer left = remaining.get(t);
            if (left != null && left > 0) {
                remaining.put(t, left - 1);
                common++;
            }
        }
        return 2.0 * common / (p.size() + g.size());
    }

    static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        return m.results().map(r -> r.group()).toList();
    }
}
