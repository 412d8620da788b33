package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.junit.jupiter.api.Test;

class TickersTest {
    @Test
    void noPartyIsReadInsideAStockTicker() {
        String text = "Orlin Metals Corp. (NYSE: ORM, ASX:OML) and Orlin (Source: EU) signed.";
        List<Mention> found = List.of(
                Mention.of(MentionType.PARTY, text, 0, 18, "Orlin Metals Corp."),
                Mention.of(MentionType.PARTY, text, 26, 29, "Orlin Metals Corp."),
                Mention.of(MentionType.PARTY, text, 35, 38, "Orlin Metals Corp."),
                Mention.of(MentionType.PARTY, text, 44, 49, "Orlin Metals Corp."),
                Mention.of(MentionType.PARTY, text, 59, 61, "EU"));
        // a bracket that cites a source is no ticker: its party stays
        assertEquals(List.of("0-18", "44-49", "59-61"),
                keptSpans(text, found));
    }

    @Test
    void aMarketsCodeAfterASymbolIsNoState() {
        String text = "Orlin Metals (ORLM.US) and the US signed.";
        List<Mention> found = List.of(
                Mention.of(MentionType.PARTY, text, 0, 12, "Orlin Metals"),
                Mention.of(MentionType.PARTY, text, 19, 21, "US"),
                Mention.of(MentionType.PARTY, text, 31, 33, "US"));
        assertEquals(List.of("0-12", "31-33"), keptSpans(text, found));
    }

    /** The spans of the mentions the ticker rule keeps, as "start-end". */
    private static List<String> keptSpans(String text, List<Mention> found) {
        return Tickers.drop(text, found).stream().map(m -> m.start() + "-" + m.end()).toList();
    }
}
