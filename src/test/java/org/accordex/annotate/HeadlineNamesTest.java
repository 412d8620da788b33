package org.accordex.annotate;

import static org.accordex.annotate.NamesAndInstrumentsTest.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.accordex.model.MentionType;
import org.junit.jupiter.api.Test;

/** Firms' names in title-case headlines and in news of deals, on sentences written for these tests. */
class HeadlineNamesTest {
    @Test
    void aHeadlinesVerbAndWhatFollowsItAreNoName() {
        assertEquals(List.of("Halden Minerals → Halden Minerals", "Corvin Metals → Corvin Metals"),
                mentions("Halden Minerals and Corvin Metals Sign MOU for Graphite Offtake", MentionType.PARTY));
        assertEquals(List.of("Kestrel Resources → Kestrel Resources", "Tollund Cobalt Ltd → Tollund Cobalt Ltd"),
                mentions("Kestrel Resources Signs Binding Agreement With Tollund Cobalt Ltd", MentionType.PARTY));
        assertEquals(List.of("Arlen Metals → Arlen Metals", "Torvik Metals → Torvik Metals"),
                mentions("Arlen Metals And Torvik Metals Announce Graphite Partnership", MentionType.PARTY));
        assertEquals(List.of("Chile → CL"),
                mentions("Chile Moves to Build Nickel Stockpiles and Expand Refining", MentionType.PARTY));
        // the trade word after "For" is the headline's object, and the mineral stays
        assertEquals(List.of("lithium"), mentions("Askel Partners Inks Deal For Brazilian Lithium", MentionType.MINERAL)
                .stream().map(m -> m.substring(m.indexOf("→ ") + 2)).toList());
    }

    @Test
    void aTradeNounBeforeANameDescribesIt() {
        assertEquals(List.of("Marlo Graphite Ltd → Marlo Graphite Ltd"),
                mentions("Canadian Graphite Explorer Marlo Graphite Ltd Signs Supply Deal", MentionType.PARTY));
    }

    @Test
    void aNameAfterWhereAFirmSitsIsTheFirms() {
        assertEquals(List.of("US → US", "Northgate Rare Earths → Northgate Rare Earths"),
                mentions("US-based Northgate Rare Earths will buy 40% of the concentrate.", MentionType.PARTY));
        assertEquals(List.of("Norvale Magnesium → Norvale Magnesium"),
                mentions("Norvale Magnesium will ship its first ingots in June.", MentionType.PARTY));
        assertEquals(List.of("Canada → CA", "Halden Cobalt Mining → Halden Cobalt Mining"),
                mentions("Canada-listed Halden Cobalt Mining will sell 40% of the concentrate.", MentionType.PARTY));
    }

    @Test
    void aHeadlineNamesAFirmByItsShortNameAfterItsState() {
        assertEquals(List.of("Peru → PE", "Halden → Halden Cobalt Mining", "Halden Cobalt Mining → Halden Cobalt Mining"),
                mentions("Peru's Halden signs cobalt offtake\nHalden Cobalt Mining will sell 40% of the concentrate.",
                        MentionType.PARTY));
    }

    @Test
    void investorsAreFirmsButTradingPartnersAreNot() {
        assertEquals(List.of("Tasman Ridge Ventures → Tasman Ridge Ventures", "Carbon Creek Capital → Carbon Creek Capital"),
                mentions("Tasman Ridge Ventures and Carbon Creek Capital agreed to invest $40 million.", MentionType.PARTY));
        assertEquals(List.of(), mentions("Deals With Western Hemisphere Trading Partners", MentionType.PARTY));
        assertEquals(List.of(), mentions("We honor the heroes of our Nation's Capital.", MentionType.PARTY));
    }

    @Test
    void longNamesKeepTheirLegalForm() {
        assertEquals(List.of("Huzhou Kaijin New Energy Technology Corp → Huzhou Kaijin New Energy Technology Corp"),
                mentions("Huzhou Kaijin New Energy Technology Corp will buy spodumene.", MentionType.PARTY));
        assertEquals(List.of("Shanghai Beilun Nickel & Cobalt Materials Co., Ltd. → Shanghai Beilun Nickel & Cobalt Materials Co., Ltd.",
                "Shanghai Beilun → Shanghai Beilun Nickel & Cobalt Materials Co., Ltd."),
                mentions("Shanghai Beilun Nickel & Cobalt Materials Co., Ltd. will purchase concentrate. Shanghai Beilun"
                        + " will pay in advance.", MentionType.PARTY));
        assertEquals(List.of("Anhui Meridian International Exploration (Hong Kong) Co., Limited"
                + " → Anhui Meridian International Exploration (Hong Kong) Co., Limited"),
                mentions("The offtake was signed with Anhui Meridian International Exploration (Hong Kong) Co., Limited.",
                        MentionType.PARTY));
    }

    @Test
    void aFirmAfterAHeadingWordIsFoundAndAQuantityIsNoName() {
        assertEquals(List.of("US → US", "Mandrake Lithium → Mandrake Lithium"),
                mentions("Our US lithium Investment Mandrake Lithium signed a letter of intent.", MentionType.PARTY));
        assertEquals(List.of(), mentions("The project has a 3.3Mt Lithium Carbonate Equivalent resource.", MentionType.PARTY));
    }

    @Test
    void aTradingNameInAHeadlineIsTheFirm() {
        assertEquals(List.of("Critical Metals → Critical Metals Corp.", "Critical Metals Corp. → Critical Metals Corp."),
                mentions("Critical Metals Surges On Offtake Deal\n\nCritical Metals Corp. has signed a letter of intent.",
                        MentionType.PARTY));
    }
}
