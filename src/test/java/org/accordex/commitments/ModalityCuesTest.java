package org.accordex.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.accordex.model.Modality;
import org.junit.jupiter.api.Test;

/** The first cue of a sentence, where the rules are tried only where their first word occurs. */
class ModalityCuesTest {
    private static String first(String sentence) {
        Optional<ModalityCues.Cue> cue = ModalityCues.first(sentence);
        return cue.map(c -> c.modality() + " " + sentence.substring(c.start(), c.end())).orElse("none");
    }

    @Test
    void findsTheFirstCueWhateverRuleHasIt() {
        assertEquals(Modality.OBLIGATION + " shall", first("The Parties shall cooperate on gallium."));
        assertEquals(Modality.COMMITMENT + " will", first("A loan that will support mines; Japan will invest."));
        assertEquals("none", first("The willpower of the parties."));
        assertEquals("none", first("Nothing in this Memorandum shall be construed as binding."));
        assertEquals(Modality.OBLIGATION + " SHALL", first("EACH PARTY SHALL NOTIFY THE OTHER."));
    }

    /** A modal that bad extraction ran into the next word is read inside it, where the word is no English word. */
    @Test
    void aModalRunIntoTheNextWordIsACueInsideIt() {
        assertEquals(Modality.OBLIGATION + " shall", first("Each Party shallnotify the other of any export licence for tin."));
        assertEquals(Modality.COMMITMENT + " will", first("The Participants willendeavour to map tungsten deposits."));
        assertEquals(Modality.RECOMMENDATION + " should", first("Such requests shouldbe made in writing."));
        // "shallnot be construed" is the disclaimer it would be with the blank
        assertEquals("none", first("Nothing in this Chapter shallnot be construed as a waiver."));
        assertEquals("none", first("The Parties have the willpower and the shoulders to carry it."));
        assertEquals("none", first("They showed willingness; shallow pits and mustard fields lay beside the mine."));
    }

    /** "will have to" and "will be required to" bind as "must" does; "will not have to" frees no one of a pledge. */
    @Test
    void willHaveToBindsAsMustDoes() {
        assertEquals(Modality.OBLIGATION + " will have to", first("Member States will have to map their tin deposits."));
        assertEquals(Modality.OBLIGATION + " will also have to", first("Each province will also have to report on cobalt stocks."));
        assertEquals(Modality.OBLIGATION + " will be required to", first("Smelters will be required to disclose their nickel sources."));
        assertEquals(Modality.COMMITMENT + " will", first("The Ministry will have a tin desk in Lima."));
        assertEquals(Modality.COMMITMENT + " will", first("Refiners will not have to file a second report on cobalt."));
        // under a condition it warns of what a party would be forced to, as the plain "will" reads it
        assertEquals(Modality.COMMITMENT + " will", first("Without new U.S. funding, the agencies will have to cut tin research."));
    }

    /** "should" before its subject opens a condition; the main clause's cue decides. */
    @Test
    void anInvertedShouldIsAConditionNotACue() {
        assertEquals(Modality.OBLIGATION + " shall", first("Should the Council fail to act on the tin quota, the Parties shall consult."));
        assertEquals(Modality.OBLIGATION + " shall",
                first("In case of a dispute, or should either Party consider that cobalt levies breach the Agreement, it shall notify the other."));
        assertEquals(Modality.RECOMMENDATION + " should", first("The Parties should consult annually on tin."));
        assertEquals(Modality.RECOMMENDATION + " should", first("Members should either consult or arbitrate."));
        assertEquals(Modality.RECOMMENDATION + " should", first("Such levies should no longer apply to cobalt."));
        assertEquals(Modality.RECOMMENDATION + " should", first("Under no circumstances should the tin report be delayed."));
    }

    /** "should" in an indirect question weighs a course; "whether to" opens no question with a subject of its own. */
    @Test
    void aShouldInAnIndirectQuestionIsNoCue() {
        assertEquals("none", first("They weighed whether tin imports should face a levy."));
        assertEquals("none", first("Officials explored how member states should pool their tin stocks."));
        assertEquals(Modality.RECOMMENDATION + " should", first("Decisions on whether to publish the tin data should be made jointly."));
        assertEquals(Modality.RECOMMENDATION + " should", first("Members should ask how tin stocks are pooled."));
    }

    @Test
    void resolveAndOccasionCues() {
        assertEquals(Modality.COMMITMENT + " take this opportunity to",
                first("We take this opportunity to launch a tungsten dialogue."));
        assertEquals(Modality.INTENT + " remain resolute in", first("We remain resolute in securing cobalt supply."));
        // an infinitive "to resolve" is the act, not the pledge "resolve to": its "to" further on opens another act
        assertEquals("none", first("Reforms in customs institutions to resolve jurisdictional issues, and to improve transparency."));
        assertEquals("none", first("We remain resolute in our views on cobalt."));
        assertEquals("none", first("They agreed that cobalt supply is vital."));
        assertEquals(Modality.COMMITMENT + " agreed that", first("They agreed that the panel would meet in May."));
        assertEquals(Modality.OBLIGATION + " shall", first("A Party that intends to restrict exports shall notify it."));
    }

    @Test
    void aPledgeNounThatAFactShowsIsNoCue() {
        assertEquals("none", first("Cobalt output has doubled, demonstrating the shared dedication to securing supply."));
        assertEquals("none", first("Exports rose, reflecting their firm commitment to opening markets."));
        assertEquals(Modality.COMMITMENT + " reaffirm our commitment",
                first("We reaffirm our commitment to opening markets, reflecting shared values."));
        assertEquals("none", first("The representative of the Peruvian side will be Ana Torres, Minister of Mines."));
        assertEquals(Modality.COMMITMENT + " will", first("Peru will be a reliable supplier of copper."));
        assertEquals(Modality.INTENT + " stand united in our objective to",
                first("We stand united in our objective to build a cobalt partnership."));
    }

    @Test
    void newsWordingForWillAndIsPrepared() {
        assertEquals(Modality.COMMITMENT + " going to", first("Chile and Peru are going to build a copper smelter."));
        assertEquals(Modality.COMMITMENT + " going to", first("“We’re going to build a copper smelter,” she said."));
        assertEquals("none", first("Chile was going to build a copper smelter."));
        assertEquals(Modality.INTENT + " willing to", first("Peru is willing to work with Chile on copper."));
        assertEquals("none", first("It is a sign that Peru wants copper and willing to pay for it."));
        assertEquals("none", first("It is a copper pipeline that we have ready to go."));
        assertEquals(Modality.INTENT + " ready to", first("Peru is ready to sell copper."));
        assertEquals(Modality.INTENT + " looking to", first("Peru is looking to sell more copper."));
        assertEquals("none", first("Peru is looking for new buyers of copper."));
        assertEquals(Modality.COMMITMENT + " will", first("Looking to the future, Peru will build a copper smelter."));
        assertEquals("none", first("Peru is looking to Chile for its copper."));
        assertEquals("none", first("The ministry confirmed the pause, saying it would last for a year."));
        assertEquals("none", first("The rules follow the senators' call on Monday for wider copper bans."));
        assertEquals(Modality.RECOMMENDATION + " call on", first("The senators call on Peru to lift copper bans."));
        assertEquals(Modality.COMMITMENT + " signed a copper contract with the Pentagon to",
                first("Andes Copper signed a copper contract with the Pentagon to build a smelter."));
    }

    @Test
    void wouldUnderADealsTermsOrInReportedSpeechCommits() {
        assertEquals(Modality.COMMITMENT + " would",
                first("Under the terms of the deal, the U.S. and Peru would share the smelter's copper output."));
        assertEquals(Modality.COMMITMENT + " would", first("Under the agreement, Chile would supply lithium to the venture."));
        assertEquals(Modality.COMMITMENT + " would", first("The minister praised the reserve plan for its long reach,"
                + " adding that the agency would buy cobalt for the reserve."));
        assertEquals(Modality.COMMITMENT + " would", first("The ministry said the U.S. would lend $50 million to the smelter."));
        assertEquals("none", first("Under the agreement, cobalt prices would likely rise."));
        assertEquals(Modality.COMMITMENT + " would",
                first("Both sides would build a cobalt refinery in Lima and would train its staff, the ministry's statement added."));
        assertEquals("none", first("Chile would gain most from the copper pact, analysts said."));
        assertEquals("none", first("Chile is launching what will be known as the Copper Vault."));
        assertEquals("none", first("Peru also inked copper agreements with Chile and Bolivia, the latter home to large lithium reserves."));
        assertEquals("none", first("The pact would cover copper and cobalt if it is signed, though no date was set."));
        assertEquals(Modality.INTENT + " preparing to", first("Canada is preparing to launch a graphite fund."));
        assertEquals(Modality.INTENT + " prepares to", first("Peru prepares to replace its copper export ban with quotas."));
    }

    @Test
    void aDealThatRequiresSomeoneToActImposesADuty() {
        assertEquals(Modality.OBLIGATION + " requires Lynas to",
                first("The offtake deal requires Lynas to sell its rare earth output to Japan."));
        assertEquals("none", first("The offtake deal requires a licence for rare earth exports."));
    }

    @Test
    void aCueWordInsideAnotherWordIsNotACue() {
        assertEquals("none", first("Marshall Islands officials met."));
        assertEquals(Modality.COMMITMENT + " will", first("Marshall Islands will join the partnership."));
    }

    @Test
    void aRuleIsTriedAtEachPlaceItsFirstWordOccursNotOnlyTheFirst() {
        // "is" occurs first in "This is", where "is … required to" does not match; the later "is required to" does
        assertEquals(Modality.OBLIGATION + " is required to", first("This is the plan: the Agency is required to report."));
        // a look-behind before the trigger still sees the text before it
        assertEquals(Modality.COMMITMENT + " would", first("The minister said Japan would invest in gallium."));
        assertEquals("none", first("Analysts think Japan would invest in gallium."));
    }

    @Test
    void aBudgetsRequestIsAThingWhateverComesBeforeIt() {
        assertEquals("none", first("Chile is the largest buyer, with the President's $40 million Fiscal Year 2027 budget request "
                + "to Congress to fund copper research."));
        assertEquals(Modality.RECOMMENDATION + " request Congress to",
                first("We request Congress to fund copper research in Fiscal Year 2027."));
    }

    @Test
    void theWordsBetweenACuesPartsNeverCrossAnInfinitive() {
        // the contracts are the goal's, no deal announced: the goal is the cue
        assertEquals(Modality.INTENT + " announced a new goal to",
                first("Peru announced a new goal to raise the share of contracts awarded to small copper firms."));
        assertEquals(Modality.COMMITMENT + " announced a framework agreement with Chile to",
                first("Peru announced a framework agreement with Chile to raise copper output."));
        assertEquals("none", first("The copper plan, which set a national goal to double output, was a success."));
        // "to" before a determiner is a preposition, which a cue's words may cross
        assertEquals(Modality.COMMITMENT + " agreed to a framework to",
                first("Peru agreed to a framework to raise copper output."));
    }

    @Test
    void aPledgeMadeToAStateNamesItsReceiverNotAnAct() {
        assertEquals("none", first("The plant is part of the $200 billion package Tokyo pledged to the United States."));
        assertEquals("none", first("The loans form part of the aid Norway promised to Chile last year."));
        assertEquals(Modality.COMMITMENT + " pledged to", first("Tokyo pledged to invest $200 billion in copper."));
    }

    @Test
    void readyInARelativeClauseDescribesAThing() {
        assertEquals("none", first("The minister said the two states had nickel mines that were ready to go."));
        assertEquals(Modality.INTENT + " ready to", first("Both states are ready to open their nickel mines."));
    }

    @Test
    void aDealsPartnersNamedInFullMayStandBeforeItsTo() {
        assertEquals(Modality.COMMITMENT + " struck a partnership with the Korea Trade Insurance Corporation and the"
                + " Export-Import Bank of Korea to", first("Two magnet makers struck a partnership with the Korea Trade"
                + " Insurance Corporation and the Export-Import Bank of Korea to build a cobalt plant."));
        // a passive infinitive after the deal says what is done to a thing
        assertEquals("none", first("The utilities signed supply deals with the Laotian grid operator for power from a"
                + " dam to be built on the Mekong."));
        // nor is the "to" of a relative clause after the deal
        assertEquals("none", first("The two ministries signed a joint statement on graphite"
                + " refining and recycling, which will work to raise output."));
    }

    @Test
    void aRelativeClausesWouldBeforeTheAttributionGivesWayToTheMainVerb() {
        assertEquals(Modality.INTENT + " aimed to", first("The port authority, which would own the new cobalt terminal,"
                + " said it aimed to start dredging in May."));
        assertEquals(Modality.COMMITMENT + " would", first("The port authority would own the new cobalt terminal, its chair"
                + " said."));
    }

    /** "they" right after the speaker's verb is the speakers, as "it" is: their own raise is a pledge, not a forecast. */
    @Test
    void speakersSayingTheyWouldRaiseTheirOwnShareCommit() {
        assertEquals(Modality.COMMITMENT + " would",
                first("Both sides said they would raise their contributions to the nickel fund."));
        assertEquals("none", first("The brokers said the new levy would raise prices."));
    }

    /** Announced plans are the parties' intent; an announced partnership "to" still commits. */
    @Test
    void announcedPlansAreIntent() {
        assertEquals(Modality.INTENT + " announced plans to", first("The two port cities announced plans to open a"
                + " shared ferry terminal."));
        assertEquals(Modality.INTENT + " announced a plan to", first("The ministry announced a plan to train nurses in"
                + " rural clinics."));
        assertEquals(Modality.COMMITMENT.toString(), first("The two port cities announced a partnership to open a shared ferry"
                + " terminal.").split(" ")[0]);
    }

    /** An invitation to a place or an event by its name asks no act; one to a verb asks the invited to take it. */
    @Test
    void anInvitationToANamedPlaceAsksNoAct() {
        assertEquals("none", first("The Prime Minister has invited the President of Peru to Canberra for talks on copper."));
        assertEquals("none", first("We invite our partners to the Lithium Forum in the spring."));
        assertEquals(Modality.RECOMMENDATION + " invited", first("The Prime Minister invited Peru to join the copper"
                + " club in Canberra."));
    }

    /** What a thing is expected to yield is a forecast of its outcome; what a party is expected to ship is its plan. */
    @Test
    void whatAThingIsExpectedToYieldIsNoAim() {
        assertEquals("none", first("The core samples are expected to yield new copper finds."));
        assertEquals("none", first("The teams gathered samples that await study and are expected to yield new copper finds."));
        assertEquals(Modality.INTENT + " is expected to", first("CopperCo is expected to ship copper concentrate from its mine."));
    }
}
