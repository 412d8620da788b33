package org.accordex.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * Stock tickers in brackets ("Orlin Metals (NYSE: ORM)", "(ASX: LMG, OTCQX: LMGF)"): a symbol is no name of its own, even
 * where it spells a short name the text uses elsewhere ("MP" beside "MP Materials"), so no party is read inside one
 * (ANNOTATION.md §1: the company's name is the mention).
 */
final class Tickers {
    /** A symbol and its market's code in brackets: "(LYC.AX)", "(UAMY.US)", whose "US" is no state. */
    private static final String MARKET_CODE = "\\([A-Z\\d]{1,6}\\.[A-Z]{1,2}\\)";
    /** One bracket of exchange symbols, several separated by commas or bars: "(NYSE:AA, ASX: AAI)". */
    static final String EXCHANGE = "(?:NYSE(?:\\s*American|AMERICAN)?|NASDAQ|Nasdaq|ASX|TSXV?|TSX-V|LSE|AIM|OTCQX|OTCQB|OTC|US-OTC|KRX|KOSDAQ"
            + "|TYO|TSE|HKEX|SGX|JSE|NSE|BSE|CSE|ETR|FRA|Euronext|ADR)";
    private static final Pattern BRACKET = Pattern.compile(
            "\\((?:" + EXCHANGE + "\\s*:\\s*[A-Z\\d.]{1,8}(?:\\s*[,;|]\\s*)?)+\\)|" + MARKET_CODE);
    /** A cheap sign of a ticker, read before the costlier pattern. */
    private static final Pattern CUE = Pattern.compile("\\(" + EXCHANGE + "\\s*:|" + MARKET_CODE);

    private Tickers() {
    }

    /**
     * Whether {@link #CUE} occurs in the text. Its matches open with a bracket, so it is tried only at the text's
     * brackets, not at every character.
     */
    private static boolean hasCue(String text) {
        Matcher cue = CUE.matcher(text);
        for (int at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
            if (cue.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** {@code mentions} without the parties inside a ticker bracket of {@code text}. */
    static List<Mention> drop(String text, List<Mention> mentions) {
        if (!hasCue(text)) {
            return mentions;
        }
        List<int[]> brackets = new ArrayList<>();
        Matcher m = BRACKET.matcher(text);
        while (m.find()) {
            brackets.add(new int[] {m.start(), m.end()});
        }
        if (brackets.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .filter(x -> x.type() != MentionType.PARTY || brackets.stream().noneMatch(b -> b[0] < x.start() && x.end() < b[1]))
                .toList();
    }
}
