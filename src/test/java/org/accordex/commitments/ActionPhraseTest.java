package org.accordex.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The action read from a commitment sentence after its modality cue (ANNOTATION.md §2), on sentences written in the
 * style of memoranda, joint statements, fact sheets, executive orders, trade agreements and news reports.
 */
class ActionPhraseTest {

    /** The action after the sentence's first modality cue, as the extractor asks for it. */
    private static String action(String sentence) {
        ModalityCues.Cue cue = ModalityCues.first(sentence).orElseThrow(() -> new AssertionError("no cue: " + sentence));
        return ActionPhrase.of(sentence, cue.end());
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                // a clause that says which things the object means opens with an auxiliary or an adverb after its modal,
                // and stays where it runs past the budget if its verb fits and nothing joined to it would be split
                Arguments.of("The Bureau shall audit smelters that have adopted the cobalt due diligence guidance of the alliance.",
                        "audit smelters that have adopted the cobalt due diligence guidance of the alliance"),
                Arguments.of("Ministries shall delist suppliers that do not meet the lithium sourcing rules of the revised code from all tenders.",
                        "delist suppliers that do not meet the lithium sourcing rules"),
                Arguments.of("We urge lenders to finance mines that will help to steadily raise output of graphite in Mozambique, Tanzania and Madagascar.",
                        "finance mines that will help to steadily raise output of graphite"),
                Arguments.of("The Bureau will fund refiners that process and recycle nickel from the scrap of the region's battery plants.",
                        "fund refiners"),
                Arguments.of("We will stay vigilant against the notion that miner fatigue is simply a cost of extracting more cobalt ore.",
                        "stay vigilant against the notion"),
                Arguments.of("The Bureau shall ensure that the royalty that applies to cobalt concentrates of Zambia and Congo subject to this order shall not exceed 10 percent.",
                        "ensure the royalty shall not exceed 10 percent"),
                // a further act set off by a comma or its own modal is whole where the budget holds it and no act follows;
                // one cut by the budget, or followed by another, keeps the short cut
                Arguments.of("The Parties will share geological data, and will jointly develop a roadmap for the recycling of lithium in the region.",
                        "share geological data; develop a roadmap for the recycling of lithium in the region"),
                Arguments.of("Peru shall map its tin deposits; publish a register of the licences granted to miners in Puno.",
                        "map tin deposits; publish a register of the licences granted to miners in Puno"),
                Arguments.of("The Office shall consult miners on cobalt permits, and shall send an annual report to the Minister of Mines on the permits granted.",
                        "consult miners on cobalt permits; send an annual report"),
                // the word limit does not split the first action's last noun phrase where the whole budget holds it, nor
                // leave it on a modifier or half a hyphened word
                Arguments.of("Peru agrees to remove long-standing non-tariff barriers to the trade in Chilean copper and zinc concentrates.",
                        "remove long-standing non-tariff barriers to the trade in Chilean copper and zinc concentrates"),
                Arguments.of("We intend to keep a particular focus on using and coordinating the use of our export credit tools.",
                        "keep a particular focus on using and coordinating the use of export credit tools"),
                Arguments.of("Chile will make a lasting contribution to the security and resilience of the Indo-Pacific cobalt trade.",
                        "make a lasting contribution to the security and resilience"),
                Arguments.of("Chile will counter illegal mining and associated abuses, and will conserve and restore the health and long-term productivity of the salt flats.",
                        "counter illegal mining and associated abuses; conserve and restore the health"),
                // "take into account" keeps its object after an aside, also a name's possessive
                Arguments.of("Japan intends to take into account, during the review of the deal, Peru's request for lower duties on tin.",
                        "take into account Peru's request for lower duties on tin"),
                // a coordinated clause's verb the tagger misread after its modal opens the next act; the modal of a relative
                // clause after "that" opens none; an "-ing" word that only describes goes on with a series of modifiers
                // a Markdown table's row: the action ends with its cell, not in the next cell's source note
                Arguments.of("Chile | will fund a survey of copper tailings in 2027 | [release](https://example.org/cl) ",
                        "fund a survey of copper tailings"),
                Arguments.of("The partners will build the smelter and will pursue talks with Peru on its ore supply.",
                        "build the smelter; pursue talks with Peru on ore supply"),
                Arguments.of("Japan will provide $9 million to map copper and groundwater data collection that will provide better information.",
                        "provide $9 million to map copper and groundwater data collection"),
                Arguments.of("The Department will continue regular, enduring engagement with Zambia on copper permits.",
                        "continue regular, enduring engagement with Zambia on copper permits"),
                // verbs of a series after "to" share the object after the last, also one left on its preposition
                Arguments.of("Canada will fund training to monitor, prepare for, and respond to tailings dam failures.",
                        "fund training to monitor, prepare for, and respond to tailings dam failures"),
                // the "but" of "not only" joins a second pledge with its own subject; a participle of what the act brings
                // about leaves the next pledge of the subject after it
                Arguments.of("Peru will not only expand tin smelting, but it will also train new metallurgists.",
                        "expand tin smelting; train new metallurgists"),
                Arguments.of("Zambia will survey the copper belt, helping small miners with data, and will publish a new cadastre.",
                        "survey the copper belt; publish a new cadastre"),
                // the word limit does not leave "both" without its "and"
                Arguments.of("Chile will look for new training and placement opportunities for geologists in both Peru and Bolivia.",
                        "look for new training and placement opportunities for geologists in both Peru and Bolivia"),
                // the mark that closes a quoted name ends no act: the next pledge after it is read
                Arguments.of("Ghana will back the call for a “regional bauxite registry” and will improve its own geological surveys.",
                        "back the call for a regional bauxite registry; improve its own geological surveys"),
                Arguments.of("Peru will build the “Andean Tin Hub,” and Bolivia will fund its first smelter.",
                        "build the Andean Tin Hub; fund first smelter"),
                // work aimed at a goal is the goal's act, named by a gerund (one the tagger reads as an adjective too) or
                // by the noun of an act; a way still to be found is no act of its own
                Arguments.of("The Participants will work towards harmonizing their rules on tin smelter audits.",
                        "harmonize rules on tin smelter audits"),
                Arguments.of("Ghana and Chile will continue to work toward the establishment of a joint bauxite registry.",
                        "establish a joint bauxite registry"),
                Arguments.of("The Participants will work towards aligning their approaches to tailings management.",
                        "align approaches to tailings management"),
                Arguments.of("The ministries will work on expanding the geological survey of the northern provinces.",
                        "expand the geological survey of the northern provinces"),
                Arguments.of("The two sides intend to find ways to lower the cost of shipping manganese ore.",
                        "lower the cost of shipping manganese ore"),
                Arguments.of("Peru will continue to work toward guaranteeing fair prices for small tin producers.",
                        "guarantee fair prices for small tin producers"),
                // a second infinitive "and to" whose object opens with an adjective
                Arguments.of("The ministries intend to survey the tin belt and to establish modern assay laboratories.",
                        "survey the tin belt; establish modern assay laboratories"),
                // a cue of its own before a coordinated action is no part of it
                Arguments.of("Ghana and Chile intend to map their bauxite deposits and seek to publish a joint atlas of them.",
                        "map bauxite deposits; publish a joint atlas"),
                // a possessive opens the noun phrase a pledge takes; a second pledge "and to" an act joins it
                Arguments.of("Both governments are firmly committed to Ghana's mineral security.", "support Ghana's mineral security"),
                Arguments.of("We reaffirm our commitment to Chile's energy transition and to expanding lithium refining at home.",
                        "support Chile's energy transition and expand lithium refining at home"),
                // a purpose cut at its verb, before the particle and object, is left out
                Arguments.of("Ghana and Chile will create a standing committee on Bauxite Market Data to set out the terms of future sales.",
                        "create a standing committee on Bauxite Market Data"),
                // a quantifier after the modal is no part of the act; "engage to", "keep working to" and working "in an
                // effort to" carry the act after them; a quality the act is to raise and the deal it comes under are left out
                Arguments.of("The two countries will each invest at least $500 million in lithium projects.",
                        "invest at least $500 million in lithium projects"),
                Arguments.of("Chile and Japan will engage to address customs issues.", "address customs issues"),
                Arguments.of("Norway and Canada will work constructively in an effort to address barriers to seafood trade.",
                        "address barriers to seafood trade"),
                Arguments.of("Rome said it would keep working to diversify its oil imports.", "diversify oil imports"),
                Arguments.of("Kenya and Peru will strengthen trade cooperation to enhance supply chain resilience.",
                        "strengthen trade cooperation"),
                Arguments.of("Peru's congress must ratify the accord before it enters into force.", "ratify the accord"),
                Arguments.of("Both sides will complete domestic procedures in advance of the accord entering into force.",
                        "complete domestic procedures"),
                Arguments.of("Albania will begin imports of U.S. coal upon completion of the new rail link.",
                        "begin imports of US coal"),
                // the limit cut the last conjunct of a series before its "of": the action ends before that conjunct
                Arguments.of("Peru will remove duties on all U.S. machinery, vehicles and chemical goods and a broad list of U.S. farm products.",
                        "remove duties on all US machinery, vehicles and chemical goods"),
                // the point a deadline runs from is left out with it, and the purpose of meeting after it is kept
                Arguments.of("Fiji and Samoa shall meet within six months of the entry into force of this Agreement to review its operation.",
                        "meet to review operation"),
                // the limit cut the second of two joined noun phrases after "of": the first one is kept whole
                Arguments.of("Fiji commits to remove duties on 100 percent of U.S. industrial goods and U.S. dairy and seafood products sold in Fiji.",
                        "remove duties on 100 percent of US industrial goods"),
                // the purpose of working with a counterpart is the act; a cut conjunct of a pair after "between" goes with it
                Arguments.of("Korea will work with Peru to enhance joint investments of about $50 million in copper.",
                        "work with Peru to enhance joint investments of about $50 million in copper"),
                Arguments.of("Ghana will work closely with donors to ensure that schools receive textbooks.", "work closely with donors"),
                Arguments.of("We urge all citizens to celebrate the long friendship between the farmers of Ohio and the farmers of Kenya.",
                        "celebrate the long friendship"),
                // an aside that cites where a thing is set out does not end the action before the complement after it
                Arguments.of("The United States will keep at 12 percent the duties, as set forth in Proclamation 9000 of May 3, 2024, as amended, on imports of Fiji.",
                        "keep at 12 percent the duties on imports of Fiji"),
                Arguments.of("Oman agreed on Monday to ship liquefied natural gas to Italy under a long-term deal.",
                        "ship liquefied natural gas to Italy"),
                // a news report's second past-tense pledge after "and" opens an action of its own
                Arguments.of("The ministers vowed to jointly map cobalt deposits and pledged to push for a shared stockpile of tungsten.",
                        "jointly map cobalt deposits; push for a shared stockpile of tungsten"),
                Arguments.of("Laos agreed to expand potash exports and vowed to build a rail link to the border.",
                        "expand potash exports; build a rail link to the border"),
                // a means after "by" ends the action also where the tagger read its gerund as an adjective
                Arguments.of("Togo shall modernize its ports by introducing safety systems.", "modernize ports"),
                // a gerund between nouns of one series does not end it; a participle clause after the object still does
                Arguments.of("Ghana will share data on the survey, mapping, production and marketing of bauxite.",
                        "share data on the survey, mapping, production and marketing of bauxite"),
                Arguments.of("Ghana will expand bauxite output, ensuring supply for smelters.", "expand bauxite output"),
                // "in the light of" and "in that light" qualify the act
                Arguments.of("The Council shall review the tariff schedule in the light of the needs of small farmers.",
                        "review the tariff schedule"),
                Arguments.of("Each Party shall strive to raise those standards in that light.", "raise those standards"),
                // a further action's head noun keeps its "of", a means its purpose, in the words the first action left;
                // where it left none, the short cut stays
                Arguments.of("Ghana and Togo shall map their coastal deposits and undertake an evaluation of their mineral potential.",
                        "map coastal deposits; undertake an evaluation of mineral potential"),
                Arguments.of("The Council shall hear the complaint and take appropriate measures to identify the causes of the shortfall.",
                        "hear the complaint; take appropriate measures to identify the causes of the shortfall"),
                Arguments.of("Ghana will build a national registry of artisanal gold miners in the western region and publish a list of the licensed smelters.",
                        "build a national registry of artisanal gold miners in the western region; publish a list"),
                // modifiers of one noun in commas after a verb or a preposition go on to their noun, a participle among
                // them too; a series of nouns or verbs is cut as before
                Arguments.of("We will convene regular, structured, high-level ministerial dialogues on copper.",
                        "convene regular, structured, high-level ministerial dialogues on copper"),
                Arguments.of("We are committed to take steps in support of fair, orderly and affordable transitions in mining regions.",
                        "take steps in support of fair, orderly and affordable transitions in mining regions"),
                Arguments.of("We will impose targeted, credible penalties on smugglers of cobalt.",
                        "impose targeted, credible penalties on smugglers of cobalt"),
                Arguments.of("We will promote trade, fair competition and investment in copper.",
                        "promote trade, fair competition and investment in copper"),
                // the told parties' participle is no verb of theirs: the action is what they are told to do
                Arguments.of("We urge developed countries to honour their pledges on adaptation finance.",
                        "honour pledges on adaptation finance"),
                Arguments.of("We call on gas exporting countries to raise deliveries of helium to world markets.",
                        "raise deliveries of helium to world markets"),
                // "not only" stresses the verb, it does not negate it; the "but also" clause is a second action
                Arguments.of("Ghana will not only expand its bauxite refining capacity but also train engineers in Accra.",
                        "expand bauxite refining capacity; train engineers in Accra"),
                Arguments.of("The Ministry is committed not only to financing new smelters but also to expanding access to that finance.",
                        "finance new smelters; expand access to that finance"),
                // "calls for" someone "to" act tells them as "calls on" does; what is called for is still the action
                Arguments.of("The Minister continues to call for Parliament to pass the Mining Royalties Act.",
                        "pass the Mining Royalties Act"),
                Arguments.of("The ministers called for all parties to refrain from export bans on graphite.",
                        "refrain from export bans on graphite"),
                Arguments.of("The ministers called for the prompt release of the detained geologists.",
                        "call for the prompt release of the detained geologists"),
                // "no longer be subject to": the negation of two words keeps its predicate, as "not be subject to" does
                Arguments.of("Unwrought tin shall no longer be subject to export licensing.",
                        "no longer be subject to export licensing"),
                // an HTML tag left inside a word joins it: "5<sup>th</sup>" is "5th"
                Arguments.of("The Ministers will convene the 5<sup>th</sup> meeting of the Tin Council in Lima.",
                        "convene the 5th meeting of the Tin Council in Lima"),
                // a qualifier right after the verb, closed by a comma only, is an aside before the object ...
                Arguments.of("The Parties shall establish as far as possible, common positions in regional bodies on mining.",
                        "establish common positions in regional bodies on mining"),
                // ... not where a further verb or a preposition follows it
                Arguments.of("The Parties shall cooperate as far as possible, and exchange data on tin.", "cooperate"),
                Arguments.of("The Parties shall cooperate where appropriate, with the regional tin bodies.", "cooperate"),
                // an alternative in commas after a verb and its adverb is left out, the object stays
                Arguments.of("Each Party shall promptly publish, or otherwise make available where printing is not practicable, all rules on tin permits.",
                        "publish all rules on tin permits"),
                // a long aside after a pledge noun's comma ends at the cue's "to"
                Arguments.of("Peru and Chile reaffirm their commitment, under the Joint Declaration of the Andean Council of Ministers on Responsible Mining and Fair Labour of 2011, to promote responsible sourcing of tin.",
                        "promote responsible sourcing of tin"),
                // a further action's object that the budget would split is finished within a few words more
                Arguments.of("The Sides will share geological survey data on the southern copper belt and support the adoption of a permanent moratorium on mercury use.",
                        "share geological survey data on the southern copper belt; support the adoption of a permanent moratorium"),
                // the people a party sends, as the agent of a passive provision, are left out with the parties
                Arguments.of("The tin fund will be jointly managed by representatives of the Government of Peru and the Government of Chad.",
                        "manage tin fund"),
                // a possessive after "both of" or "each of" stays: "both of peoples" is no phrase
                Arguments.of("Peru and Chad reaffirm their shared commitment to advancing trade and growth for both of our nations.",
                        "advance trade and growth for both of our nations"),
                Arguments.of("Peru and Chad will share geological data with each of their provinces.",
                        "share geological data with each of their provinces"),
                // a possessive elsewhere is still left out with the parties
                Arguments.of("Peru and Chad will deepen their partnership on tin.", "deepen partnership on tin"),
                // a relative clause after the subject of "ensure that" is passed over to the clause's own verb
                Arguments.of("Peru and Chad wish to ensure that the firms and other bodies that have evaded the tin levy do not gain from the new concessions.",
                        "ensure the firms and other bodies do not gain from the new concessions"),
                Arguments.of("Peru and Chad wish to ensure that traders which have been licensed under Annex B are able to export tin.",
                        "ensure traders are able to export tin"),
                // a qualifier in commas between "ensure" and its "that" is passed over
                Arguments.of("Peru shall ensure, to the extent its budget permits, that tin traders are licensed.",
                        "ensure tin traders are licensed"),
                // a deal "aimed at" a gerund: the gerund is the act
                Arguments.of("Chad and Peru signed a memorandum of understanding aimed at promoting cooperation in cobalt mining.",
                        "promote cooperation in cobalt mining"),
                // a word limit that falls inside a series of modifiers a purpose clause takes cuts before the purpose
                // clause, not at a comma that joins the modifiers of one noun
                Arguments.of("The facility will strengthen cooperation and promote data exchange and co-lending among member banks to advance diverse, secure, and sustainable supply chains for cobalt.",
                        "strengthen cooperation and promote data exchange and co-lending among member banks"),
                Arguments.of("The two banks will pool export credit and political risk cover for copper mines to advance stable, transparent, and fair copper supply chains.",
                        "pool export credit and political risk cover for copper mines"),
                // nouns after the comma are a new item, no series of modifiers: the cut stays where it was
                Arguments.of("The Parties will promote trade in nickel to advance trade, fair competition and market access for nickel producers in both countries and beyond.",
                        "promote trade in nickel to advance trade, fair competition and market access for nickel producers"),
                // a negated pledge joined by "and will" is a further action, not more of the first one's object
                Arguments.of("The two ministries will not bid in the auction and will not seek seats on the board.",
                        "not bid in the auction; not seek seats on the board"),
                // modifiers of one noun after an article go on past a comma, however the tagger read them
                Arguments.of("Chile and Norway commit to working to draft a voluntary, nonbinding written charter for cobalt traders.",
                        "work to draft a voluntary, nonbinding written charter for cobalt traders"),
                // a qualifier in commas between a means and its purpose is left out, the purpose stays; a long aside
                // with a clause of its own ends the action
                Arguments.of("Peru will take action, in line with its national law, to dismantle illegal mining networks.",
                        "take action to dismantle illegal mining networks"),
                Arguments.of("Chile and Peru will explore opportunities, as appropriate, to cooperate on port logistics in the Pacific.",
                        "explore opportunities to cooperate on port logistics in the Pacific"),
                Arguments.of("Peru will take action, in line with the advice of the commission that the ministry convened last year, to close the mines.",
                        "take action"),
                // a short aside of means or level in commas, between a verb (or the noun of an act) and what it takes,
                // is left out and the object after it kept; a focus word before the complement is no act; an aside that
                // is a clause of its own still ends the action
                Arguments.of("The Union shall help to finance, by all the instruments listed in this Protocol, programmes and schemes proposed by the island States.",
                        "help to finance programmes and schemes proposed by the island States"),
                // the body an act goes through, last in the act, is left out; one between the act's complements stays
                Arguments.of("The Bank will consider loans to eligible cobalt refineries through the Regional Minerals Facility.",
                        "consider loans to eligible cobalt refineries"),
                Arguments.of("Korea will provide export credit through K-SURE for Chilean lithium refineries.",
                        "provide export credit through K-SURE for Chilean lithium refineries"),
                // a named channel or framework last in the act is left out, one whose name has small words too, and
                // before a qualifier; a common noun the tagger took for a name is a means; the text itself stays
                Arguments.of("Chile and Peru will strengthen cooperation on copper through the Partnership for Andean Mining, in "
                        + "line with their national priorities.", "strengthen cooperation on copper"),
                Arguments.of("Chile will improve the safety of tailings dams through science-based monitoring, audits and training.",
                        "improve the safety of tailings dams"),
                Arguments.of("Japan will advance cooperation on gallium under the Minerals Security Partnership.",
                        "advance cooperation on gallium"),
                Arguments.of("Both governments will streamline permitting for smelters under the Framework.",
                        "streamline permitting for smelters under the Framework"),
                Arguments.of("The United States will apply a tariff rate of 15 percent under Executive Order 14999 on imports of zinc.",
                        "apply a tariff rate of 15 percent"),
                // the level, footing, scope or company of an act is no part of it
                Arguments.of("The Participants will cooperate on cobalt at the bilateral and multilateral levels.", "cooperate on cobalt"),
                Arguments.of("Chile will consider equity stakes in lithium projects on a case-by-case basis.",
                        "consider equity stakes in lithium projects"),
                Arguments.of("The two sides will strengthen cooperation in areas of mutual interest, such as graphite.",
                        "strengthen cooperation"),
                Arguments.of("The Ministry will design the tin strategy with relevant stakeholders.", "design the tin strategy"),
                Arguments.of("Korea will build resilience in nickel supply chains among like-minded partners.",
                        "build resilience in nickel supply chains"),
                // the help an act is done with, the event it is done at, its urgency, manner or focus, and a pointer back
                // are no part of it
                Arguments.of("Japan will build the cobalt refinery with support from JBIC.", "build the cobalt refinery"),
                Arguments.of("Chile and Peru will hold a ministerial meeting on the margins of the G20 Summit.",
                        "hold a ministerial meeting"),
                Arguments.of("Japan and Canada will address supply risks for gallium as a matter of priority.",
                        "address supply risks for gallium"),
                Arguments.of("Korea and Chile will respond to export restrictions on graphite in a coordinated manner.",
                        "respond to export restrictions on graphite"),
                Arguments.of("Chile and Peru will exchange views on nickel pricing in this regard.", "exchange views on nickel pricing"),
                Arguments.of("The agencies shall work in a coordinated way to map cobalt deposits in the north.",
                        "map cobalt deposits in the north"),
                Arguments.of("This plan will require the ministries to work in a coordinated way to map cobalt deposits.",
                        "require the ministries to work in a coordinated way to map cobalt deposits"),
                Arguments.of("Japan and Chile will strengthen cooperation, with a particular focus on rare earths.",
                        "strengthen cooperation"),
                // what the object is made of, a vague time and a means by a gerund are left out; a word in -ing before a
                // qualifier is a noun
                Arguments.of("Peru will build a copper smelter in Ilo consisting of two furnaces and an acid plant.",
                        "build a copper smelter in Ilo"),
                Arguments.of("We look forward to signing the cobalt agreement soon.", "sign the cobalt agreement"),
                Arguments.of("The Parties will promote responsible mining by sharing best practices with small producers.",
                        "promote responsible mining"),
                Arguments.of("Canada will streamline permitting consistent with its laws.", "streamline permitting"),
                // a participle left before a purpose that is cut describes the object, no act of its own
                Arguments.of("The United States will remove duties on zinc and lead products of Peru imposed to address risks to "
                        + "its mining industry.", "remove duties on zinc and lead products of Peru"),
                // scrap and waste in a list of materials are nouns, no second act
                Arguments.of("Chile will restrict the export of copper scrap and waste.",
                        "restrict the export of copper scrap and waste"),
                Arguments.of("The Participants will cooperate on nickel processing within the framework of this Memorandum.",
                        "cooperate on nickel processing"),
                // a purpose to address, help, respond or facilitate after the object is no part of the act
                Arguments.of("The Ministry will set up two regional assay laboratories to help small miners certify their gold.",
                        "set up two regional assay laboratories"),
                Arguments.of("The Parties will create a joint stockpile of cobalt to respond to sudden supply shocks.",
                        "create a joint stockpile of cobalt"),
                Arguments.of("The Parties agree to work together, in the framework of Article 7, notably through the sharing of statistical data.",
                        "work together through the sharing of statistical data"),
                Arguments.of("The Union shall contribute to the financing, at every stage, of apprenticeships for young engineers.",
                        "contribute to the financing of apprenticeships for young engineers"),
                Arguments.of("The Union shall help to finance, as the Council decided last year, schemes proposed by the island States.",
                        "help to finance"),
                // a verb that a participle completes is a further action, and a lone preposition after a qualifier in
                // commas completes nothing
                Arguments.of("Together, we must work to end acts of senseless violence and stand united in support of all of our fellow Americans.",
                        "end acts of senseless violence; stand united"),
                Arguments.of("The agencies shall take appropriate steps to terminate any contract, to the maximum extent permitted by applicable law, including the procurement rules, for which the firm has been hired to perform any service.",
                        "terminate any contract"),
                // what the parties may arrange instead is no part of the act
                Arguments.of("The Working Group shall convene every year or as otherwise agreed.", "convene every year"),
                // a second noun of a place and time that a passive participle modifies is no further action; a verb that a
                // participle completes still is
                Arguments.of("The Working Group shall review the matter at a time and place agreed to by the Parties.",
                        "review the matter at a time"),
                Arguments.of("The ministers will draft the plan and remain committed to the goals of the forum.",
                        "draft the plan; remain committed to the goals of the forum"),
                // a season without its year says when, not what
                Arguments.of("The ministers will review the pilot program in Lima this fall.", "review the pilot program in Lima"),
                // whose interests the act serves ends it; what a pledge pays for stays
                Arguments.of("Chile and Peru will cooperate on port security for their respective national security interests.",
                        "cooperate on port security"),
                Arguments.of("Chile will provide grants for projects of common interest.", "provide grants for projects of common interest"),
                // two gerunds of one means after "by"
                Arguments.of("Peru intends to curb smugglers' ability to profit from illegal gold by implementing and enforcing export licences.",
                        "curb smugglers ability to profit from illegal gold"),
                // the word limit that cuts a series of modifiers from its noun, or a noun from its "of" and one noun,
                // finishes the noun phrase
                Arguments.of("Chile intends to continue working with Peru to support these programs and promote fair and inclusive regional growth in both economies.",
                        "work with Peru to support these programs and promote fair and inclusive regional growth"),
                Arguments.of("We commit to establish procedures to most effectively share data and analysis about specific forms of fraud with partner agencies.",
                        "establish procedures to most effectively share data and analysis about specific forms of fraud"),
                // a means after a phrase that only refers back to a goal is the content of the act
                Arguments.of("The ministers will achieve these aims by pooling public funds.", "achieve these aims by pooling public funds"),
                Arguments.of("Peru will advance mine safety by training and certifying inspectors.", "advance mine safety"),
                Arguments.of("Chile will build on this work by launching a new campaign.", "build on this work"),
                // a further action after a time that ends the first one
                Arguments.of("The three ministries committed to meeting again this fall and continuing to build on existing frameworks of cooperation.",
                        "meet again; continue to build on existing frameworks"),
                // a participle that describes the last item's noun ends no series of modifiers after a serial comma
                Arguments.of("Norway will build a diverse, resilient, and skilled mining workforce.",
                        "build a diverse, resilient, and skilled mining workforce"),
                // a deadline after a short object does not end the action before where the money goes or what it is
                // for; a time told after the deadline ("after the entry into force") stays out
                Arguments.of("The Delta Group pledged to invest $4 billion by 2031 in Peruvian grid infrastructure.",
                        "invest $4 billion in Peruvian grid infrastructure"),
                Arguments.of("Acme will invest $6 billion through 2030 to build Chile's cloud infrastructure.",
                        "invest $6 billion to build Chile's cloud infrastructure"),
                Arguments.of("The Council shall hold its first session within 60 days after the signing of this Protocol.",
                        "hold its first session"),
                // the progressive says when; the verb is the act
                Arguments.of("Shamekh Chemicals will be investing $2.1 billion in a plant in Ohio.",
                        "invest $2.1 billion in a plant in Ohio"),
                Arguments.of("The minister said Peru will be increasing its purchases of wheat to 2 million tons.",
                        "increase purchases of wheat to 2 million tons"),
                // the word limit that cuts two joined nouns in the object finishes the last one; a place after a
                // preposition is a complement the cut may shorten
                Arguments.of("Peru will use its convening power to bring together the national geological survey and foreign mining investors to close the funding gap.",
                        "use its convening power to bring together the national geological survey and foreign mining investors"),
                Arguments.of("Peru plans to source more cobalt ore from Chile for its new refineries in Arequipa and Ilo, officials said.",
                        "source more cobalt ore from Chile for new refineries"),
                // a hyphenated noun the tagger reads as an adverb still closes the series
                Arguments.of("Ghana and Peru will strengthen export controls, safeguards, and non-proliferation, as a pillar of regional stability.",
                        "strengthen export controls, safeguards, and non-proliferation"),
                // what the act shows is no part of it
                Arguments.of("Ghana and Peru will coordinate to support affected mining towns as a sign of solidarity.",
                        "coordinate to support affected mining towns"),
                // an aside of two qualifiers between the modal and the verb, with an adverb before the verb
                Arguments.of("The Parties shall, at the request of either Party and in line with their laws, promptly consult on supply disruptions of cobalt.",
                        "consult on supply disruptions of cobalt"),
                // a past verb after "and" reports what the subject did besides; a participle before a noun does not
                Arguments.of("Ghana and Peru held a seminar on tailings and agreed to further expand the work and named three pilot mines.",
                        "expand the work"),
                Arguments.of("Peru will expand processed and refined copper exports to Asia.",
                        "expand processed and refined copper exports to Asia"),
                // a series of actions goes on past an adverb before its next verb; an aside after a comma does not
                Arguments.of("Ghana and Peru will map tin deposits, regularly share survey data, and train local geologists.",
                        "map tin deposits; share survey data; train local geologists"),
                Arguments.of("Ghana and Peru will map tin deposits, especially in the north.", "map tin deposits"),
                // an adverb after a qualifier's aside is no verb ("…, to adequately protect": the purpose, not the act)
                Arguments.of("The board should, in consultation with miners and in its discretion, update or revise its rules before May 1, 2027, as appropriate, to adequately protect tin workers.",
                        "update or revise rules"),
                // a percent sign ends a figure, not the phrase; an em dash written without spaces bounds an aside
                Arguments.of("Under the accord, Chile will cut its duties on Peruvian fruit from 40% to 12%.",
                        "cut duties on Peruvian fruit from 40% to 12%"),
                Arguments.of("Peru has agreed to lower its levy on Chilean copper wire to just 8%.",
                        "lower levy on Chilean copper wire to just 8%"),
                Arguments.of("Norway pledged to buy $90 billion worth of Danish power—mainly wind and hydro—by 2029.",
                        "buy $90 billion worth of Danish power"),
                Arguments.of("Mexico will lower its levies on Canadian nickel from an extra 60%—a rate set in March—to 20%.",
                        "lower levies on Canadian nickel from an extra 60% to 20%"),
                // a clause with its own subject and finite verb is another's pledge, reported beside this one
                Arguments.of("The Nordic bank will contribute $8.2bn and the Asian Development Bank is pledging $12bn, he said.",
                        "contribute $8.2bn"),
                Arguments.of("Peru will expand copper smelting and processing capacity in the south.",
                        "expand copper smelting and processing capacity in the south"),
                // a British doubled "l" is undone in a gerund's base form, not in "sell"
                Arguments.of("Peru has committed to channelling more funds to the copper fund.",
                        "channel more funds to the copper fund"),
                Arguments.of("Chile committed to reselling copper cathodes to Peru.", "resell copper cathodes to Peru"),
                // a British "-ise" gerund and an "-ute" one take their "e" back; a stem that never had one does not
                Arguments.of("Peru and Chile look forward to normalising copper trade between them.",
                        "normalise copper trade between them"),
                Arguments.of("Chile reaffirmed its commitment to contributing to the Andean copper fund.",
                        "contribute to the Andean copper fund"),
                Arguments.of("Peru committed to visiting the copper smelters in Ilo.", "visit the copper smelters in Ilo"),
                // an "-nate" or "-gate" verb's gerund takes its "e" back
                Arguments.of("Peru reaffirmed its commitment to disseminating copper market data.",
                        "disseminate copper market data"),
                Arguments.of("Chile committed to mitigating tailings risks at its copper mines.",
                        "mitigate tailings risks at copper mines"),
                // a negated pledge keeps its "not", also after a cue such as "endeavour to"
                Arguments.of("Each Party undertakes not to impose export duties on cobalt at any time.",
                        "not impose export duties on cobalt"),
                Arguments.of("Each Party shall endeavour not to adopt restrictions on the export of tin concentrate.",
                        "not adopt restrictions on the export of tin concentrate"),
                // when a duty holds, or who asks for it, is no part of it; a complement after such a qualifier stays
                Arguments.of("The Minister shall henceforth prioritize the security of supply of rare earths.",
                        "prioritize the security of supply of rare earths"),
                Arguments.of("The Parties shall make information on their export licences for lithium available upon implementation of this Agreement.",
                        "make information on export licences for lithium available"),
                // an object's complement stays when a purpose is cut after it; an adjective after a preposition's noun goes
                Arguments.of("Peru and Chile commit to keeping markets open to foster fair competition in copper.",
                        "keep markets open"),
                Arguments.of("Chile will keep its ports open to ensure steady supply of copper.", "keep ports open"),
                Arguments.of("Chile is committed to providing the millions of pesos in funding necessary to ensure that the smelter is built.",
                        "provide the millions of pesos in funding"),
                // an effort in the progressive carries the verb after it
                Arguments.of("Moreover, both sides will be making effort to establish common copper norms.",
                        "establish common copper norms"),
                Arguments.of("The exporting Party shall hold consultations on request of the other Party, on the rules for such licensing procedures.",
                        "hold consultations on the rules for such licensing procedures"),
                Arguments.of("Both sides will implement the withdrawal of troops under the observation of the monitoring team.",
                        "implement the withdrawal of troops"),
                Arguments.of("The Parties shall enhance cooperation in the trade of cobalt between the two Parties.",
                        "enhance cooperation in the trade of cobalt"),
                // two adjectives of one noun are no two actions
                Arguments.of("The new rules shall prohibit direct or indirect financial transactions with those smelters.",
                        "prohibit direct or indirect financial transactions with those smelters"),
                // a passive with a series of subjects, or an irregular participle and a named agent
                Arguments.of("The rules, the bodies to be approached, and the lists of minerals subject to licensing shall be published as soon as possible.",
                        "publish rules"),
                // ... also where no comma comes before the last item's "and"; a qualifier's comma and a subject's "and"
                // make no series
                Arguments.of("All information on cobalt permits, the offices to be contacted and the lists of goods subject to the permit requirement shall be published.",
                        "publish information on cobalt permits"),
                Arguments.of("All information concerning procedures for cobalt permits shall be published.",
                        "publish information concerning procedures for cobalt permits"),
                Arguments.of("Information on the procedures for tin permits shall be made available.",
                        "make information on the procedures for tin permits available"),
                // the conjunction of a series' last item opens no subject
                Arguments.of("Any sale of the smelter, or any part thereof, or any change to the name of the operator, shall be communicated in writing to the Minister.",
                        "communicate change to the name of the operator in writing to the Minister"),
                // a complement too long to move behind the verb is left out
                Arguments.of("All information concerning the procedures for the grant and renewal of cobalt permits shall be published.",
                        "publish information"),
                Arguments.of("In each case, the Ministry of Mines and the Revenue Agency shall be consulted.",
                        "consult Ministry of Mines and the Revenue Agency"),
                // what is available or agreed, and the closeness of a joint work, qualify the action; the complement
                // after the aside stays
                Arguments.of("Each Party shall take such steps as may be available to it to secure the supply of tin.",
                        "take such steps"),
                Arguments.of("The Tin Committee shall meet at such places and times as may be agreed by the Members.",
                        "meet at such places and times"),
                // ... a means' purpose after it stays the content
                Arguments.of("The Mining Office shall take such steps as may be necessary to carry out this order.",
                        "take such steps to carry out this order"),
                Arguments.of("Kenya and Peru intend to work together, in close collaboration with the regional banks, on cobalt supplies for battery makers.",
                        "work together on cobalt supplies for battery makers"),
                // a recipient after an aside of how early is kept; a purpose after an aside is not
                Arguments.of("Each Party shall give notice in writing, as far in advance as practicable, to the other Party of any nickel export ban.",
                        "give notice in writing to the other Party of any nickel export ban"),
                Arguments.of("Peru will provide grants, as far as possible, to promote artisanal mining.", "provide grants"),
                // "ensuring that" after "committed to" drops its "that" also where the tagger read it as a pronoun
                Arguments.of("We committed to ensuring that the future of the nickel trade is guided by fair rules.",
                        "ensure the future of the nickel trade is guided by fair rules"),
                // a noun of who does a thing, read as a verb, stays inside the told parties
                Arguments.of("We call on all major copper producer countries to join us in keeping copper markets stable.",
                        "join us in keeping copper markets stable"),
                Arguments.of("Each Party shall publish its rules on cobalt export permits in such a manner as to enable traders to become acquainted with them.",
                        "publish rules on cobalt export permits"),
                Arguments.of("The costs of the nickel survey shall be borne by the Geological Office.", "bear costs of the nickel survey"),
                // a stem the lemmatizer leaves without its "e" takes it back ("resum", "consum")
                Arguments.of("The talks on copper quotas shall be resumed within 30 days of a request.", "resume talks on copper quotas"),
                Arguments.of("Any suspension of the quotas shall be effectuated through notice by the Secretary.",
                        "effectuate suspension of the quotas through notice by the Secretary"),
                // an adverbial clause before the main clause holds no cue, nor does a passive "as may be agreed"
                Arguments.of("In seeking compensation for a safeguard measure on zinc, the Parties shall seek the good offices of the Joint Committee.",
                        "seek the good offices of the Joint Committee"),
                Arguments.of("Subject to any agreements as may be agreed pursuant to reviews of this Agreement, the Parties hereby agree to abide by the rules of the WTO on export duties for graphite.",
                        "abide by the rules of the WTO on export duties for graphite"),
                // a news report's source read by the tagger as an adjective, and an absolute clause, are left out
                Arguments.of("Instead, Peru will secure fairer prices for its copper concentrate, the newswire added.",
                        "secure fairer prices for copper concentrate"),
                Arguments.of("Peru will keep its copper export quotas in place with the mining minister ruling out changes.",
                        "keep copper export quotas in place"),
                // a passive plan reads with its subject as the object, a relative clause or an infinitive inside the subject
                // left in it; a gerund or participle whose stem lost its "e" gets it back
                Arguments.of("Additional areas of cooperation that the sides agree upon will also be explored.",
                        "explore additional areas of cooperation"),
                Arguments.of("Any other forms of cooperation that are agreed upon in writing will also be pursued.",
                        "pursue other forms of cooperation"),
                Arguments.of("We look forward to welcoming Chilean investment in copper smelting.",
                        "welcome Chilean investment in copper smelting"),
                Arguments.of("A joint work plan on graphite processing shall be prepared by the Participants.",
                        "prepare joint work plan"),
                Arguments.of("A Spanish version of the cobalt roadmap shall be prepared, which shall be considered authentic.",
                        "prepare Spanish version of the cobalt roadmap"),
                // an effort that only carries its verb, and the spirit a treaty acts in, are no part of the action
                Arguments.of("The Parties shall make their best efforts to establish a cobalt working group within two years.",
                        "establish a cobalt working group"),
                // an aside between the effort and its "to"
                Arguments.of("Peru will use its best efforts, to the greatest extent possible, to buy cobalt from Norway.",
                        "buy cobalt from Norway"),
                Arguments.of("The Ministry shall take appropriate steps, consistent with its mandate, to publish nickel import data.",
                        "publish nickel import data"),
                Arguments.of("The Parties shall expand trade in nickel ore in the spirit of equality and mutual benefit.",
                        "expand trade in nickel ore"),
                Arguments.of("The Parties shall endeavour, where possible, to exchange data on lithium brines.",
                        "exchange data on lithium brines"),
                // two asides between the cue and the verb, and a verb the tagger may read as a noun before "and"
                Arguments.of("Lakeland shall, when practicable, with a view to settling the matter, notify and consult the other Party.",
                        "notify and consult the other Party"),
                Arguments.of("Lakeland shall, in accordance with its laws, facilitate and promote investment in sectors including copper, cobalt, and tin.",
                        "facilitate and promote investment in sectors"),
                // a hyphenated modifier in a series
                Arguments.of("Lakeland shall facilitate job-creating, greenfield investment in copper refining.",
                        "facilitate job-creating, greenfield investment in copper refining"),
                // a dash that joins two names stays in the action; an apposition that ranks the object, and a reporting
                // verb coordinated after it, end it
                Arguments.of("Leaders resolved to further strengthen the Peru – Norway alliance across all sectors.",
                        "strengthen the Peru – Norway alliance across all sectors"),
                Arguments.of("Peru and Norway will build the Andes Cobalt Corridor, one of the largest mining projects of the decade.",
                        "build the Andes Cobalt Corridor"),
                Arguments.of("Partners reaffirmed their commitment to the Forum's mission and emphasized its role in building supply chains.",
                        "support the Forum's mission"),
                Arguments.of("We stand united in our objective to build a cobalt partnership.", "build a cobalt partnership"),
                // when a report says the deal was made is left out
                Arguments.of("Japan agreed to invest $2 billion in the copper project on Tuesday.", "invest $2 billion in the copper project"),
                Arguments.of("Chile agreed to buy 500 tonnes of cobalt earlier this month.", "buy 500 tonnes of cobalt"),
                // what else the party does meanwhile is no part of the act
                Arguments.of("Halden Copper has agreed two deals to supply cathodes to Japanese smelters as it seeks to expand its plant.",
                        "supply cathodes to Japanese smelters"),
                Arguments.of("Canada will stand with Chile for as long as it takes to rebuild the mine.", "stand with Chile"),
                // a deal signed for a named act is read as that act
                Arguments.of("Halden Copper signed a binding offtake agreement with Codelco for the supply of 40,000 tonnes of cathodes a year.",
                        "supply 40,000 tonnes of cathodes a year"),
                Arguments.of("Halden entered into a non-binding memorandum with Tessin Batteries for the sale of battery-grade lithium.",
                        "sell battery-grade lithium"),
                Arguments.of("The bank announced a conditional commitment for a loan of up to $300 million to Halden Copper.",
                        "provide a loan of up to $300 million to Halden Copper"),
                Arguments.of("Japan pledged an additional $2 billion to the minerals fund.", "pledge an additional $2 billion to the minerals fund"),
                Arguments.of("Korea is committing $30 million to a nickel fund.", "commit $30 million to a nickel fund"),
                Arguments.of("And we are pledging $4 million to the tin registry.", "pledge $4 million to the tin registry"),
                // a search is the act sought after "seeking" and "targeting"; "seeks to" leaves the cue out
                Arguments.of("The agency is seeking offers for up to 3,000 tonnes of tungsten.", "seek offers for up to 3,000 tonnes of tungsten"),
                Arguments.of("Halden and Codelco are seeking partners to build a copper smelter.", "seek partners to build a copper smelter"),
                Arguments.of("Japan seeks to deepen copper cooperation with Peru.", "deepen copper cooperation with Peru"),
                Arguments.of("The partners are targeting 2028 for first production of cathodes.", "target 2028 for first production of cathodes"),
                // a series or a name the word limit cuts is finished when it closes soon
                Arguments.of("The two governments will set common rules for the safe storage of batteries by micro, small, and medium-sized firms.",
                        "set common rules for the safe storage of batteries by micro, small, and medium-sized firms"),
                Arguments.of("The agencies will widen data exchanges on the reliability of cobalt supply, the security, resilience, and transparency of trade.",
                        "widen data exchanges on the reliability of cobalt supply, the security, resilience, and transparency"),
                Arguments.of("The two sides will expand joint research cooperation between the national geological surveys and the Ministry "
                        + "of Mines and Energy, with a focus on tin.",
                        "expand joint research cooperation between the national geological surveys and the Ministry of Mines and Energy"),
                // a participle that describes the object after it is complete, and the time of a meeting, are left out
                Arguments.of("The partners will set up a lithium working group focused on brine extraction.", "set up a lithium working group"),
                Arguments.of("The ministers intend to meet within the next ninety days to draft a nickel roadmap.", "meet to draft a nickel roadmap"),
                Arguments.of("The members will keep backing graphite producers in the face of sudden export curbs.", "back graphite producers"),
                // the told parties' verb after an adverb; a gerund after "as well as" and one the tagger read as a noun
                Arguments.of("We call on our trade ministers to swiftly remove barriers to trade in copper.", "swiftly remove barriers to trade in copper"),
                Arguments.of("Ruritania has committed to continue facilitating trade, as well as adopting and implementing good regulatory practices.",
                        "facilitate trade, as well as adopt and implement good regulatory practices"),
                // news wording: how long a pause lasts, a relative year and who reports it are no part of the action
                Arguments.of("Beijing will halt its new licensing rules on graphite for one year, the commerce ministry said.",
                        "halt new licensing rules on graphite"),
                Arguments.of("Ottawa will likewise lift for a year certain duties on Chinese canola meal, Bloomberg reported.",
                        "lift certain duties on Chinese canola meal"),
                Arguments.of("Ruritania will open two tin blocks to foreign bidders, Mines Minister Ana Maria Reyes told reporters.",
                        "open two tin blocks to foreign bidders"),
                Arguments.of("The smelter operator will start drilling at the Nevada site next year, according to a company filing.",
                        "start drilling at the Nevada site"),
                Arguments.of("Seoul will protect its nickel supply chains in the interest of shared economic security.",
                        "protect nickel supply chains"),
                Arguments.of("The miner will drop a cobalt levy that would have raised costs for battery makers.",
                        "drop a cobalt levy"),
                Arguments.of("The President will not impose the 50% duty on lithium he had floated last month.",
                        "not impose the 50% duty on lithium"),
                // a series of gerunds after the cue is a series of actions; an example after the object is not
                Arguments.of("Hanoi and Canberra are committed to deepening supply chain cooperation, expanding investment screening"
                        + " and customs work.", "deepen supply chain cooperation; expand investment screening and customs work"),
                Arguments.of("Hanoi is committed to granting market access to Australian exports, including wine and beef.",
                        "grant market access to Australian exports"),
                // a pledge of support keeps its noun as the verb
                Arguments.of("Canberra pledged continued support for Hanoi in nickel refining.", "support Hanoi in nickel refining"),
                // a rejected wish is no cue: the pledge that follows is read
                Arguments.of("\"We no longer want to ship raw ore abroad,\" the minister said, adding that Chile will instead"
                        + " build refineries for lithium carbonate.", "build refineries for lithium carbonate"),
                // an aside between the verb and its object: the recipient goes, the object stays
                Arguments.of("Within 60 days of the date of this order, the Secretary of Energy shall submit to the President,"
                        + " through the Director of the Office of Management and Budget, a plan to expand cobalt refining.",
                        "submit a plan to expand cobalt refining"),
                Arguments.of("The Administrator shall develop a list, in consultation with the agencies concerned, of the"
                        + " nickel grades most critical to defense.", "develop a list of the nickel grades most critical to defense"),
                // the verb after a list of those consulted
                Arguments.of("The Secretary of Commerce shall, in consultation with the Secretary of State, the Secretary of"
                        + " Energy, and the Trade Representative, evaluate proposals for lithium export packages.",
                        "evaluate proposals for lithium export packages"),
                // a modal that closes "everything we can" stays; a figure is not cut from its unit
                Arguments.of("My Administration will continue to do everything we can, including calling on the Congress to act.",
                        "do everything we can"),
                Arguments.of("The reserve will be managed as a single unit comprising the entire 1.87 million-acre Cobalt Ridge National Monument.",
                        "manage reserve as a single unit comprising the entire 1.87 million-acre Cobalt Ridge National Monument"),
                // however many are consulted
                Arguments.of("Within 60 days of the date of this order, the Secretary of the Interior shall, in consultation with the"
                        + " Secretary of State, the Secretary of Defense, the Secretary of Agriculture, the Secretary of Commerce, the"
                        + " Secretary of Labor, the Administrator of General Services, the Director of the Office of Science and"
                        + " Technology Policy, and the Chair of the Council of Economic Advisers, publish a map of antimony deposits.",
                        "publish a map of antimony deposits"),
                // the deadline and the trailing qualifier are left out; the last short complement is kept
                // what another party may do is no part of the pledge
                Arguments.of("Chile will map lithium brines in the Atacama, and the development bank may consider co-financing.",
                        "map lithium brines in the Atacama"),
                // two modifiers of one noun after a preposition are no second action
                Arguments.of("Peru will adopt and implement a prohibition on the importation of copper produced by forced or "
                        + "compulsory labor.", "adopt and implement a prohibition on the importation of copper produced by forced "
                        + "or compulsory labor"),
                Arguments.of("Peru will adopt and implement a prohibition on the importation of copper produced by forced or "
                        + "compulsory labor and strengthen its mine inspections.",
                        "adopt and implement a prohibition on the importation of copper; strengthen its mine inspections"),
                Arguments.of("Japan and the United States intend to take measures to provide at least USD 1 billion in "
                        + "financial support within six months, consistent with their domestic laws.",
                        "take measures to provide at least USD 1 billion in financial support"),
                // "U.S." is one word, written US; the deadline "no later than" ends the action
                Arguments.of("The Ministry shall allow U.S. firms to bid on priority projects no later than 30 June 2026.",
                        "allow US firms to bid on priority projects"),
                Arguments.of("Vietnam shall allow U.S. investors to hold up to 49 percent of shares in rare earth mining companies.",
                        "allow US investors to hold up to 49 percent of shares in rare earth mining companies"),
                Arguments.of("The United States shall treat U.S. and Australian suppliers equally in government procurement.",
                        "treat US and Australian suppliers equally in government procurement"),
                Arguments.of("The Participants will convene a joint committee on critical minerals within 90 days.",
                        "convene a joint committee on critical minerals"),
                // a gerund after "commit to" is given its base form; the clause after a short object says which projects
                Arguments.of("Canada and Australia commit to jointly identifying projects that address gaps in their supply chains.",
                        "jointly identify projects that address gaps in supply chains"),
                Arguments.of("The Participants commit to exchanging information on geological surveys and exploration data.",
                        "exchange information on geological surveys and exploration data"),
                // a possessive before the object is kept; "as appropriate" is a qualifier
                Arguments.of("Korea will support Indonesia's efforts to develop its nickel processing industry, as appropriate.",
                        "support Indonesia's efforts to develop nickel processing industry"),
                // an aside between the cue and the verb is skipped
                Arguments.of("The Parties shall, in accordance with their respective laws and regulations, exchange information "
                        + "on export restrictions.", "exchange information on export restrictions"),
                Arguments.of("The Participants plan to, among other things, coordinate their stockpiling policies.",
                        "coordinate stockpiling policies"),
                Arguments.of("The Secretary of Energy shall, within 180 days of the date of this order, submit a report to the "
                        + "President on domestic graphite production.", "submit a report to the President on domestic graphite production"),
                Arguments.of("The Secretary of the Interior shall, as soon as practicable, but no later than 120 days after the date "
                        + "of this order, publish a list of antimony deposits.", "publish a list of antimony deposits"),
                // a clause of condition between "ensure that" and its content is left out
                Arguments.of("The agency shall ensure that, if a cobalt mine closes, its former workers receive training.",
                        "ensure that its former workers receive training"),
                // a mineral after "and" is a noun of the list, not a second action ("zinc and lead to smelters")
                Arguments.of("Bolivia will supply zinc and lead to smelters in Peru.", "supply zinc and lead to smelters in Peru"),
                Arguments.of("Malaysia will export copper, tin and iron to Japan under the agreement.",
                        "export copper, tin and iron to Japan under the agreement"),
                // "call on X to do", "urge X to do", "encourage X to do": the action is "do …"
                Arguments.of("We call on all partners to refrain from imposing export restrictions on critical minerals.",
                        "refrain from imposing export restrictions on critical minerals"),
                Arguments.of("The leaders urged the private sector to invest in diversified refining capacity in the region.",
                        "invest in diversified refining capacity in the region"),
                Arguments.of("The Minister is calling on refiners to publish the origin of their cobalt.",
                        "publish the origin of cobalt"),
                // an adverb after the told parties' "to" is still before their verb, however the tagger reads it
                Arguments.of("We call on the DPRK to fully comply with its obligations on cobalt exports.",
                        "fully comply with obligations on cobalt exports"),
                Arguments.of("We continue to call on Chile to fully honour its copper supply contracts.",
                        "fully honour copper supply contracts"),
                Arguments.of("The Parties encourage their development finance institutions to co-finance mining projects in third countries.",
                        "co-finance mining projects in third countries"),
                Arguments.of("The ministers called on the International Energy Agency to develop a critical minerals security programme.",
                        "develop a critical minerals security programme"),
                Arguments.of("The President directed the U.S. Trade Representative to initiate negotiations with trading partners "
                        + "on graphite imports.", "initiate negotiations with trading partners on graphite imports"),
                Arguments.of("I encourage all Americans — including schools, unions, and mining towns — to observe this week with "
                        + "exhibits on copper.", "observe this week with exhibits on copper"),
                Arguments.of("We encourage the private sector to invest in responsible mining, processing and recycling of critical minerals.",
                        "invest in responsible mining, processing and recycling of critical minerals"),
                Arguments.of("The Participants should encourage their national oil companies to consider co-investment in "
                        + "lithium brine projects.", "consider co-investment in lithium brine projects"),
                // "call for" is the action's own verb
                Arguments.of("The Administration will call for the immediate release of detained mining executives.",
                        "call for the immediate release of detained mining executives"),
                // "by the end of", "over the next five years", "until", "by March 2026": deadlines
                Arguments.of("The two governments plan to establish a price floor mechanism for rare earth oxides by the end of 2027.",
                        "establish a price floor mechanism for rare earth oxides"),
                Arguments.of("Vietnam agreed to purchase up to 2 million tonnes of U.S. coal over the next five years.",
                        "purchase up to 2 million tonnes of US coal"),
                Arguments.of("The Department of Commerce will extend tariff exclusions for gallium and germanium imports until "
                        + "31 December 2026.", "extend tariff exclusions for gallium and germanium imports"),
                Arguments.of("Saudi Arabia will invest $5 billion in U.S. copper smelting capacity over the next five years.",
                        "invest $5 billion in US copper smelting capacity"),
                Arguments.of("The Participants aim to conclude negotiations on a critical minerals agreement within six months.",
                        "conclude negotiations on a critical minerals agreement"),
                Arguments.of("Argentina will eliminate import licensing requirements for U.S. medical devices by the end of 2026.",
                        "eliminate import licensing requirements for US medical devices"),
                Arguments.of("Peru will publish its rules on copper concentrate exports by March 31, 2027.",
                        "publish rules on copper concentrate exports"),
                Arguments.of("Kenya shall suspend the cobalt export levy until Sept. 30, 2027.",
                        "suspend the cobalt export levy"),
                // qualifiers: "including", "subject to", "where possible", "in line with", "to the extent"
                Arguments.of("The Participants intend to share information on investment opportunities, including through regular "
                        + "meetings of experts.", "share information on investment opportunities"),
                Arguments.of("The European Union and Chile are determined to strengthen the resilience of lithium supply chains, "
                        + "subject to available resources.", "strengthen the resilience of lithium supply chains"),
                Arguments.of("The Government of the Philippines will streamline permitting for nickel processing plants, where possible.",
                        "streamline permitting for nickel processing plants"),
                Arguments.of("The Ministry of Mines intends to auction 20 lithium blocks, in line with the National Critical Mineral Mission.",
                        "auction 20 lithium blocks"),
                Arguments.of("The Participants intend to cooperate on the development of critical minerals projects in Kazakhstan, "
                        + "as appropriate.", "cooperate on the development of critical minerals projects in Kazakhstan"),
                Arguments.of("Both countries will leverage their development finance institutions, including DFC and JBIC, to "
                        + "mobilize private capital.", "leverage development finance institutions"),
                // cue residues ("seek to", "endeavor to") and light verbs ("work together to", "continue to") go
                Arguments.of("Each Participant should endeavor to promote responsible mining practices where appropriate.",
                        "promote responsible mining practices"),
                Arguments.of("The European Union and Japan will seek to jointly finance strategic projects, including in third countries.",
                        "jointly finance strategic projects"),
                Arguments.of("Peru will look to expand cobalt refining in the south.", "expand cobalt refining in the south"),
                Arguments.of("The partnership aims to deepen Peru-Chile trade in cobalt at a time when prices are falling.",
                        "deepen Peru-Chile trade in cobalt"),
                Arguments.of("The United States and Argentina will work together to address non-tariff barriers affecting trade "
                        + "in beef, consistent with their domestic laws.", "address non-tariff barriers affecting trade in beef"),
                Arguments.of("Malaysia will continue to develop its downstream rare earth processing capacity, in line with its "
                        + "national policy.", "develop downstream rare earth processing capacity"),
                Arguments.of("The Parties will continue to work closely to develop common standards for battery passports.",
                        "develop common standards for battery passports"),
                Arguments.of("The ministers also agreed to launch a feasibility study on a joint rare earth separation facility "
                        + "in Kenya.", "launch a feasibility study on a joint rare earth separation facility"),
                // another clause: ", which", "and will", "; and"; a coordinated action is joined after "; "
                Arguments.of("The Parties shall establish a Critical Minerals Council, which shall meet annually.",
                        "establish a Critical Minerals Council"),
                Arguments.of("The DFC will provide a loan of up to $500 million to Kwale Mining, which will double its output.",
                        "provide a loan of up to $500 million to Kwale Mining"),
                Arguments.of("The United Kingdom and India resolve to deepen cooperation on battery recycling and will hold a "
                        + "ministerial dialogue annually.", "deepen cooperation on battery recycling; hold a ministerial dialogue annually"),
                Arguments.of("The two leaders agreed to strengthen cooperation on nuclear energy, and will hold a strategic "
                        + "dialogue every year.", "strengthen cooperation on nuclear energy; hold a strategic dialogue"),
                Arguments.of("Both sides will seek to expand trade in processed minerals and to reduce non-tariff barriers.",
                        "expand trade in processed minerals; reduce non-tariff barriers"),
                // a dash aside right after the cue is left out; the verb after it opens the action
                Arguments.of("Ruritania must—and can—supply refined cobalt to its partners.", "supply refined cobalt to partners"),
                // a relative clause whose verb the tagger reads as a modifier still says which things are meant
                Arguments.of("Chile will lift restrictions that limit exports of lithium carbonate.",
                        "lift restrictions that limit exports of lithium carbonate"),
                Arguments.of("Kenya will publish the rules that the ministry adopts.", "publish the rules"),
                // a further action's short cut does not split its object, but leaves a later complement out
                Arguments.of("Peru will expand refining capacity and offer tax credits for critical minerals processing.",
                        "expand refining capacity; offer tax credits for critical minerals processing"),
                Arguments.of("Zambia will review its cobalt policy, and meet high environmental and social standards in mining.",
                        "review cobalt policy; meet high environmental and social standards in mining"),
                Arguments.of("Ghana will map its deposits and support the adoption of a common standard for bauxite.",
                        "map deposits; support the adoption of a common standard"),
                // negation is part of the action
                Arguments.of("The Parties shall not adopt or maintain export duties on critical minerals traded between them.",
                        "not adopt or maintain export duties on critical minerals traded between them"),
                // a passive provision names what is acted on
                Arguments.of("Such projects shall be prioritized in the allocation of federal financing.",
                        "prioritize such projects in the allocation of federal financing"),
                // a participle's verb takes back its "e" ("determined" → "determine"), not where it has none ("maintained")
                Arguments.of("The origin of the copper shall be examined by the customs authority of the importing Party.",
                        "examine origin of the copper by the customs authority of the importing Party"),
                Arguments.of("Lithium stocks shall be maintained by the State Reserve Agency.",
                        "maintain Lithium stocks"),
                Arguments.of("(ii) Comments from the public shall be carried out through a notice in the Federal Register.",
                        "carry out comments through a notice in the Federal Register"),
                // a provision's number is not its subject; a name keeps its capitals
                Arguments.of("7.2 This Agreement shall be governed by the laws of the Republic of Chile.",
                        "govern Agreement by the laws of the Republic of Chile"),
                Arguments.of("A Joint Steering Committee shall be established within three months.",
                        "establish Joint Steering Committee"),
                // a state to reach is the content: "be consistent with …" → "make X consistent with …"
                Arguments.of("The Participants expect that these reductions will be consistent with their WTO obligations.",
                        "make reductions consistent with WTO obligations"),
                Arguments.of("Peru expects Canada's new permitting rules will be consistent with this Memorandum.",
                        "make Canada's new permitting rules consistent with this Memorandum"),
                Arguments.of("The duty cuts shall be effective from the first day of the month after signature.",
                        "make duty cuts effective"),
                Arguments.of("Japan will be able to supply gallium to its partners.", "supply gallium to partners"),
                // a relative clause's verb without an object takes its preposition and antecedent
                Arguments.of("The projects on which Canada and Chile will collaborate include lithium refining.",
                        "collaborate on projects"),
                Arguments.of("The sectors in which Japan and Chile intend to cooperate are listed in the Annex.",
                        "cooperate in sectors"),
                // the parties' possessives are left out like the parties, "its own" is kept
                Arguments.of("Australia and India will deepen their partnership on lithium refining.",
                        "deepen partnership on lithium refining"),
                Arguments.of("Each Participant shall bear its own costs.", "bear its own costs"),
                // "ensure that X does Y": the clause is the content, without "that"
                Arguments.of("Canada will promptly ensure that tariffs on Korean nickel products do not exceed 10 percent.",
                        "ensure tariffs on Korean nickel products do not exceed 10 percent"),
                Arguments.of("The Parties shall ensure that their export licensing rules do not restrict trade in graphite.",
                        "ensure export licensing rules do not restrict trade in graphite"),
                // a noun that names the action after the cue is read as its verb
                Arguments.of("The ministers look forward to the next convening of the Energy Ministers Dialogue.",
                        "convene the next Energy Ministers Dialogue"),
                Arguments.of("Both sides look forward to greater cooperation and mobilization of capital to support nickel refining.",
                        "cooperate and mobilize capital to support nickel refining"),
                Arguments.of("We look forward to closer collaboration with Chile on lithium.", "collaborate with Chile on lithium"),
                // an object with its own possessive takes no modifier of the noun before it
                Arguments.of("Peru has committed to the rapid development of its lithium and copper sectors.",
                        "develop its lithium and copper sectors"),
                // an "-ing" word that only describes the pledged noun is no verb: the noun takes "support"
                Arguments.of("Both governments remain committed to an enduring partnership on cobalt supply.",
                        "support an enduring partnership on cobalt supply"),
                Arguments.of("Chile and Peru remain committed to an enduring partnership based on shared interests in copper.",
                        "support an enduring partnership"),
                Arguments.of("Ghana remains committed to a lasting settlement with its neighbours.",
                        "support a lasting settlement with neighbours"),
                // a gerund right after a cue's "on" is its verb
                Arguments.of("Peru has made commitments on removing duties on Korean graphite.", "remove duties on Korean graphite"),
                // a passive participle whose consonant is not doubled keeps it: "rooted" → "root", "planned" → "plan"
                Arguments.of("Our copper trade shall be rooted in open markets.", "root copper trade in open markets"),
                // a deadline in commas between the verb's object and its complement
                Arguments.of("Each Side will provide comments, within 30 days, on the draft work plan.",
                        "provide comments on the draft work plan"),
                // adverbial tails and modifiers of the object end the action
                Arguments.of("Each Participant will provide information on upcoming tenders at the earliest practicable moment.",
                        "provide information on upcoming tenders"),
                Arguments.of("The Parties will conduct the activities provided for under this Agreement.", "conduct the activities"),
                Arguments.of("The two governments will hold a minerals forum every year, alternating between the two capitals.",
                        "hold a minerals forum every year"),
                Arguments.of("The United States and Peru intend to conclude a minerals agreement, building on their trade pact.",
                        "conclude a minerals agreement"),
                // a coordinated action after a modifier of the first one's object
                Arguments.of("The two governments will jointly identify projects capable of closing gaps in their supply chains "
                        + "and adopt financing measures for them.", "jointly identify projects; adopt financing measures for them"),
                // never half a word
                Arguments.of("They will enhance opportunities for technical cooperation between EU- and Korea-based standards "
                        + "development organizations.", "enhance opportunities for technical cooperation between EU- and Korea-based "
                        + "standards development organizations"),
                // an aside right after the verb is left out
                Arguments.of("The Secretary shall consider, as part of the review, new tariffs on imports of tungsten products.",
                        "consider new tariffs on imports of tungsten products"),
                // an aside in parentheses and quote marks are left out
                Arguments.of("Australia will establish a strategic reserve of critical minerals (the Critical Minerals Strategic "
                        + "Reserve) with an initial A$1.2 billion.",
                        "establish a strategic reserve of critical minerals with an initial A$1.2 billion"),
                Arguments.of("The companies signed an offtake agreement to \"secure\" long-term supplies of cobalt hydroxide.",
                        "secure long-term supplies of cobalt hydroxide"),
                // a quoted pledge in a news report
                Arguments.of("\"We will work with our partners to diversify supply chains for gallium and germanium,\" the "
                        + "minister said.", "work with partners to diversify supply chains for gallium and germanium"),
                Arguments.of("Officials said both governments would seek to finalize the agreement before the summit in November.",
                        "finalize the agreement before the summit in November"),
                Arguments.of("MP Materials plans to build a second magnet manufacturing facility in Texas, with production "
                        + "expected to begin in 2028.", "build a second magnet manufacturing facility in Texas"),
                // an action too long is cut after a noun, never after a preposition, article or conjunction
                Arguments.of("The head of each agency shall prioritize the completion of all permits for mineral production "
                        + "projects located on federal lands managed by the Bureau of Land Management.",
                        "prioritize the completion of all permits for mineral production projects"),
                Arguments.of("The Secretary of Defense shall use the authority under the Defense Production Act to expand "
                        + "domestic refining capacity for antimony.", "use the authority under the Defense Production Act to expand "
                        + "domestic refining capacity"),
                // emphasis marks glued to a word do not cost it
                Arguments.of("Minas Gerais Lithium Corp will invest $1.4 billion in a hydroxide refinery in Araçuaí** over the next "
                        + "four years.", "invest $1.4 billion in a hydroxide refinery in Araçuaí"),
                // a passive provision with an adverb, "not", a participle tagged as an adjective, an aside or an agent
                Arguments.of("All sampling campaigns shall be undertaken with the consent of the landholders.",
                        "undertake sampling campaigns with the consent of the landholders"),
                Arguments.of("Such restrictions shall not be applied to cobalt concentrates in transit.",
                        "not apply such restrictions to cobalt concentrates in transit"),
                Arguments.of("No new export levies or charges having equivalent effect shall be introduced by the Parties.",
                        "introduce no new export levies or charges having equivalent effect"),
                Arguments.of("Progress reports of the joint task force shall be submitted, on a semi-annual basis, to the Ministers.",
                        "submit progress reports of the joint task force to the Ministers"),
                // a long aside between the cue and the verb
                Arguments.of("The Minister of Mines shall, drawing on the survey data compiled by the Geological Service and in "
                        + "consultation with provincial authorities, publish a register of graphite deposits.",
                        "publish a register of graphite deposits"),
                // the recipient before the object is left out
                Arguments.of("The Secretary shall submit to the President and the National Security Council an assessment of "
                        + "tungsten import dependence.", "submit an assessment of tungsten import dependence"),
                // what is encouraged when no one is told to act; the told party's verb after "urge that"
                Arguments.of("We encourage the responsible development of deep-sea mineral resources in the Pacific.",
                        "encourage the responsible development of deep-sea mineral resources in the Pacific"),
                Arguments.of("The ministers urge that the Council adopt the battery due diligence regulation without further delay.",
                        "adopt the battery due diligence regulation"),
                // a clause of the object opened by its subject ends the action
                Arguments.of("The Agency will identify other ways it can support small-scale miners in the region.",
                        "identify other ways"),
                // a coordinated verb after an aside
                Arguments.of("The Parties shall respond to requests for information in English and, upon request, provide copies "
                        + "of the relevant licences.", "respond to requests for information in English; provide copies of the relevant licences"),
                Arguments.of("Chile intends to designate the Atacama salt flats as a strategic reserve in recognition of their "
                        + "importance to lithium supply.", "designate the Atacama salt flats as a strategic reserve"),
                // verbs in a series with commas are joined like coordinated ones
                Arguments.of("Canada and Peru will finalize the agreement, prepare the agreement for signature, and complete their "
                        + "domestic procedures in the coming weeks.", "finalize the agreement; prepare the agreement for signature"),
                // a news report's attribution ends the action
                Arguments.of("The Export-Import Bank of Korea plans to lend up to $500 million for the refinery, a bank "
                        + "spokesperson said.", "lend up to $500 million for the refinery"),
                // a gerund the tagger read as a noun still gives its verb
                Arguments.of("Canada and Peru are committed to advancing the traceability of copper concentrates.",
                        "advance the traceability of copper concentrates"),
                // how soon or how much is not what is done
                Arguments.of("Ghana will significantly increase its exports of refined manganese to India.",
                        "increase exports of refined manganese to India"),
                Arguments.of("The Commission shall expeditiously publish the list of strategic projects.",
                        "publish the list of strategic projects"),
                // the verb after "to" is the action's, however the tagger reads it, also when a deadline follows it
                Arguments.of("The ministers instruct their officials to develop, within 90 days, a joint roadmap for cobalt refining.",
                        "develop a joint roadmap for cobalt refining"),
                // a clause that says which things a short object means is kept
                Arguments.of("Norway will fund projects that recover vanadium from steel slag.",
                        "fund projects that recover vanadium from steel slag"),
                Arguments.of("The Bank will consider loans for smelters that use renewable power.",
                        "consider loans for smelters that use renewable power"),
                // a coordinated clause with its own subject and cue is a further action of the same sentence
                Arguments.of("Peru will open three copper blocks to tender, and the Korean side will finance a feasibility study "
                        + "for a smelter.", "open three copper blocks to tender; finance a feasibility study for a smelter"),
                Arguments.of("Brazil will cut its export tax on niobium and intends to introduce a licensing scheme for tantalum.",
                        "cut export tax on niobium; introduce a licensing scheme for tantalum"),
                Arguments.of("Chile will publish the tender rules for lithium, and the Ministry of Mining will grant the permits "
                        + "within a year.", "publish the tender rules for lithium; grant the permits"),
                // a pledge to ask others to act is the party's own action, with the told parties but without their aside
                Arguments.of("The Korean side will encourage its battery makers to sign offtake agreements with Chilean producers.",
                        "encourage battery makers to sign offtake agreements with Chilean producers"),
                Arguments.of("Both governments will invite other partners, including India and Brazil, to join the stockpiling pilot.",
                        "invite other partners to join the stockpiling pilot"),
                Arguments.of("Laos would encourage Thai smelters to buy more of its potash, the minister said.",
                        "encourage Thai smelters to buy more of potash"),
                // two verbs around an aside share their object
                Arguments.of("Zambia will review and, where appropriate, tighten its rules on the export of copper concentrate.",
                        "review and tighten rules on the export of copper concentrate"),
                // a series of short nouns goes on to its last item
                Arguments.of("The agencies will support the exploration, processing and recycling of tin and tungsten, in line "
                        + "with their mandates.", "support the exploration, processing and recycling of tin and tungsten"),
                // a passive provision's subject keeps the complement that ends it
                Arguments.of("Any measure restricting imports of graphite shall be notified to the Committee.",
                        "notify measure restricting imports of graphite to the Committee"),
                Arguments.of("Requests for technical assistance shall be answered within 60 days.",
                        "answer requests for technical assistance"),
                // the preposition after "desirous" is the cue's
                Arguments.of("DESIROUS of deepening their cooperation on cobalt refining;", "deepen cooperation on cobalt refining"),
                // "continue" before a gerund only says the action goes on
                Arguments.of("The Parties will continue cooperating on the recycling of lithium batteries.",
                        "cooperate on the recycling of lithium batteries"),
                // a long name defined with a short one reads as the short name, which leaves room for the object
                Arguments.of("The Parties will amend their Customs Mutual Assistance Agreement (CMAA) to prevent customs fraud.",
                        "amend CMAA to prevent customs fraud"),
                Arguments.of("Korea shall ensure that the Critical Minerals Investment Law (CMIL) and the Mining Permits Act (MPA) "
                        + "do not restrict foreign investment.", "ensure the CMIL and the MPA do not restrict foreign investment"),
                Arguments.of("Japan will apply the higher of the Most Favored Nation (MFN) rate or 10 percent on imports of cobalt.",
                        "apply the higher of the MFN rate or 10 percent on imports of cobalt"),
                // a gerund before its noun is inside the noun phrase the word limit would cut
                Arguments.of("Vietnam will provide loans for a feasibility study on a new tin and tungsten smelting plant, to be "
                        + "completed within two years.", "provide loans for a feasibility study on a new tin and tungsten smelting plant"),
                // a gerund's verb with or without its "e", where the lemmatizer guesses it wrongly
                Arguments.of("Peru has committed to investing in rural ports and streamlining permits for smelters.",
                        "invest in rural ports; streamline permits for smelters"),
                Arguments.of("Both sides committed to restoring degraded land and monitoring tailings dams.",
                        "restore degraded land; monitor tailings dams"),
                // a pledge named as a noun before the verb is no part of the action
                Arguments.of("The two governments reaffirm their firm commitment to upholding the agreements reached by the border committee.",
                        "uphold the agreements reached by the border committee"),
                // a vague time, a manner and a purpose of the talks are no part of the action
                Arguments.of("Chile and Peru agreed to continue technical work on a copper data standard in the coming weeks.",
                        "continue technical work on a copper data standard"),
                Arguments.of("The Parties intend to begin negotiations on a minerals chapter with the aim to conclude them soon.",
                        "begin negotiations on a minerals chapter"),
                Arguments.of("Kenya will apply its mining code in a way that does not discriminate against foreign investors.",
                        "apply mining code"),
                // a phrase is not cut after an adverb or an adjective of a coordination, nor after a verb before its object
                Arguments.of("The Participants intend to build a stable and balanced minerals relationship on a fair and mutually "
                        + "advantageous basis with partners across the region and beyond.",
                        "build a stable and balanced minerals relationship"),
                // purposes in a series with semicolons, after a qualifier that ended the first
                Arguments.of("The Sides intend to deepen cooperation between the Sides on graphite supply chains; to promote "
                        + "investment in anode production; and to support training programs for engineers.",
                        "deepen cooperation; promote investment in anode production; support training programs for engineers"),
                // a complement after an aside in commas completes a short phrase
                Arguments.of("Japan and India will work together, as appropriate, on the recycling of rare earth magnets.",
                        "work together on the recycling of rare earth magnets"),
                Arguments.of("Korea will strengthen dialogue with producers, including Chile, Peru and Zambia, on copper supply.",
                        "strengthen dialogue with producers on copper supply"),
                Arguments.of("We will strengthen dialogue with partners, including Chile and Peru, on copper supply.",
                        "strengthen dialogue with partners on copper supply"),
                Arguments.of("The Minister shall deliver to the Cabinet, within 60 days of this decision, a review of cobalt imports.",
                        "deliver to the Cabinet a review of cobalt imports"),
                Arguments.of("The Agency shall determine, within 90 days, whether domestic stocks of antimony are sufficient.",
                        "determine whether domestic stocks of antimony are sufficient"),
                // "within" bounds a time only before a number or a time word
                Arguments.of("The Parties will cooperate within the Minerals Security Partnership on cobalt projects.",
                        "cooperate within the Minerals Security Partnership on cobalt projects"),
                Arguments.of("The Parties will publish the roadmap within a reasonable period.", "publish the roadmap"),
                // a relative clause's verb at the end of the sentence takes its antecedent
                Arguments.of("Lithium recycling is among the topics on which the two ministries will cooperate.",
                        "cooperate on topics"),
                // a cue that takes a noun phrase: the verb the noun takes, or "support"
                Arguments.of("We look forward to the second ministerial meeting in Lima.", "hold the second ministerial meeting in Lima"),
                Arguments.of("The ministers look forward to the next convening.", "hold the next convening"),
                Arguments.of("The two governments reaffirmed their commitment to a rules-based international order.",
                        "uphold a rules-based international order"),
                Arguments.of("Both sides are committed to the success of the Lobito Corridor.",
                        "support the success of the Lobito Corridor"),
                Arguments.of("The Participants are committed to deepening and broadening cooperation in the nickel sector.",
                        "deepen and broaden cooperation in the nickel sector"),
                // a purpose after the object is left out, unless the object only names a means
                Arguments.of("The Parties will strengthen joint research to ensure the long-term competitiveness of their industries.",
                        "strengthen joint research"),
                Arguments.of("Each Side will take appropriate measures to ensure the security of supply of tungsten.",
                        "take appropriate measures to ensure the security of supply of tungsten"),
                // "as follows", a heading's full stop and "prior to" end the action
                Arguments.of("The Secretary shall conduct the review as follows:", "conduct the review"),
                Arguments.of("Each Party shall notify the other Party prior to the adoption of such a measure.", "notify the other Party"),
                // "ensure that" with a subject too long for the action: its head noun phrase and its verb
                Arguments.of("Each Party shall ensure that fees charged by its competent authorities in respect of the processing "
                        + "of an application are reasonable.", "ensure fees are reasonable"),
                Arguments.of("Korea intends to ensure that the duty rate, comprised of the MFN duty and the duty imposed under "
                        + "Section 301, applied to graphite goods of Chile, does not exceed 10 percent.",
                        "ensure the duty rate does not exceed 10 percent"),
                // a later action is looked for after the whole of the one before, and keeps its complement after an aside
                Arguments.of("The Participants intend to share data on exploration; assist Peru in mapping its copper deposits; "
                        + "and coordinate, as appropriate, on joint projects.",
                        "share data on exploration; assist Peru in mapping; coordinate on joint projects"),
                // a bare verb takes its object after a qualifier or a deadline that follows it at once
                Arguments.of("Each Party shall answer within thirty days all reasonable enquiries about its licensing criteria.",
                        "answer all reasonable enquiries about licensing criteria"),
                Arguments.of("Each Party shall provide in a timely manner responses to all reasonable requests for information.",
                        "provide responses to all reasonable requests for information"),
                Arguments.of("Officials at each border crossing shall meet in order to exchange views on practical problems.",
                        "meet to exchange views on practical problems"),
                Arguments.of("Each Party shall ensure, to the extent possible, that a reasonable interval is provided before new "
                        + "rules apply.", "ensure a reasonable interval is provided before new rules apply"),
                // a means' purpose after a qualifier is its content
                Arguments.of("The Parties shall take measures, as appropriate, to prevent the export of counterfeit goods.",
                        "take measures to prevent the export of counterfeit goods"),
                // an adjective before "and" and another adjective ends the phrase where no noun follows them
                Arguments.of("We commit to making geological data on copper deposits accessible and affordable.",
                        "make geological data on copper deposits accessible and affordable"),
                // a series of nouns goes on after a serial comma
                Arguments.of("The Parties will share technologies related to lithium extraction, separation, and refining.",
                        "share technologies related to lithium extraction, separation, and refining"),
                // an effort is no act of its own: its purpose is, also in a later action
                Arguments.of("The Parties will intensify their efforts to eliminate forced labor in mining.",
                        "eliminate forced labor in mining"),
                Arguments.of("The Parties committed to deepening their defense relationship and expanding efforts to address the "
                        + "global drug crisis.", "deepen defense relationship; address the global drug crisis"),
                // infinitives in a series that "and to" closes are actions of their own; a lone purpose after a comma is not
                Arguments.of("They resolve to ensure that democracy delivers for their citizens, to uphold the rule of law, to "
                        + "defend human rights, and to counter inequality.",
                        "ensure democracy delivers for citizens; uphold the rule of law; defend human rights"),
                Arguments.of("The Parties intend to strengthen trade in critical minerals, to ensure reliable supplies.",
                        "strengthen trade in critical minerals"),
                // efforts name no act of their own: their purpose stays
                Arguments.of("The ministries will coordinate their efforts to ensure fair access to geological data.",
                        "coordinate efforts to ensure fair access to geological data"),
                // the limits of the parties' powers are a qualifier; a means keeps its purpose after it
                Arguments.of("All agencies shall take all appropriate measures within their authority to implement this order.",
                        "take all appropriate measures to implement this order"),
                // two coordinated verbs share an object, also in a later action
                Arguments.of("The Sides will build a refinery and expand and modernize the port of Lobito.",
                        "build a refinery; expand and modernize the port"),
                // a qualifier before the verb is left out, also where the tagger misreads the verb after it
                Arguments.of("The Ministry shall, in consultation with the Geological Survey and the Office of the Prime Minister, "
                        + "adopt such rules as are necessary for cobalt exports.", "adopt such rules as are necessary for cobalt exports"),
                Arguments.of("The Participants will, as appropriate, share geological data on lithium brines.",
                        "share geological data on lithium brines"),
                // how often is said with an adverb; a long manner gives way to it, a purpose after it stays
                Arguments.of("The Joint Committee on Nickel shall meet on a regular basis, and at least twice a year.", "meet regularly"),
                Arguments.of("The Parties will meet in person or virtually at the working level on a regular basis to review "
                        + "graphite projects.", "meet regularly to review graphite projects"),
                Arguments.of("Each Party shall submit data on a quarterly basis to the Joint Committee.",
                        "submit data quarterly to the Joint Committee"),
                Arguments.of("The Agency shall on an annual basis publish a report on tin imports.", "annually publish a report on tin imports"),
                // a gerund after "committed to" or "keep" is given its base form
                Arguments.of("Canada remains committed to caring for the communities near its nickel mines.",
                        "care for the communities near nickel mines"),
                Arguments.of("We must keep building on our cooperation with Chile on lithium.", "build on cooperation with Chile on lithium"),
                // the gerunds coordinated with a gerund head are verbs too; a gerund that closes an object is not
                Arguments.of("Ghana is committed to fully modernizing its mining cadastre and publishing all cobalt licences.",
                        "fully modernize mining cadastre and publish all cobalt licences"),
                Arguments.of("The partners are committed to mapping, protecting, and restoring wetlands near lithium mines.",
                        "map, protect, and restore wetlands near lithium mines"),
                Arguments.of("Chile remains committed to working with mining communities to bring jobs and healing.",
                        "work with mining communities to bring jobs and healing"),
                // a body that a provision with "there" sets up is established; "there will be no tariff" sets up nothing
                Arguments.of("There shall be established a Joint Steering Committee to oversee cooperation on cobalt.",
                        "establish a Joint Steering Committee to oversee cooperation on cobalt"),
                Arguments.of("There shall be a Working Group on Rare Earths, which shall be chaired by both sides.",
                        "establish a Working Group on Rare Earths"),
                Arguments.of("There will be no tariff on lithium carbonate.", "be no tariff on lithium carbonate"),
                // "intend for X to act": the act
                Arguments.of("The United States intends for its development bank to provide loans to graphite projects in Mozambique.",
                        "provide loans to graphite projects in Mozambique"),
                // a state sought, named by its participle, is the act that brings it about
                Arguments.of("The two countries seek improved refining capacities for rare earths.", "improve refining capacities for rare earths"),
                // a list in the same sentence gives a verb without an object of its own its first item
                Arguments.of("The Participants intend to cooperate in the following areas: exploration, processing and recycling of "
                        + "cobalt.", "cooperate in exploration, processing and recycling of cobalt"),
                Arguments.of("The Parties shall consider: (a) joint stockpiling of rare earths; (b) coordinated export controls.",
                        "consider joint stockpiling of rare earths"),
                // a means named by a common noun after "through" is left out; a named body through which the parties act stays
                Arguments.of("The Parties will promote fair competition in cobalt markets through closer coordination of export policies.",
                        "promote fair competition in cobalt markets"),
                Arguments.of("Japan will provide loans through the Japan Bank for International Cooperation to nickel smelters.",
                        "provide loans through the Japan Bank for International Cooperation to nickel smelters"),
                // a first action cut by the word limit is still followed by the action after its semicolon
                Arguments.of("Japan and Chile will share data, maps, and technical expertise on modern exploration methods to raise the "
                        + "efficiency of the mining sector; train mine inspectors; and coordinate on tailings management.",
                        "share data, maps, and technical expertise on modern exploration methods; train mine inspectors"),
                // plural nouns the tagger reads as verbs go on with their series
                Arguments.of("The Ministry will coordinate efforts to embed traceability principles, policies, and approaches across "
                        + "the copper sector.", "coordinate efforts to embed traceability principles, policies, and approaches across the copper sector"),
                // a choice is cut after its last option, not at "or"
                Arguments.of("The Ministry intends to apply the higher of either the most-favored-nation (MFN) duty rate or a duty rate of"
                        + " 12 percent, comprised of the MFN duty and a surcharge, on imports of refined cobalt.",
                        "apply the higher of either the most-favored-nation duty rate or a duty rate of 12 percent"),
                // "if" after a verb that takes a question is no condition, also after an aside
                Arguments.of("The Agency shall determine if a lithium project is eligible for a loan guarantee.",
                        "determine if a lithium project is eligible for a loan guarantee"),
                Arguments.of("The Commission intends to determine, in its review of export licences, if the exporters of graphite have met"
                        + " their supply commitments.", "determine if the exporters of graphite have met their supply commitments"),
                // "ensure that X, <aside>, does Y": the aside goes, the clause's verb stays
                Arguments.of("The Parties shall ensure that the Joint Committee, in consultation with industry, reviews the stockpile"
                        + " targets for rare earths.", "ensure the Joint Committee reviews the stockpile targets for rare earths"),
                // a clause with a modal that says which mechanism is meant
                Arguments.of("The Ministry shall establish a mechanism that will allow nickel exporters to apply for a zero tariff rate.",
                        "establish a mechanism that will allow nickel exporters to apply for a zero tariff rate"),
                // adjectives of one noun in a series with commas
                Arguments.of("The Participants intend to build harmonized, transparent, science-based standards for battery recycling.",
                        "build harmonized, transparent, science-based standards for battery recycling"),
                // a further pledge of the same subject after a modifier the action leaves out
                Arguments.of("The Government will maintain at 10 percent the export duty, as set forth in Decree 12 of 2024, on cobalt"
                        + " concentrate, and will identify projects eligible for a lower rate.",
                        "maintain at 10 percent the export duty; identify projects eligible for a lower rate"),
                // a reaffirmed commitment is no action when a pledge with a cue of its own follows
                Arguments.of("The Parties reaffirm their commitments under the Agreement on Trade in Minerals and intend to discuss the"
                        + " implementation of their respective offtake commitments.",
                        "discuss the implementation of respective offtake commitments"),
                // a purpose that names a gain, not an act, is left out after a full object
                Arguments.of("The Parties intend to launch a joint task force on graphite to deepen understanding of supply risks.",
                        "launch a joint task force on graphite"),
                // "including" after a preposition is a gerund, not the start of examples
                Arguments.of("The Secretary shall establish a process for including additional tungsten articles within the scope of"
                        + " the duties.", "establish a process for including additional tungsten articles within the scope of the duties"),
                // the modal of a relative clause after a coordinated object opens no clause of its own
                Arguments.of("The Parties shall set up clear and simple procedures which would be suitable for the inspection of tin ore.",
                        "set up clear and simple procedures"),
                // an aside between the modal and "be", or between two verbs and their object, is left out
                Arguments.of("Such tin products shall, from the day three years after the date on which this Protocol first applies to"
                        + " them, be and remain free of export duties;", "be and remain free of export duties"),
                Arguments.of("These graphite goods shall, from each of the dates set out below, not be subject to export duties above"
                        + " the rate shown;", "not be subject to export duties above the rate shown"),
                Arguments.of("Each Party shall lower and remove, in line with the schedule of this Chapter, export duties on nickel"
                        + " matte.", "lower and remove export duties on nickel matte"),
                Arguments.of("The Government of Laos shall endeavour to exempt, fully or in part, imports of zinc from licensing"
                        + " requirements.", "exempt imports of zinc from licensing requirements"),
                // an effort or steps taken, with the parties and modifiers, carry the act after their "to"; measures stay
                Arguments.of("The Parties will step up their joint efforts to dismantle networks engaged in the smuggling of gold.",
                        "dismantle networks engaged in the smuggling of gold"),
                Arguments.of("Both sides shall take all appropriate steps to simplify customs procedures for exporters of tin.",
                        "simplify customs procedures for exporters of tin"),
                Arguments.of("The Ministries will make concerted efforts to remove barriers to trade in tin.",
                        "remove barriers to trade in tin"),
                Arguments.of("The Parties shall make every effort to settle disputes on cobalt quotas amicably.",
                        "settle disputes on cobalt quotas amicably"),
                Arguments.of("The Parties shall take steps on the matters raised by the cobalt producers.",
                        "take steps on the matters raised by the cobalt producers"),
                // "shall be:" before a list of gerunds: the first item's act
                Arguments.of("The tasks of the Working Group on Tin shall be: (a) monitoring the supply of tin ore; (b) proposing"
                        + " joint projects.", "monitor the supply of tin ore"),
                // after a pronoun that names nothing, the means says what is done; after a full object it is left out
                Arguments.of("The Parties are committed to reaching this by pooling public funds for nickel refineries.",
                        "reach this by pooling public funds for nickel refineries"),
                Arguments.of("The Parties are committed to securing supplies of cobalt by pooling public funds.",
                        "secure supplies of cobalt"),
                // a series of gerunds shares its object, whatever the tagger reads its middle one as
                Arguments.of("The Ministers are committed to strengthening, diversifying and securing supply chains for graphite.",
                        "strengthen, diversify and secure supply chains for graphite"),
                // a condition of service is no part of it
                Arguments.of("Members of the Panel shall serve contingent on their confirmation by the Senate.", "serve"),
                // a participle that describes a bare noun stays; after a whole object it is left out
                Arguments.of("The Commission shall settle claims arising from the allocation of cobalt quotas.",
                        "settle claims arising from the allocation of cobalt quotas"),
                Arguments.of("The Parties shall settle the claims arising from the allocation of cobalt quotas.",
                        "settle the claims"),
                // a clause of time or a condition after the act is no part of it
                Arguments.of("The Deputy Chair shall chair the meetings of the Board on Tin until the Minister appoints a new Chair.",
                        "chair the meetings of the Board on Tin"),
                Arguments.of("The Parties agree to consult each other in the event of either of them facing shortages of graphite.",
                        "consult each other"),
                Arguments.of("We will never give up until every miner is home safely.", "never give up"),
                Arguments.of("The licensee shall hold harmless and indemnify the Republic for any claimed or adjudged liability arising"
                        + " out of the dredging.", "hold harmless and indemnify the Republic for any claimed or adjudged liability"),
                // a series of verbs is no aside
                Arguments.of("The Parties shall promote, facilitate, and expand trade in refined copper.",
                        "promote, facilitate, and expand trade in refined copper"),
                // a third-person verb after "and" is the subject's next clause, not part of a base-form or gerund action;
                // inside a clause of the action ("ensure that …") it is that clause's verb
                Arguments.of("The Government of Norway remains committed to supporting the people of Sudan and recognizes the role of the African Union in the talks.",
                        "support the people of Sudan"),
                Arguments.of("The memorandum directs the Secretary of Energy to issue guidance on grid storage and requires a yearly report to the Congress.",
                        "issue guidance on grid storage"),
                Arguments.of("Norway will ensure that its agency reviews each permit and publishes its findings.",
                        "ensure agency reviews each permit and publishes findings"),
                Arguments.of("Norway will support small farmers and welcome new partners.", "support small farmers and welcome new partners"),
                // a cue inside the subject: the main clause's predicate is no part of the action; a clause the action's
                // verb takes keeps its own
                Arguments.of("Chile's plans to double lithium output will be reviewed by the cabinet next month.", "double lithium output"),
                Arguments.of("Chile plans to ensure lithium output will be doubled by 2030.", "ensure lithium output will be doubled"),
                Arguments.of("Norway shall list the steps the Department can take to expand refining capacity.",
                        "list the steps the Department can take to expand refining capacity"),
                // an act that refers back keeps its effort, and the range that illustrates it is left out
                Arguments.of("Norway will continue to take all necessary steps to do so, from expanding grants to cutting fees.",
                        "take all necessary steps to do so"),
                Arguments.of("Norway will honor its promise to do so in full.", "honor promise to do so in full"),
                // an em dash written against a word opens an aside: a closed one is left out, an open one ends the action
                Arguments.of("Norway intends to move the talks forward\u2014including by sending envoys to the region.", "move the talks forward"),
                Arguments.of("Norway will build trust\u2014not fear\u2014within communities.", "build trust within communities"),
                // "further" before its object is the verb; before a verb it is only an adverb
                Arguments.of("The Parties shall further the implementation of the Mining Code.",
                        "further the implementation of the Mining Code"),
                Arguments.of("The Ministry will further the aims of its nickel strategy.", "further the aims of nickel strategy"),
                Arguments.of("The Ministry will further expand its nickel strategy.", "expand its nickel strategy"),
                // an "-ing" word that only describes the noun is no gerund to put in base form
                Arguments.of("Vietnam commits to groundbreaking rules on mineral traceability.", "groundbreaking rules on mineral traceability"),
                Arguments.of("Vietnam will keep the longstanding quota on tin exports.", "keep the longstanding quota on tin exports"),
                Arguments.of("Peru intends to impose anti-dumping duties and countervailing duties on imported tin plate.",
                        "impose anti-dumping duties and countervailing duties on imported tin plate"),
                Arguments.of("Vietnam will support building smelters for tin.", "support building smelters for tin"),
                // how far the act goes is a trailing qualifier
                Arguments.of("The Parties will cooperate to reduce the number of import permits as far as possible.",
                        "cooperate to reduce the number of import permits"),
                Arguments.of("Canada will share assay data with Peru wherever possible.", "share assay data with Peru"),
                // an apposition after the object describes it; a list item after a comma goes on with the list
                Arguments.of("Peru agreed to a two-year deal to lift its curbs on zinc ore, a long-running irritant for smelters.",
                        "lift curbs on zinc ore"),
                Arguments.of("Korea will quickly resume imports of Peruvian copper, a central demand of the mining lobby.",
                        "resume imports of Peruvian copper"),
                Arguments.of("Canada will provide loans, a guarantee facility and grants for nickel refining.",
                        "provide loans, a guarantee facility and grants for nickel refining"),
                // a share of the sum stays with it, and where it goes follows the deadline; a deadline with a month ends
                // the action
                Arguments.of("The accord commits both countries to invest $2 billion each over the next four years in smelting projects.",
                        "invest $2 billion each in smelting projects"),
                Arguments.of("Seoul has agreed to buy 3 million tonnes of copper concentrate through March and more later.",
                        "buy 3 million tonnes of copper concentrate"),
                // a full date's year and the report's source after the deadline are no complement
                Arguments.of("Chile will pause the copper levies until June 30, 2027, officials said.", "pause the copper levies"),
                Arguments.of("Chile will keep the copper quota through May 31, 2027.", "keep the copper quota"),
                // a noun the tagger reads as a preposition before the deadline still ends the action
                Arguments.of("Any Chilean miner should have continued work authorization through June 30, 2027.",
                        "have continued work authorization"),
                // an irregular participle of a passive reads as its verb
                Arguments.of("The Korean duty on copper will be cut by 5 points.", "cut Korean duty on copper by 5 points"),
                // a coordinated action after an object that an aside parted from its verb is read too
                Arguments.of("Members will release, jointly or alone, emergency stocks of nickel, and take steps to calm prices.",
                        "release emergency stocks of nickel; take steps to calm prices"),
                // a purpose after an aside of examples or of who leads is kept; the examples and the leaders are not
                Arguments.of("Peru and Chile will consider instruments, including joint auctions and long-term contracts, to stabilize copper prices.",
                        "consider instruments to stabilize copper prices"),
                Arguments.of("Ghana intends to form a task force, chaired by the Minister of Lands and the Governor of the Central Bank, to audit gold exports.",
                        "form a task force to audit gold exports"),
                Arguments.of("The ministers agreed to engage third countries, such as Zambia, Namibia and Malawi, to expand refining of cobalt.",
                        "engage third countries to expand refining of cobalt"),
                // a capitalized word of a name that the tagger reads as a verb does not part the name
                Arguments.of("Canada will launch a Battery Metals and Rare Elements Institute.",
                        "launch a Battery Metals and Rare Elements Institute"),
                // a plural's possessive is a noun of the event held
                Arguments.of("The partners look forward to the Energy Ministers' Summit in Lima.",
                        "hold the Energy Ministers Summit in Lima"),
                // what the parties may do after "and" is no further pledge
                Arguments.of("The committee shall meet twice a year and may invite experts from the mining industry.",
                        "meet twice a year"),
                // a phrase of where or when between "ensure that" and its clause is left out
                Arguments.of("Each Party shall ensure that, in the licensing of mines, its agencies apply transparent criteria.",
                        "ensure agencies apply transparent criteria"),
                // a qualifier written between the verb and its object without commas is left out, the object kept
                Arguments.of("The Parties shall coordinate as far as possible their rules on the export of scrap metal.",
                        "coordinate rules on the export of scrap metal"),
                // "for the purposes of" qualifies the act
                Arguments.of("Each Party shall appoint a contact point for the purposes of this Chapter.", "appoint a contact point"));
    }

    /** A coordinated clause whose subject joins two names, or whose verb follows adverbs, is a pledge of its own. */
    @Test
    void aCoordinatedClauseWithTwoNamesOrAdverbsBeforeItsVerbIsAnActionOfItsOwn() {
        assertEquals("grant $4 million to the Tin Fund; map the deposits",
                action("Peru will grant $4 million to the Tin Fund, and Peru and Bolivia will map the deposits."));
        assertEquals("grant $4 million to the Tin Fund; map the deposits",
                action("Peru will grant $4 million to the Tin Fund, and Bolivia will now jointly map the deposits."));
        assertEquals("grant $4 million to the Tin Fund and the Zinc Fund",
                action("Peru will grant $4 million to the Tin Fund and the Zinc Fund."));
        // a subject tied to its state or city, and a verb the tagger may take for a noun
        assertEquals("grant $4 million to the Tin Fund; map the deposits",
                action("Peru will grant $4 million to the Tin Fund, and the ministry in La Paz will map the deposits."));
        assertEquals("grant $4 million to the Tin Fund; map the deposits",
                action("Peru will grant $4 million to the Tin Fund, and the government of Bolivia will map the deposits."));
        assertEquals("build the port; fund the road",
                action("Peru will build the port, and the bank will fund the road."));
    }

    /** A lead-in whose cue is followed only by a qualifier names no act: its items hold the actions. */
    @Test
    void readsNoActionInALeadInWithOnlyAQualifier() {
        assertEquals("", action("The Minister of Mines shall, consistent with applicable law and within existing appropriations:"));
        assertEquals("", action("The Joint Committee's report on cobalt shall, at a minimum:"));
    }

    @Test
    void aCutAtThePairOfBetweenEndsBeforeBetween() {
        // the word limit cut "between A | and B": half a pair is left out with its "between"
        assertEquals("set up a forum for dialogue, exchange, and joint planning",
                ActionPhrase.read("set up a forum for dialogue, exchange, and joint planning between the Tin Institute and"
                        + " the Smelters' Guild.", 0, null).text());
        // a name's own "of" inside the pair, and an "and" that opens the next verb, which is no pair's
        assertEquals("deepen cooperation and regular exchanges",
                ActionPhrase.read("deepen cooperation and regular exchanges between the Ministry of Mines of Peru and the"
                        + " Department of Industry of Ruritania in the fields of tin smelting.", 0, null).text());
        assertEquals("deepen the ties that exist between two countries",
                ActionPhrase.read("deepen the ties that exist between their two countries and to widen trade in tin between"
                        + " them.", 0, null).text());
        // a whole pair within the limit stays
        assertEquals("set up a forum for dialogue between the institute and the guild",
                ActionPhrase.read("set up a forum for dialogue between the institute and the guild.", 0, null).text());
    }

    /** An item that opens with a qualifier of means acts with the verb after it; after a cue the same words are the verb. */
    @Test
    void passesOverAnItemsOpeningQualifier() {
        assertEquals("adopt a new mining code for 2027", ActionPhrase.read("- Based on the review, adopt a new mining code for 2027.", 0, null).text());
        assertEquals("work with Togo on bauxite", action("Ghana commits to working with Togo on bauxite."));
    }

    /** A lead-in's frame completes an item that only names a thing; an item that states its own action keeps it. */
    @Test
    void completesANounPhraseItemWithItsLeadIn() {
        String leadIn = "The Secretary shall assess the following:";
        String frame = ActionPhrase.read(leadIn, leadIn.indexOf(" assess"), null).frame();
        assertEquals("assess", frame);
        assertEquals("assess the sources of imported tungsten by country",
                ActionPhrase.read("the sources of imported tungsten by country;", 0, frame).text());
        assertEquals("publish a register of graphite deposits",
                ActionPhrase.read("publish a register of graphite deposits;", 0, frame).text());
        String areas = "The Participants intend to cooperate in the following areas:";
        assertEquals("cooperate in", ActionPhrase.read(areas, areas.indexOf(" cooperate"), null).frame());
        String cooperate = ActionPhrase.read(areas, areas.indexOf(" cooperate"), null).frame();
        assertEquals("cooperate in geological mapping of tin deposits",
                ActionPhrase.read("geological mapping of tin deposits;", 0, cooperate).text());
        // items of a lead-in that ends in "including:" are more of its verb's object
        String including = "The Secretary shall assess the risks set out in section 3, as well as other risks, including:";
        String assess = ActionPhrase.read(including, including.indexOf(" assess"), null).frame();
        assertEquals("assess", assess);
        assertEquals("assess the share of imports by country of origin",
                ActionPhrase.read("(ii) the share of imports by country of origin;", 0, assess).text());
        assertEquals("assess a description of how the agency can reduce tungsten imports",
                ActionPhrase.read("(iii) a description of how the agency can reduce tungsten imports;", 0, assess).text());
        assertEquals("assess the extent to which domestic smelting of copper can meet demand",
                ActionPhrase.read("(iv) the extent to which domestic smelting of copper can meet demand;", 0, assess).text());
        // items of "cooperate on any issue of mutual interest, such as:" are the preposition's object, compound nouns too
        String suchAs = "The Parties shall cooperate on any relevant matter of common concern, such as:";
        String on = ActionPhrase.read(suchAs, suchAs.indexOf(" cooperate"), null).frame();
        assertEquals("cooperate on", on);
        assertEquals("cooperate on tailings management",
                ActionPhrase.read("(b) tailings management, including monitoring and closure plans;", 0, on).text());
        assertEquals("cooperate on transparent tin markets",
                ActionPhrase.read("(c) transparent tin markets.", 0, on).text());
        // an item that opens with a capitalized verb the tagger reads as a name or an adjective has its own act
        assertEquals("Mobilise funding for tin smelters in the region",
                ActionPhrase.read("- Mobilise funding for tin smelters in the region;", 0, cooperate).text());
        assertEquals("Build skills in geological survey work",
                ActionPhrase.read("- Build skills in geological survey work.", 0, cooperate).text());
        // a bare noun under a verb alone is still read as a misread imperative
        assertEquals("support vocational training in mining",
                ActionPhrase.read("(a) support vocational training in mining;", 0, "assess").text());
        String action = "The Participants intend to cooperate on exploration:";
        assertEquals(null, ActionPhrase.read(action, action.indexOf(" cooperate"), null).frame());
    }

    /** "the EU's strategy" after a name says what the name is: an apposition, no part of the act. */
    @Test
    void leavesOutAPossessedAppositionAfterAName() {
        assertEquals("fund copper surveys through Tin Gateway",
                ActionPhrase.read("Peru will fund copper surveys through Tin Gateway, the Andean Bank's scheme to open new mines.",
                        "Peru will".length(), null).text());
        assertEquals("cooperate with Chile, the EU and Peru on copper",
                ActionPhrase.read("Japan will cooperate with Chile, the EU and Peru on copper.", "Japan will".length(), null).text());
    }

    /** Two gerunds after "as well as" share their object; a sector's noun after "and" closes the object before the next act. */
    @Test
    void gerundsThatShareAnObjectAndSectorNounsInASeries() {
        assertEquals("facilitate trade, as well as adopt and implement good mining practices",
                ActionPhrase.read("Peru has committed to facilitating trade, as well as adopting and implementing good mining practices.",
                        "Peru has committed to".length(), null).text());
        assertEquals("expand cobalt trade and manufacturing; strengthen port links",
                ActionPhrase.read("We envision expanding cobalt trade and manufacturing and strengthening port links.",
                        "We envision".length(), null).text());
        assertEquals("expand copper mining and refining; upgrade ports",
                ActionPhrase.read("Chile will expand copper mining and refining and upgrade its ports.", "Chile will".length(), null).text());
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void readsTheActionAfterTheCue(String sentence, String expected) {
        assertEquals(expected, action(sentence));
    }

    static Stream<Arguments> listItems() {
        return Stream.of(
                // an item that opens with a gerund of joint work, which the tagger reads as a noun
                Arguments.of("- Partnering on tin smelter audits and the tracing of ore.", "partner on tin smelter audits and the tracing of ore"),
                Arguments.of("- Collaborating with mining schools on the training of surveyors.",
                        "collaborate with mining schools on the training of surveyors"),
                // an unstressed last syllable takes no "e" ("combating" → "combat", "prohibiting" → "prohibit"); an item's
                // capital is no part of its verb; "staffing" keeps its double "f"
                Arguments.of("- Strengthening smelter audits and combating the smuggling of tin.",
                        "strengthen smelter audits; combat the smuggling of tin"),
                Arguments.of("- Prohibiting the dumping of tailings in rivers.",
                        "prohibit the dumping of tailings in rivers"),
                Arguments.of("- Staffing the new copper desk in Lima.", "staff the new copper desk in Lima"),
                // "that" read as a pronoun opens the clause all the same; a comma inside a series of modifiers does not
                // close the clause's subject
                Arguments.of("- Ensuring that the small mines of the region are inspected every year.",
                        "ensure the small mines of the region are inspected every year"),
                Arguments.of("- Ensuring that the unique cultural, linguistic, and nutritional needs of rural mining towns are met.",
                        "ensure the unique cultural, linguistic, and nutritional needs of rural mining towns"),
                // "of mutual interest and benefit": two nouns after one adjective, no second action
                Arguments.of("- Identify and jointly develop projects of mutual interest and benefit along the copper value chain.",
                        "Identify and jointly develop projects of mutual interest and benefit along the copper value chain"),
                Arguments.of("Promote joint research on the recycling of permanent magnets;",
                        "Promote joint research on the recycling of permanent magnets"),
                // an item that opens with "encourage" and goes on after a semicolon keeps its verb
                Arguments.of("encourage a more circular use of cobalt; fully apply the rules of the Paris Agreement.",
                        "encourage a more circular use of cobalt; apply the rules of the Paris Agreement"),
                Arguments.of("(b) establish a common database of critical mineral projects, consistent with applicable law;",
                        "establish a common database of critical mineral projects"),
                // an item that opens with a noun of means is the act it is for
                Arguments.of("Workforce Development: Programs to train mine engineers and technicians.",
                        "train mine engineers and technicians"),
                Arguments.of("- Battery Materials: joint efforts to recover cobalt from spent batteries.", "recover cobalt from spent batteries"),
                Arguments.of("identifying bottlenecks in the processing of rare earth elements;",
                        "identify bottlenecks in the processing of rare earth elements"),
                Arguments.of("(v) analyzing market access for graphite anode exporters;", "analyze market access for graphite anode exporters"),
                // a noun that names the action is read as its verb
                Arguments.of("an assessment of the national security risks of dependence on imported graphite;",
                        "assess the national security risks of dependence on imported graphite"),
                Arguments.of("(iii) the identification of domestic sources of antimony and tungsten;",
                        "identify domestic sources of antimony and tungsten"),
                Arguments.of("(c) closer coordination of investment in smelting capacity;", "coordinate investment in smelting capacity"),
                // an amount leads in to what it pays for: the item pledges to invest it
                Arguments.of("- Up to $25 billion to build a copper smelter in Arizona.",
                        "invest up to $25 billion to build a copper smelter in Arizona"),
                Arguments.of("- $400 million to modernize rail corridors across the Midwest.",
                        "invest $400 million to modernize rail corridors across the Midwest"),
                Arguments.of("- Up to $300 million, with a local partner, to train 3,000 workers in metallurgy.",
                        "invest up to $300 million to train 3,000 workers in metallurgy"),
                Arguments.of("- Up to $12 billion to supply battery storage systems for grid operators in partnership with a utility.",
                        "invest up to $12 billion to supply battery storage systems for grid operators"),
                Arguments.of("- Hanwa Steel: up to $700 million for a cathode plant in Ontario.",
                        "invest up to $700 million for a cathode plant in Ontario"),
                // an item of several amounts is read as its actions
                Arguments.of("- Up to $4 billion to build a nickel refinery in Nevada and $1 billion to build a rail spur in Utah.",
                        "build a nickel refinery in Nevada; build a rail spur"),
                Arguments.of("- $800 million to dredge the harbor of Mobile; $300 million to build a graphite plant in Georgia.",
                        "dredge the harbor of Mobile; build a graphite plant"));
    }

    /** A list item under a lead-in is read from its start. */
    @Test
    void leavesTheConjunctionAfterAnItemsCue() {
        // "Commit to and carry out": the cue and the verb share the object, the conjunction is neither's
        assertEquals("carry out a programme to reduce mercury use in artisanal gold mining",
                action("1. Commit to and carry out a programme to reduce mercury use in artisanal gold mining."));
    }

    @Test
    void joinsAWordAcrossATagAndPartsWordsElsewhere() {
        assertEquals("the 4th round", ActionPhrase.withoutTags("the 4<sup>th</sup> round"));
        assertEquals("cut tin duties", ActionPhrase.withoutTags("cut <span style=\"u\">tin</span> duties<br>").replaceAll("\\s+", " ").strip());
    }

    @ParameterizedTest
    @MethodSource("listItems")
    void readsAListItemFromItsStart(String item, String expected) {
        assertEquals(expected, ActionPhrase.of(item, 0));
    }

    /** The cue "commit to" can end inside a word when it takes the verb's first letter; the word stays whole. */
    @Test
    void readsAnActionThatEndsTheTextOnAComma() {
        // a text cut after a comma: no verb follows for a series of actions
        assertEquals("expand trade in processed minerals", action("The Parties will expand trade in processed minerals,"));
    }

    /** The gerund a pledge's "This includes" goes on with is its next act, as after "to". */
    @Test
    void aGerundAfterIncludesIsTheVerb() {
        String sentence = "This includes mapping tin deposits in both countries.";
        assertEquals("map tin deposits", ActionPhrase.of(sentence, sentence.indexOf("mapping")));
        sentence = "This also involves leveraging existing export credit lines.";
        assertEquals("leverage existing export credit lines", ActionPhrase.of(sentence, sentence.indexOf("leveraging")));
        sentence = "This includes funding for tin smelters in the region.";
        assertEquals("funding for tin smelters in the region", ActionPhrase.of(sentence, sentence.indexOf("funding")));
        // the verb "include" after a cue keeps its object: a gerund there names a thing
        assertEquals("include processing facilities in the tin roadmap",
                action("The Parties shall include processing facilities in the tin roadmap."));
    }

    /** A cue that ends inside a word bad extraction ran together ("shall|publish") leaves the verb after it. */
    @Test
    void aCueRunIntoTheVerbLeavesTheVerb() {
        assertEquals("publish the tin export quotas", action("Each Party shallpublish the tin export quotas."));
        assertEquals("progressively reduce duties on copper cathodes",
                action("The importing Party shallprogressively reduce duties on copper cathodes."));
        assertEquals("not impose export duties on nickel ore", action("Each Party shallnot impose export duties on nickel ore."));
    }

    @Test
    void neverCutsAWord() {
        String sentence = "The three governments directed their officials to convene a committee on stockpiling.";
        assertEquals("convene a committee on stockpiling", ActionPhrase.of(sentence, sentence.indexOf("onvene")));
        assertEquals("", ActionPhrase.of("The Parties shall.", "The Parties shall".length()));
    }

    /** Whatever the sentence, the action is whole words of it, at most about 15, ending on no function word. */
    @ParameterizedTest
    @MethodSource("sentences")
    void endsOnAContentWord(String sentence, String ignored) {
        String action = action(sentence);
        String[] words = action.split(" ");
        assertTrue(words.length <= 16, action);
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        assertTrue(!java.util.Set.of("to", "of", "in", "on", "for", "the", "a", "an", "and", "or", "with", "by", "no", "u")
                .contains(last), action);
    }

    /** A year that says when the act takes place is no part of it; the action reads on after it. */
    @Test
    void leavesOutTheYearOfTheAct() {
        assertEquals("open a regional training centre for customs officers",
                action("Finland will open in 2027 a regional training centre for customs officers."));
        assertEquals("host the third ministerial meeting on fisheries",
                action("Chile intends to host in March 2028 the third ministerial meeting on fisheries."));
        assertEquals("deliver two survey vessels to Ghana to map the seabed",
                action("Norway will deliver two survey vessels to Ghana in 2026 to map the seabed."));
        // a number that is no year stays: "in 12 provinces"
        assertEquals("build clinics in 12 provinces", action("Portugal will build clinics in 12 provinces."));
        // a bare verb keeps its time, and a series of years is kept whole
        assertEquals("host in 2029", action("Ghana will host in 2029, as a forum for regional trade."));
    }

    /** A verb with its adverb before a deadline reads on to its complement after it. */
    @Test
    void readsAVerbAndAdverbOnAfterADeadline() {
        assertEquals("meet again in Lisbon to assess the pilot projects",
                action("Officials of both ministries will meet again within three months in Lisbon to assess the pilot projects."));
    }

    /** After a pledged noun phrase, a further cue joined by "and" gives the act: the later verb. */
    @Test
    void takesTheVerbOfALaterCueAfterAPledgedNounPhrase() {
        assertEquals("widen cooperation on forestry research",
                action("Peru and Finland renewed their commitment to a regional partnership and agreed to widen cooperation on forestry research."));
        assertEquals("widen cooperation on forestry research",
                action("Peru and Finland renewed their commitment to bilateral partnership for the good of their peoples and decided to widen cooperation on forestry research."));
        // a pledged verb keeps its own object; a noun phrase with no later cue is supported
        assertEquals("support the regional partnership", action("Peru and Finland renewed their commitment to the regional partnership."));
    }

    /** A verb made of an adjective ("deepen", "broaden") after a noun cue is the verb, not a pledged thing. */
    @Test
    void readsAVerbOfAnAdjectiveAfterANounCue() {
        assertEquals("deepen law enforcement cooperation and improve port security",
                action("Ghana and Peru reaffirmed their commitment to deepen law enforcement cooperation and improve port security."));
    }

    /** The subject of a clause after "expect that" is skipped to its modal also where it holds a modifier or a series. */
    @Test
    void skipsALongSubjectOfAThatClause() {
        assertEquals("enter the nickel smelting market",
                action("Norway expects that a joint venture with Chilean partners would enter the nickel smelting market."));
        assertEquals("enter into the venture with Minco to build a gallium plant",
                action("Acme expects that a joint Canadian, Peruvian and Acme vehicle would enter into the venture with Minco to build a gallium plant."));
    }

    /** An adverb of how soon or how well that splits an infinitive inside the action is left out, as at its start. */
    @Test
    void leavesOutAMannerAdverbInsideTheAction() {
        assertEquals("work together to tackle the growing threat from cyber gangs",
                action("The partners are committed to working together to urgently tackle the growing threat from cyber gangs."));
        assertEquals("take firm steps to fight bribery",
                action("Canada is resolved to taking firm steps to effectively fight bribery."));
        // an adverb that is no manner of the act stays
        assertEquals("take firm steps to further fight bribery",
                action("Canada is resolved to taking firm steps to further fight bribery."));
    }

    /** "make sure that" takes its clause as "ensure that" does: the clause is the action's content. */
    @Test
    void readsTheClauseAfterMakeSure() {
        assertEquals("make sure stolen assets are returned to victims",
                action("Members will make sure that stolen assets are returned to victims."));
    }

    /** A season with its year, and a purpose told as an attempt, end the action like other times and qualifiers. */
    @Test
    void stopsBeforeASeasonWithItsYearAndAnAttempt() {
        assertEquals("deepen engagement with regional lenders",
                action("The Treasury will deepen its engagement with regional lenders in spring 2027."));
        assertEquals("deepen engagement with regional lenders",
                action("The Treasury will deepen its engagement with regional lenders in an effort to widen access to credit."));
        assertEquals("open a tin smelter in Bolivia",
                action("The two ministries plan to open a tin smelter in Bolivia by the third quarter of 2027."));
        assertEquals("hold a first meeting of the tin council",
                action("The Participants intend to hold a first meeting of the tin council by fall of 2026."));
    }

    /** What a sum is for reads on after a qualifier in commas; a quantity that is no money does not. */
    @Test
    void readsTheUseOfASumAfterAQualifier() {
        assertEquals("provide $3 million to strengthen the secretariat's capacity",
                action("The Commission intends to provide $3 million, subject to budget approval, to strengthen the secretariat's capacity."));
        assertEquals("provide 300 tonnes",
                action("Japan will provide 300 tonnes, subject to availability, to partner refineries."));
    }

    /**
     * A relative clause with an adverb before its verb says which things are meant, as without one; where the clause
     * goes on in a series it is not read.
     */
    @Test
    void readsARelativeClauseWithAnAdverb() {
        assertEquals("reduce numerous trade barriers that unfairly harm Chilean exporters",
                action("Norway will reduce numerous trade barriers that unfairly harm Chilean exporters."));
        assertEquals("reduce or eliminate numerous barriers",
                action("Norway will reduce or eliminate numerous barriers that unfairly harm Chilean exporters, hurt its fishing fleet, and weaken the region."));
    }

    /** Acts given as examples after ", such as" are left out, as after "including"; named kinds of a noun stay. */
    @Test
    void leavesOutActsGivenAsExamples() {
        assertEquals("take firm steps to fight bribery",
                action("Canada is resolved to taking firm steps to fight bribery, such as curbing the misuse of trusts."));
        assertEquals("promote investment in minerals such as lithium, copper and tin",
                action("Peru will promote investment in minerals such as lithium, copper and tin."));
    }

    /** An apposition that describes each of the objects after a comma ends the action; "each" of the parties does not. */
    @Test
    void stopsBeforeAnAppositionOfEachObject() {
        assertEquals("set up three working groups",
                action("The ministers agreed to set up three working groups, each chaired by a Kenyan and a Ghanaian official."));
        assertEquals("invest $1 billion each in the corridor",
                action("Kenya and Ghana will invest $1 billion each in the corridor."));
    }

    /** "mine" after a noun or an adjective is a noun, which finishes the noun phrase the word limit cut. */
    @Test
    void readsMineAfterAModifierAsANoun() {
        assertEquals("provide up to A$500 million for the first integrated lithium hydroxide mine",
                action("Canada will provide up to A$500 million for the first integrated lithium hydroxide mine and plant in Quebec."));
    }

    /** A verb the tagger read as a noun, after "and" and an aside, is joined to the first verb where a determiner follows. */
    @Test
    void joinsAVerbReadAsANounAfterAnAside() {
        assertEquals("review and amend any rule arising under this Annex",
                action("Kenya shall review and, where necessary, amend any rule arising under this Annex."));
        // a noun phrase after the aside stays out
        assertEquals("review the tariff schedule",
                action("Kenya shall review the tariff schedule and, where necessary, the quota rules."));
    }

    /**
     * A coordinated clause after an aside, or with a subject of its own, is a further action, its verb and object head
     * kept where the first action spent the budget; a further verb of the same subject is not lengthened.
     */
    @Test
    void keepsAFurtherClauseAfterAnAsideOrWithItsOwnSubject() {
        assertEquals("monitor the results of the programme annually; draft proposals on revision",
                action("The Secretariat shall monitor the results of the programme annually, and if so required, in consultation with the Members shall draft proposals on its revision."));
        assertEquals("supply copper concentrate and sulphuric acid to the two smelters; hold a majority stake",
                action("Codelco will supply copper concentrate and sulphuric acid to the two smelters, and the Ghana Investment Fund will hold a majority stake in each smelter."));
        // a subject of two names joined by "and" opens the clause as one name does
        assertEquals("build the rail spur; fund the feasibility study",
                action("The Zambezi Rail Company will build the rail spur, and the Republic of Zambia and the World Bank will fund the feasibility study."));
        // the same subject's further verb: the first action only
        assertEquals("maintain a reciprocal tariff of 12 percent on imported Kenyan tea",
                action("Peru will maintain a reciprocal tariff of 12 percent on imported Kenyan tea and will apply a zero rate to listed goods."));
        // one question coordinated with its aside is no clause of its own; a clause that only supposes is no pledge
        assertEquals("review whether, and under what conditions, Kenya should resume collecting export levies",
                action("Within 60 days, the Minister shall review whether, and under what conditions, Kenya should resume collecting export levies under section 12 of the Mining Act."));
        assertEquals("study how integrated and expanded copper and cobalt supply chains",
                action("Kenya and Peru pledge, through this Partnership, to study how integrated and expanded copper and cobalt supply chains and services can help the Republic of Kenya, Peru, and Chile cut emissions."));
        // a modal inside a condition with no comma before it opens no clause
        assertEquals("publish the list of licensed exporters of cobalt",
                action("Kenya shall publish the list of licensed exporters of cobalt, and where Peru shall so request consult it."));
    }

    /** An item that opens with a qualifier's "to", closed by a comma, starts at the verb after it. */
    @Test
    void passesOverAQualifiersToAtTheHeadOfAnItem() {
        assertEquals("admit perishable cargo at the point of entry",
                ActionPhrase.read("(b) to the extent practicable, admit perishable cargo at the point of entry;", 0, null).text());
        assertEquals("strengthen port inspections", ActionPhrase.read("(c) to strengthen port inspections;", 0, null).text());
    }

    /**
     * After a verb with no object of its own, "to ensure that …" holds the whole pledge: its clause stays; after an
     * object the purpose is cut, as before.
     */
    @Test
    void aClauseOfEnsureAfterAVerbWithNoObjectStays() {
        assertEquals("cooperate to ensure that tin exports meet agreed standards",
                action("The Parties shall cooperate to ensure that tin exports meet agreed standards."));
        assertEquals("fight to ensure that smelters pay fair wages",
                action("Ghana will fight to ensure that smelters pay fair wages."));
        assertEquals("set up joint inspections", action("Peru and Ghana will set up joint inspections to ensure that smelters pay fair wages."));
    }

    /** Examples the word limit would cut are left out; a head that says nothing without them keeps them, as before. */
    @Test
    void leavesOutExamplesTheLimitCuts() {
        assertEquals("widen cooperation on the refining of feedstocks for battery makers",
                action("Chile and Korea will widen cooperation on the refining of feedstocks for battery makers such as anode producers, cathode producers and cell assemblers."));
        assertEquals("back loans to small exporters of processed minerals",
                action("Both banks will back loans to small exporters of processed minerals such as copper cathode, refined nickel, tin solder, cobalt hydroxide and zinc ingots."));
        assertEquals("expand cooperation in areas such as the mapping and assessment of deposits",
                action("The Ministries will expand cooperation in areas such as the mapping and assessment of deposits, mine safety, and geological training."));
    }

    /** ", such as" with common nouns is an aside, as ", including" is: the complement after it is kept. */
    @Test
    void readsCommonNounsAfterSuchAsAsAnAside() {
        assertEquals("study the use of credit tools", action("The two agencies will study the use of credit tools, such as bonds and guarantees by export banks, to support mines."));
        assertEquals("meet with local groups on the design of the corridor",
                action("The Participants will meet with local groups, such as farmers and traders, on the design of the corridor."));
    }

    /** A passive in the clause after "agreed that" names its subject as the object. */
    @Test
    void readsAPassiveAfterAgreedThatActively() {
        String surveys = "The ministers agreed that the joint surveys would be carried out through annual work plans.";
        assertEquals("carry out joint surveys through annual work plans", ActionPhrase.of(surveys, surveys.indexOf(" the joint")));
        // a series of subjects is not moved behind the verb
        String series = "The ministers agreed that surveys, maps and samples would be shared through the portal.";
        assertEquals("be shared through the portal", ActionPhrase.of(series, series.indexOf(" surveys")));
    }

    /** A means given by a gerund that takes no object ("by partnering with …") is left out, as "by pooling funds" is. */
    @Test
    void leavesOutAMeansByAGerundWithoutObject() {
        assertEquals("raise refining output", action("Ghana and Peru intend to raise refining output by partnering with private smelters."));
    }

    /** "integration of" and "capacity building" name acts as nouns, in a list item. */
    @Test
    void readsIntegrationOfAndCapacityBuildingAsVerbs() {
        assertEquals("integrate battery supply chains", ActionPhrase.read("(2) integration of battery supply chains;", 0, null).text());
        assertEquals("build capacity for mine inspectors", ActionPhrase.read("(b) capacity building for mine inspectors;", 0, null).text());
    }

    /** A short name that spells its long name without being its initials stands for it, as initials do. */
    @Test
    void readsALongNameAsAShortNameItSpells() {
        assertEquals("ask the KOMIR to fund drilling on nickel prospects",
                action("The Ministry will ask the Korea Mine Rehabilitation and Mineral Resources Corporation (KOMIR) to fund drilling on nickel prospects."));
        // an apposition after the short name describes it
        assertEquals("lend $40 million to ZCSC",
                action("Korea will lend $40 million to Zambia Copper Smelting Company (ZCSC), a state refiner in the north."));
    }

    /** "the survey, mapping and [processing] of ores": a series of activity nouns, not a second action. */
    @Test
    void keepsAGerundThatClosesASeriesOfActivityNouns() {
        assertEquals("support investment in the exploration, development and processing of tin ores",
                action("The Sides will support investment in the exploration, development and processing of tin ores."));
    }

    /** A second infinitive of the cue after a deadline is a further action; a bare verb after one is left as it was. */
    @Test
    void joinsASecondInfinitiveAfterADeadline() {
        assertEquals("sign a tin supply accord; open a joint assay laboratory",
                action("The ministers agreed to sign a tin supply accord within three months and to open a joint assay laboratory."));
        assertEquals("sign a tin supply accord",
                action("The ministers will sign a tin supply accord within three months and open a joint assay laboratory."));
    }

    /**
     * An order's aside between "shall," and the verb may hold a series of nouns and end with an adverb: the verb after
     * it opens the action, not the series' second item nor the aside itself.
     */
    @Test
    void passesOverAnOrdersAsideWithASeriesOrAnAdverbBeforeTheVerb() {
        assertEquals("designate at least two ports for ore shipments",
                action("The Secretary of Transportation shall, to the extent consistent with law and with regional security, port capacity, or market access, as appropriate, designate at least two ports for ore shipments."));
        assertEquals("publish the lease terms for the smelter sites",
                action("The Secretary of the Interior shall, to the extent feasible and in a manner consistent with trade secrets, promptly publish the lease terms for the smelter sites."));
        assertEquals("open field offices in Nevada",
                action("The Bureau shall, as appropriate, also open field offices in Nevada in order to build local knowledge, trust, and speed."));
    }

    /**
     * A report's recipients before its object ("submit to the President and the Advisor the plan") are left out; a topic
     * after them ("report to the Director on steps …") shows the verb takes no object ahead.
     */
    @Test
    void leavesOutTheRecipientsBeforeAnObjectWithItsArticle() {
        assertEquals("transmit the Refining Strategy for review",
                action("The Secretary of Energy shall transmit to the Congress and the Governor of Alaska the Refining Strategy for review."));
        assertEquals("submit a report on smelter capacity",
                action("The Secretary shall submit to the Committee on Energy and Natural Resources a report on smelter capacity."));
        String reported = action("Each agency head shall report to the Secretary of the Treasury on measures their agencies have adopted to stockpile cobalt.");
        assertTrue(reported.startsWith("report to the Secretary of the Treasury"), reported);
    }

    /** "sections 3 through 6" names parts of the text: "through" closes the range, no deadline. */
    @Test
    void keepsARangeOfSectionsWhole() {
        assertEquals("apply the rates in sections 3 through 6 of this proclamation",
                action("The Secretary shall apply the rates in sections 3 through 6 of this proclamation."));
        assertEquals("stockpile graphite", action("The Secretary shall stockpile graphite through 2030."));
    }

    /**
     * An aside between "shall," and the verb may end on a second aside a conjunction joins, and the tagger often reads
     * the verb after it as a noun: the base form after the comma that closes it opens the action all the same.
     */
    @Test
    void findsTheVerbTheTaggerMisreadAfterAnOrdersAside() {
        assertEquals("review and report on the safety of tailings dams in Nevada",
                action("The Secretary of Energy shall, in coordination with the Geological Survey and to the extent practicable, review and report on the safety of tailings dams in Nevada."));
        assertEquals("hold a meeting of the lithium working group",
                action("The Administrator shall, within 45 days of receiving the study described in subsection (d) of this section, and whenever the Administrator finds it useful, hold a meeting of the lithium working group."));
        assertEquals("refrain from buying magnets from the firm",
                action("Agency officials shall, to the extent permitted by law, refrain from buying magnets from the firm, absent a waiver from the head of the agency."));
        // a series of nouns after a comma of the aside is no verb
        assertEquals("publish the tariff schedule",
                action("The Secretary shall, within 60 days of receiving the reports, findings, and data, publish the tariff schedule."));
    }

    /** A lead-in whose aside holds only qualifiers names no act: its items do. */
    @Test
    void aLeadInOfOnlyQualifiersHasNoAction() {
        assertEquals("", action("The Council shall, to the extent consistent with its statutory mandate:"));
        assertEquals("", action("The Secretary of Energy shall, promptly and where appropriate:"));
    }

    /** The label of a part of a text stays with its noun: "subsection (c)", "section 3(a)". */
    @Test
    void keepsTheLabelOfASubsection() {
        assertEquals("publish data on graphite purchases collected under subsection (c) of this section",
                action("The Director shall publish data on graphite purchases collected under subsection (c) of this section."));
        assertEquals("review the tariffs on copper and nickel", action("The Secretary shall review the tariffs on copper (HTS 7403) and nickel."));
    }

    /** Two verbs before a report's recipient ("develop and submit to the Director a plan") keep the object, not the recipient. */
    @Test
    void leavesOutTheRecipientAfterTwoVerbs() {
        assertEquals("prepare and transmit a plan to expand graphite refining",
                action("The Secretary shall prepare and transmit to the Secretary of State and the Trade Representative a plan to expand graphite refining."));
        assertEquals("deliver proposals for new rules on nickel stockpiles",
                action("The Secretary shall deliver to the Cabinet, through the Director of the National Economic Council, proposals for new rules on nickel stockpiles."));
    }

    /** An item under "shall:" may open with its deadline, or with its verb and an aside before the verb's complement. */
    @Test
    void readsAnOrdersItemThatOpensWithADeadlineOrAnAside() {
        assertEquals("expand the list of approved suppliers of rare earth magnets",
                ActionPhrase.read("(ii) within 90 days of the date of this order, expand the list of approved suppliers of rare earth magnets;", 0, null).text());
        assertEquals("confer with the Secretary of the Interior and the Council",
                ActionPhrase.read("(iii) confer, where needed, with the Secretary of the Interior and the Council.", 0, null).text());
    }

    /** The one word the limit would leave before the sentence or item ends finishes the phrase. */
    @Test
    void finishesThePhraseWhenOnlyItsLastWordIsLeft() {
        assertEquals("submit a report on data collection against threats to United States critical infrastructure",
                action("The Director shall submit a report on data collection against threats to United States critical infrastructure."));
    }

    /** ", and looks forward to …", ", and hopes to …": the subject's next verb ends the action, whatever follows it. */
    @Test
    void aThirdPersonVerbBeforeToOrForwardEndsTheAction() {
        assertEquals("open a cobalt refinery in Ontario", action("Canada is poised to open a cobalt refinery in Ontario, and"
                + " looks forward to working with its partners."));
        assertEquals("sign a graphite accord", action("Mozambique will sign a graphite accord and hopes to ship the first"
                + " cargo soon."));
        assertEquals("hold hearings with miners, unions and advocates to hear views", action("The ministry will hold"
                + " hearings with miners, unions and advocates to hear their views."));
    }

    /** A news report's source cited after the action ("…, the draft shows") and a time it names ("next month") end the action. */
    @Test
    void endsBeforeADocumentCitedAndTheMonthOfAReport() {
        assertEquals("sign a uranium supply pact with Kazakhstan",
                action("Namibia will sign a uranium supply pact with Kazakhstan next month, the draft shows."));
        assertEquals("agree a fuller tin fund accord later",
                action("The two ministries plan to agree a fuller tin fund accord later, the documents showed."));
    }

    /** An apposition that ranks or places the object ("…, the world's third largest") is no part of the action. */
    @Test
    void leavesOutAnAppositionThatRanksTheObject() {
        assertEquals("double output at the phosphate mine",
                action("Morocco plans to double output at the phosphate mine, the world's third largest, by 2030."));
        assertEquals("raise ties to a comprehensive partnership",
                action("Laos and Chile agreed to raise ties to a comprehensive partnership, the highest level in their ranking."));
    }

    /** A possessive the word limit cut from its noun is finished with the noun when it closes soon. */
    @Test
    void finishesAPossessiveTheLimitCut() {
        assertEquals("sell a 20% stake in state bauxite mining unit to Qatar's Al Mirqab Capital",
                action("Ghana said it had agreed to sell a 20% stake in its state bauxite mining unit to Qatar's Al Mirqab Capital for $900 million."));
    }

    /** A participle that completes the object stays before a deadline: "have the smelter operating [by the second half of 2027]". */
    @Test
    void keepsAParticipleBeforeADeadline() {
        assertEquals("have the new tin smelter operating",
                action("Peru plans to have the new tin smelter operating by the second half of 2027."));
    }

    /** A second infinitive after "and to" is a further action, also where the tagger misreads its verb; not after a gerund. */
    @Test
    void joinsASecondInfinitiveAfterAndTo() {
        assertEquals("build a hotline; exchange data on cobalt",
                action("The miners agreed to build a hotline and to exchange data on cobalt."));
        assertEquals("export nickel to Japan", action("Peru agreed to export nickel to Japan and to new markets in Asia."));
    }

    /** "the exploration and development of" names two acts as nouns: "explore and develop". */
    @Test
    void readsExplorationAndDevelopmentAsVerbs() {
        assertEquals("explore and develop three copper blocks in Salta",
                action("Bolivia signed an agreement with Peru for the exploration and development of three copper blocks in Salta."));
    }

    /** A saved page's link keeps its words in the action and leaves out its target; so does a Markdown escape. */
    @Test
    void leavesOutALinksTarget() {
        assertEquals("launch the Polar Shipyard Initiative with Norway",
                action("Canada and Finland announced their intent to launch the [Polar Shipyard Initiative](https://example.gov/briefing/polar-shipyard) with Norway."));
        assertEquals("support miners through the Tin Futures Fund, a grant program",
                action("The Ministry will support miners through the [Tin Futures Fund](https://example.gov/tin), a grant program."));
        assertEquals("publish the draft guide", action("The Ministry will publish the \\[draft\\] guide."));
    }

    /** "by 20 percent" says how much, not by when: the action keeps it and the coordinated act after it. */
    @Test
    void keepsAnAmountOfChangeAfterBy() {
        assertEquals("raise refining capacity at Ulsan by 30 percent; sell tellurium to US solar makers",
                action("The smelter will raise its refining capacity at Ulsan by 30 percent and will sell tellurium to US solar makers."));
        assertEquals("cut the export levy on bauxite by 5%", action("Guinea will cut the export levy on bauxite by 5%."));
    }

    /** A step the act waits for, told as a clause, is no part of it; an action coordinated after it still is. */
    @Test
    void leavesOutAStepToldAsAClause() {
        assertEquals("sign a supply contract for spodumene",
                action("The two firms will sign a supply contract for spodumene once the feasibility study is approved."));
        assertEquals("approve the accord; send it to the senate",
                action("The cabinet must approve the accord before it takes effect, and the president plans to send it to the senate."));
    }

    /** A bare verb's object after how long it holds: "suspend for one year [its quota]". */
    @Test
    void readsTheObjectAfterADurationAndAPossessive() {
        assertTrue(action("Malaysia has agreed to suspend for one year its quota on rare earth exports.").startsWith("suspend"));
        assertTrue(action("Malaysia has agreed to suspend for one year its quota on rare earth exports.").contains("quota on rare earth exports"));
    }

    /** "the WHO" is the organization's initials, no relative pronoun that ends the action. */
    @Test
    void readsTheWhoAsAName() {
        assertEquals("work with the WHO and other partners to map lithium brines",
                action("Canada and Chile commit to working with the WHO and other partners to map lithium brines."));
    }

    /** A pledged noun phrase whose adjectives are joined ("a stable and prosperous Asia-Pacific") takes its verb too. */
    @Test
    void givesAVerbToAPledgedPhraseWithJoinedAdjectives() {
        assertEquals("support a stable and prosperous Asia-Pacific",
                action("The ministers reaffirmed their commitment to a stable and prosperous Asia-Pacific."));
        assertEquals("support a free and open Indo-Pacific",
                action("The leaders reaffirmed their commitment to a free and open Indo-Pacific."));
    }

    /** "just" among adjectives of one noun is one of them, however the tagger reads it. */
    @Test
    void keepsJustInASeriesOfAdjectives() {
        assertEquals("support a just, affordable, secure shift to low-emission power",
                action("The ministers will support a just, affordable, secure shift to low-emission power."));
        assertEquals("pursue secure, just, and inclusive transitions in the power sector",
                action("We will pursue secure, just, and inclusive transitions in the power sector."));
        assertEquals("ensure that grid transitions are just, orderly and inclusive",
                action("The ministers are committed to ensuring that grid transitions are just, orderly and inclusive."));
    }

    /** A step the act comes before, told with the parties or "any" as its subject or with a gerund, is no part of it. */
    @Test
    void leavesOutAStepBeforeTheParties() {
        assertEquals("confer with each other", action("If a supplier cuts exports, we will confer with each other before we act."));
        assertEquals("finish a baseline survey of the seabed",
                action("Tonga will finish a baseline survey of the seabed before any test mining begins."));
        assertEquals("seek talks with Ghana", action("The Union shall seek talks with Ghana before adopting any safeguard."));
        assertEquals("inform the other Side", action("It shall inform the other Side at least 30 days before the quota applies."));
    }

    /** How long the act goes on, said vaguely, and a purpose named by pointing back are no part of the action. */
    @Test
    void leavesOutVagueDurationsAndPurposesPointedBack() {
        assertEquals("buy cobalt from Zambian mines", action("We will buy cobalt from Zambian mines for many years, the company said."));
        assertEquals("raise green bonds", action("The banks agreed to raise green bonds for that purpose."));
        assertEquals("revise the tariff schedule", action("Chile will revise the tariff schedule to reflect the new quotas."));
    }

    /** A plural noun the tagger may read as a verb after the action's verb or "to" is the object, with what defines it. */
    @Test
    void readsAPluralAfterTheVerbAsItsObject() {
        assertEquals("offer loans to projects that recycle nickel",
                action("The bank will offer loans to projects that recycle nickel."));
        assertEquals("give grants to firms that train miners", action("The ministry will give grants to firms that train miners."));
    }

    /** A series after a preposition is one of nouns, also where the tagger reads a modifier in it as a verb. */
    @Test
    void keepsASeriesOfNounsAfterAPreposition() {
        assertEquals("cooperate on tailings reuse, mine closure and site restoration",
                action("The Parties will cooperate on tailings reuse, mine closure and site restoration."));
        assertEquals("swap data on export quotas, permitting timelines and port capacity",
                action("The two agencies will swap data on export quotas, permitting timelines and port capacity."));
        assertEquals("finance mines, build plants and train workers", action("The firms will finance mines, build plants and train workers."));
        // a further infinitive after the comma is another act, not an item of the series
        assertEquals("widen access for smelter products; raise concerns; expand cooperation",
                action("The two sides commit to widen access for smelter products, to raise concerns, and to expand cooperation."));
    }

    /** After a verb whose object is only the means, the purpose is the act and stays; after any other object it goes. */
    @Test
    void keepsThePurposeAfterAMeansVerb() {
        assertEquals("use the new tariff portal to help importers file claims",
                action("The agency will use the new tariff portal to help importers file claims."));
        assertEquals("enlist smallholders to address erosion on mine sites",
                action("Ghana will enlist smallholders to address erosion on mine sites."));
        assertEquals("set up a joint fund", action("The two ministries will set up a joint fund to help small miners."));
        assertEquals("do everything in power to help growers hit by the ban",
                action("The Government is committed to doing everything in its power to help growers hit by the ban."));
    }

    /** A report verb after "and" opens another clause's pledge, not a further act of this one. */
    @Test
    void stopsBeforeAReportOfAnotherPledge() {
        assertEquals("no longer export copper concentrate",
                action("Chile confirmed it would no longer export copper concentrate, and said it would extend the ban to cobalt."));
    }

    /** A pledge's content after "commitments to", also with its maker after "by", is the act, not a purpose left out. */
    @Test
    void keepsWhatCommitmentsAreToDo() {
        assertEquals("finalize commitments to address barriers to cobalt trade",
                action("Ghana and Chile will finalize commitments to address barriers to cobalt trade."));
        assertEquals("finalize commitments by Ghana to address duties on copper cathodes",
                action("The two sides will finalize commitments by Ghana to address duties on copper cathodes."));
        // a clause of "that" after the pledge's verb is left out with it, as a purpose's is
        assertEquals("make a lasting commitment", action("We will make a lasting commitment to ensure that every mine is safe."));
    }

    /** Two names that open a clause of "if" are one subject: the clause goes on after "and". */
    @Test
    void keepsTwoNamesOfOneSubjectInAQuestion() {
        assertEquals("determine if Ghana and Peru have taken steps to open lithium markets",
                action("Chile intends to determine if Ghana and Peru have taken steps to open their lithium markets."));
    }

    /** A pledge renewed in words of its own after a pledged noun ("and reiterate our commitment to") names the act. */
    @Test
    void readsTheActOfARenewedPledgeAfterAPledgedNoun() {
        assertEquals("refrain from export bans on copper", action("We reaffirm our commitment to peace in the region and "
                + "reiterate our firm commitment to refrain from export bans on copper."));
        assertEquals("refrain from export bans on copper", action("We reaffirm the lasting commitment to peace in the region"
                + " — as stated in Lima on 3 May 2026 — and reiterate our commitment to refrain from export bans on copper."));
    }

    /**
     * A first action whose tail only describes its object gives a further act of the same subject the words it needs;
     * a short complement that completes the object stays, and a clause with a subject of its own changes nothing.
     */
    @Test
    void shortensALongFirstActionForTheSameSubjectsNextAct() {
        // ("that headway" at the sentence's end is a determiner and its noun, no relative clause to cut)
        assertEquals("advise the Minister concerning the headway; recommend to the Minister measures to speed that headway",
                action("The Council shall advise the Minister concerning the headway made in carrying out the provisions of this "
                        + "cobalt plan and shall recommend to the Minister measures to speed that headway."));
        assertEquals("maintain a royalty of 12 percent on Chilean copper concentrates",
                action("The Bureau will maintain a royalty of 12 percent on Chilean copper concentrates and will apply a zero rate to listed ores."));
    }

    /** A further act after an aside that follows its own binding modal, or after examples that close the first act. */
    @Test
    void findsAFurtherActAfterAnAside() {
        assertEquals("publish the survey data; report to the Minister on the survey",
                action("The Bureau shall publish the survey data and shall, from time to time, report to the Minister on the survey."));
        assertEquals("publish the survey data",
                action("The Bureau shall publish the survey data and may, from time to time, invite miners to comment on it."));
        assertEquals("review the export practices of major lithium producers; consider suitable responses",
                action("The Office shall review the export practices of major lithium producers, including with regard to quotas "
                        + "and licences, and consider suitable responses."));
        // (examples in a series of their own end on a noun, no further act)
        assertEquals("report progress toward the integration of the mining registers",
                action("The Office shall report progress toward the integration of the mining registers, including shared access "
                        + "to permits, maps, and survey records."));
    }

    /** A long aside of two qualifiers after the modal ends at the verb whose article follows it, however it was tagged. */
    @Test
    void readsTheVerbAfterTwoJoinedQualifiers() {
        assertEquals("furnish the Council with data on cobalt exports",
                action("Each ministry shall, to the extent permitted by law and subject to the availability of funds, furnish the "
                        + "Council with data on cobalt exports."));
    }

    /** What the things of a short object serve after a copula says which ones are meant, also with two verbs after "to". */
    @Test
    void keepsAClauseOfWhatTheObjectServes() {
        assertEquals("take all steps that are necessary to protect the lithium deposits of the region",
                action("The Bureau will take all steps that are necessary to protect the lithium deposits of the region."));
        assertEquals("take all actions that are appropriate to enforce and review this cobalt order",
                action("The Minister and the Bureau are directed to take all actions that are appropriate to enforce and review "
                        + "this cobalt order and any rules adopted under it."));
        // ("consistent with" after the copula is a qualifier, left out as everywhere)
        assertEquals("adopt rules", action("The Bureau will adopt rules that are consistent with the cobalt code."));
    }

    /**
     * A clause with a subject of its own whose verb takes the object as its own says which things are meant; a clause
     * whose verb has an object of its own says what the object holds, and ends the action.
     */
    @Test
    void keepsAClauseOfTheObjectWithItsOwnSubject() {
        assertEquals("identify the projects that the partners will finance in the cobalt sector",
                action("The Ministers will identify the projects that the partners will finance in the cobalt sector."));
        assertEquals("support the mines that Zambia has licensed", action("The Parties will support the mines that Zambia has licensed."));
        assertEquals("fund the smelters that it certifies under the lithium code",
                action("The Bureau will fund the smelters that it certifies under the lithium code."));
        assertEquals("honour the assurance", action("Japan will honour the assurance that Peru will supply copper."));
    }

    /**
     * A clause a preposition and "which" open after a noun of the object says which things are meant, as one of "that"
     * does, where the budget holds it; one that runs past the budget or names the extent of something keeps its old cut.
     */
    @Test
    void keepsAClauseOfThePrepositionAndWhich() {
        assertEquals("map the sites on which the partners will build the cobalt refinery",
                action("The Bureau shall map the sites on which the partners will build the cobalt refinery."));
        assertEquals("set up a portal through which mining firms may file permit requests",
                action("The Ministry will set up a portal through which mining firms may file permit requests."));
        assertEquals("list the cases in which existing lithium licences have not been renewed",
                action("The Office shall list the cases in which existing lithium licences have not been renewed."));
        // (a clause too long for the budget ends the action before its preposition)
        assertEquals("publish the rules", action("The Office shall publish the rules under which the smelters of the northern "
                + "provinces will report their monthly copper and cobalt output to the regional ministries."));
    }

    /** Whose judgment picks the object ("as the Minister deems appropriate") is no part of the act. */
    @Test
    void leavesOutAJudgmentAfterAs() {
        assertEquals("consult such mining boards", action("The Bureau shall consult such mining boards as the Minister of Mines "
                + "deems appropriate."));
        assertEquals("renew the cobalt licences every 3 years",
                action("The Bureau shall renew the cobalt licences every 3 years as the Minister may deem necessary."));
    }

    /** A means keeps its purpose after an aside of how it is taken, as after a qualifier; a full object does not. */
    @Test
    void keepsTheMeansPurposeAfterAnAsideOfHow() {
        // ("take steps to" only carries the act, as without the aside)
        assertEquals("speed the shipment of refined cobalt to Zambian plants",
                action("The Sides will take steps, drawing on public lenders and joint funds, to speed the shipment of refined "
                        + "cobalt to Zambian plants."));
        assertEquals("take measures to open new graphite mines",
                action("Peru intends to take measures, using tax tools and public credit, to open new graphite mines."));
        // a purpose that only names a gain stays out, as everywhere
        assertEquals("take measures", action("Peru intends to take measures, using tax tools, to ensure supply."));
        // a full object: the purpose after the aside is no part of it
        assertEquals("build a lithium refinery",
                action("Chile will build a lithium refinery, using state funds, to supply battery makers."));
    }

    /** After one example in commas, a noun phrase that ", and" joins is a second object of the verb. */
    @Test
    void keepsASecondObjectAfterOneExample() {
        assertEquals("study market tools and common reserves of nickel held by the partners",
                action("The Ministers will study market tools, such as buying pools, and common reserves of nickel held by "
                        + "the partners."));
        assertEquals("fund tin smelters and the port of Lobito",
                action("The Bank intends to fund tin smelters, including the one in Kigali, and the port of Lobito."));
        // examples that go on as a list keep their own "and"; a clause after the "and" has its own subject
        assertEquals("study market tools",
                action("The Ministers will study market tools, such as buying pools, price floors, and joint reserves."));
        assertEquals("study market tools",
                action("The Ministers will study market tools, such as buying pools, and the Bank will fund them."));
        // a means or a field as the example, or a clause in the past after the "and": no second object
        assertEquals("deepen cooperation on tin",
                action("The ministers agreed to deepen cooperation on tin, including through the forum, and the Bank's fund."));
        assertEquals("deepen cooperation",
                action("The ministers agreed to deepen cooperation, including on tin, and Mr. Lee praised the Bank."));
    }

    /** An item's opening clause of condition or phrase of manner leads in to its verb, as a qualifier does. */
    @Test
    void readsAnItemPastItsOpeningClause() {
        assertEquals("notify the applicant of the grounds for refusal",
                ActionPhrase.of("(iv) where a mining licence is refused, notify the applicant of the grounds for refusal;", 0));
        assertEquals("provide technical advice on cobalt tracing",
                ActionPhrase.of("(ii) at the request of a partner state, provide technical advice on cobalt tracing;", 0));
        // (an item that opens with its verb keeps its words)
        assertEquals("publish a register of graphite deposits", ActionPhrase.of("(i) publish a register of graphite deposits;", 0));
    }

    /**
     * The verbs of an item before an aside of those it acts with take the object after it: one opened by a modifier,
     * two verbs with an adverb, and the counterpart a verb that works with one takes.
     */
    @Test
    void readsAnItemsObjectAfterTheBodiesItActsWith() {
        assertEquals("share relevant data on lithium shipments with the partner agencies",
                ActionPhrase.of("(iii) share, in coordination with the Bureau of Mines, relevant data on lithium shipments with the "
                        + "partner agencies;", 0));
        assertEquals("review and regularly update guidelines for tailings dams",
                ActionPhrase.of("(v) review and regularly update, in consultation with the provinces, guidelines for tailings dams;", 0));
        assertEquals("engage with producer states on nickel traceability",
                ActionPhrase.of("(vi) engage, in coordination with the Trade Office, with producer states on nickel traceability;", 0));
        // (no other verb takes the counterpart's "with" as its object)
        assertEquals("publish", ActionPhrase.of("(vii) publish, in consultation with the Bureau, with the support of experts;", 0));
    }

    /** "as well as" before a verb joins a second act, as "and" does. */
    @Test
    void readsASecondActAfterAsWellAs() {
        assertEquals("invest in cobalt refining; build a joint stockpile of nickel",
                action("Both governments will invest in cobalt refining, as well as build a joint stockpile of nickel."));
    }

    /** A means in an aside between a verb and its question or object is left out, as those it acts with are. */
    @Test
    void readsAVerbsQuestionAfterAMeansInAnAside() {
        assertEquals("assess whether domestic smelters can meet the demand for refined cobalt",
                ActionPhrase.of("(ii) assess, including by reviewing earlier surveys, whether domestic smelters can meet the demand "
                        + "for refined cobalt;", 0));
        assertEquals("support the efforts of partner states to map graphite deposits",
                action("The Bureau will support, including through technical advice, the efforts of partner states to map graphite "
                        + "deposits."));
    }

    /**
     * A passive clause the cue wants brought about ("for a board to be set up", "that a fund be created") is read
     * actively: its subject is the object of its verb, the parties named as its agent are who commit.
     */
    @Test
    void readsAWantedPassiveClauseActively() {
        assertEquals("establish review board",
                action("The two ministries intend for a review board to be established by the Participants before the end of the year."));
        assertEquals("create joint graphite fund to finance new processing plants",
                action("Both governments intend that a joint graphite fund be created to finance new processing plants."));
        assertEquals("carry out mapping survey of the northern copper belt",
                action("The two ministries intend for a mapping survey to be carried out of the northern copper belt."));
        // (one that acts itself keeps its verb)
        assertEquals("grant loans to cobalt refiners",
                action("The two ministries intend for the development bank to grant loans to cobalt refiners."));
    }

    /** Two verbs in commas that share the object after them ("call for, and commit to fund, …") take it both. */
    @Test
    void twoVerbsInCommasShareTheirObject() {
        assertEquals("call for and fund a survey of lithium brines in the basin",
                action("The Bureau intends to call for, and commit to fund, a survey of lithium brines in the basin."));
        assertEquals("finance and help to build a nickel smelter in the province",
                action("The agency will finance, and help to build, a nickel smelter in the province."));
    }

    /** The parties' own support after "as well as" is a second pledge, not a cut tail of the first one's object. */
    @Test
    void readsTheSupportAfterAsWellAsAsASecondPledge() {
        assertEquals("support responsible mining; support the training of mine inspectors in the region",
                action("The ministries reaffirm their commitment to responsible mining, as well as their support for the "
                        + "training of mine inspectors in the region."));
        assertEquals("map lithium deposits; support for the training of geologists",
                action("The agencies will map lithium deposits, as well as their support for the training of geologists."));
    }

    /** A report's attribution ends the action also where its speaker's name has a hyphen or a series comes before it. */
    @Test
    void leavesOutAnAttributionAfterAHyphenatedNameOrASeries() {
        assertEquals("lift export curbs on graphite",
                action("The ministry will lift export curbs on graphite, senior trade official Choi Sang-mok told reporters."));
        assertEquals("fund two cobalt refineries",
                action("Seoul will fund two cobalt refineries, presidential policy adviser Han Dong-hoon said on Friday."));
        assertEquals("open market to American cotton, corn and soybeans",
                action("Vietnam would open its market to American cotton, corn and soybeans, the president said in a post."));
    }

    /** A rate per year is part of the quantity, and a gerund's verb ending in a double "s" takes no "e". */
    @Test
    void keepsARatePerYearAndReadsPressingAsPress() {
        assertEquals("fund a 50 tonne per year gallium plant in Ontario",
                action("The bank will fund a 50 tonne per year gallium plant in Ontario."));
        assertEquals("sell 2,000 tonnes of nickel per year to the carmaker",
                action("The miner will sell 2,000 tonnes of nickel per year to the carmaker."));
        assertEquals("press regulators to approve the smelter",
                action("The trade body said it would keep pressing regulators to approve the smelter."));
    }

    /** When a reported act comes, told by another act of the party or a financial year, is no part of it. */
    @Test
    void leavesOutWhenAReportedActComes() {
        assertEquals("build a nickel refinery in Ohio",
                action("Halden Metals said it would build a nickel refinery in Ohio after signing an offtake deal with the agency."));
        assertEquals("start output at the mine",
                action("The miner aims to start output at the mine in the 2027 financial year."));
    }

    /**
     * A plan's verbs take the object after a recipient and an aside also where an adverb leads in to them, an item
     * opens them in upper case, a period of days without commas follows the recipient, the recipient is the
     * President with no "to", or the recipient follows the head of the object.
     */
    @Test
    void readsTheObjectAfterARecipientAndAnAside() {
        assertEquals("prepare and deliver a strategy for recycling battery graphite",
                action("The Secretary shall promptly prepare and deliver to the President, through the Council, a strategy for "
                        + "recycling battery graphite."));
        assertEquals("Prepare and submit a survey of cobalt stocks held by federal agencies",
                ActionPhrase.of("(iv) Prepare and submit to the Director, through the Bureau, a survey of cobalt stocks held by "
                        + "federal agencies;", 0));
        // (a recipient before a period of days stays, as one right before the object does)
        assertEquals("provide to the President options for expanding domestic nickel refining",
                action("The Advisor shall, in coordination with the Secretary of Energy, provide to the President within 60 days "
                        + "of the date of this order options for expanding domestic nickel refining."));
        assertEquals("provide a report describing the steps taken to secure rare earth magnets",
                action("The Secretary shall provide the President, through the Advisor, a report describing the steps taken to "
                        + "secure rare earth magnets."));
        // (a recipient after the head of the object: what follows the aside goes on with that object)
        assertEquals("deliver a plan to expand the refining of rare earth oxides",
                action("The Secretary shall deliver a plan to the President, through the Advisor, to expand the refining of "
                        + "rare earth oxides."));
        // (a verb ending in "ply" is no adverb)
        assertEquals("supply the data on nickel stocks",
                action("The Bureau shall supply to the Office, through the Council, the data on nickel stocks."));
    }

    /**
     * An action is not cut inside a phrase: a name joined by a hyphen or of capitalized words, a series of adjectives
     * set off by commas, a question its verb asks, the clause that says who "those" are, a series of nouns whose last
     * one the tagger read as a verb, or the first half of "not only … but also".
     */
    @Test
    void cutsNoPhraseInTheMiddle() {
        assertEquals("map cobalt deposits; deepen the resilience of Peru-Chile lithium supply chains",
                action("The ministries will map cobalt deposits and deepen the resilience of Peru-Chile lithium supply chains."));
        assertEquals("train mine inspectors; expand the Chile-Peru Joint Mine Safety Program",
                action("The agencies will train mine inspectors and expand the Chile-Peru Joint Mine Safety Program."));
        assertEquals("carry forward the Graphite Dialogue",
                action("The partners intend to carry forward the Graphite Dialogue as a results-driven, whole-of-government "
                        + "effort across the battery value chain to speed up permits."));
        assertEquals("work together on exploring which financing tools could lower the cost of refining",
                action("The two agencies will work together on exploring which financing tools could lower the cost of refining."));
        assertEquals("explore how tax credits could help nickel smelters cut emissions",
                action("The Bureau will explore how tax credits could help nickel smelters cut emissions."));
        // (a purpose's verb cut from its question is left out with it)
        assertEquals("review these reports",
                action("The ministers will review these reports to determine when and how the cobalt export ban would end, "
                        + "and report to the Council."));
        assertEquals("take joint action against those who smuggle gold from the mines",
                action("The states will take joint action against those who smuggle gold from the mines."));
        assertEquals("curb flaring, venting, and leakage in lithium brine operations",
                action("Both sides plan to curb flaring, venting, and leakage in lithium brine operations."));
        assertEquals("work together",
                action("We will continue to work together not only as the Alliance, but also with other nations committed "
                        + "to responsible cobalt mining."));
    }

    /** A second complement of the same head after "as well as" and the first's preposition is kept, its examples left. */
    @Test
    void keepsASecondComplementAfterAsWellAs() {
        assertEquals("review the funds set aside for graphite refining as well as for cobalt recycling",
                action("The Secretary shall review the funds set aside for graphite refining, including anode plants, as well as "
                        + "for cobalt recycling."));
        assertEquals("assess the permits issued in Alaska as well as in Nevada",
                action("The Secretary shall assess the permits issued in Alaska, as well as in Nevada."));
    }

    /**
     * A hedge set off by commas ("as appropriate", "consistent with applicable law", "to the extent practicable", two
     * of them joined by "and") is a trailing qualifier moved inside the phrase: the phrase reads on past it, also where
     * it stands in a passive's subject.
     */
    @Test
    void readsOnPastAHedgeInCommas() {
        assertEquals("evaluate ways in which the agency can fund the recycling of lithium batteries",
                action("The head of each agency shall evaluate ways in which the agency can, as appropriate and consistent "
                        + "with applicable law, fund the recycling of lithium batteries."));
        assertEquals("establish procedures to license the export of cobalt concentrates",
                action("The Secretary shall establish procedures, consistent with applicable law, to license the export of "
                        + "cobalt concentrates."));
        assertEquals("accept such a designation",
                action("Each agency shall, to the greatest extent practicable and consistent with applicable law, accept "
                        + "such a designation."));
        assertEquals("review and revise the list of critical minerals",
                action("The Secretary of Commerce shall review and revise, as necessary, the list of critical minerals."));
        // (a law that opens a series of rules is no hedge)
        assertEquals("undertake the following lines of effort",
                action("The agencies shall undertake the following lines of effort, consistent with applicable law, "
                        + "Presidential directives, and Federal regulations:"));
        assertEquals("suspend exports of gallium and germanium",
                action("The Secretary shall suspend exports of gallium and, as applicable, germanium, until the audit ends."));
    }

    /** A passive of two participles reads both actively; examples after the passive's subject are left out. */
    @Test
    void readsTwoParticiplesAndASubjectBeforeExamplesActively() {
        assertEquals("protect and defend supply of rare earth magnets",
                action("The supply of rare earth magnets must be protected and defended."));
        assertEquals("rebuild and expand national cobalt stockpile",
                action("The national cobalt stockpile should be rebuilt and expanded."));
        assertEquals("conduct reviews of graphite imports",
                action("Reviews of graphite imports, including those started under section 232, shall be conducted "
                        + "consistent with the Strategy."));
    }

    /**
     * A passive whose subject stands away from its modal: the noun a relative clause restricts ("Guidance that shall be
     * developed"), or the first clause's subject where a second predicate follows ", and"; an item's opening aside keeps
     * its closing comma where a hedge ends it.
     */
    @Test
    void findsAPassiveSubjectAwayFromItsModal() {
        assertEquals("develop rules",
                action("Rules that shall be developed by the Department of Energy on cobalt audits are to be published."));
        assertEquals("minimize delays",
                action("The delays in licensing nickel smelters raise costs for carmakers, and should be minimized."));
        assertEquals("meet conditions",
                action("The agencies have outlined the conditions that must be met by the Ministry of Commerce to resume "
                        + "cobalt sales."));
        assertEquals("identify the lithium projects",
                ActionPhrase.of("(ii) in consultation with the heads of relevant agencies, as appropriate, identify the "
                        + "lithium projects that need financing; and", 0));
    }

    /** A middle initial or a name's "Jr." is no sentence end; a letter that numbers a part still may be. */
    @Test
    void anInitialInANameDoesNotEndTheAction() {
        assertEquals("name a copper mine after John Q. Public in the state of Nevada",
                action("The Council will name a copper mine after John Q. Public in the state of Nevada."));
        assertEquals("list such posts in Schedule B", action("Such posts shall be listed in Schedule B. Pay for them is set by law."));
    }

    /**
     * An aside in commas between the verbs and their object is left out and the object kept: after an item's two verbs
     * (the first capitalized), and after a means and the "to" of its purpose.
     */
    @Test
    void keepsTheObjectAfterAnAsideThatFollowsTheVerbs() {
        assertEquals("Establish and support a regional water council",
                ActionPhrase.of("- Establish and support, in partnership with the river basin commission, a regional water"
                        + " council;", 2));
        assertEquals("consider steps to promote safe working conditions",
                action("The agencies shall consider steps to promote, including within supplier firms, safe working"
                        + " conditions."));
    }

    /**
     * Where the action stops before a "that" whose clause it leaves out, the participle or the purpose's verb that the
     * clause belongs to goes too; a gerund right after the verb keeps its clause, as does the purpose of a means.
     */
    @Test
    void leavesNoVerbCutFromItsClauseOfThat() {
        assertEquals("consider issuing guidance",
                action("The Board shall consider issuing guidance stating that a missing safety plan may breach the statute."));
        assertEquals("coordinate with one another",
                action("The regional offices shall coordinate with one another, as appropriate, to ensure that employers "
                        + "receive the same advice."));
        assertEquals("consider requiring that every apprentice receive a written training plan",
                action("The Secretary of Labor shall consider requiring that every apprentice receive a written training plan."));
        assertEquals("take all necessary and appropriate actions to ensure that apprentices are paid on time",
                action("The Secretary of Labor shall take all necessary and appropriate actions to ensure that apprentices "
                        + "are paid on time."));
    }

    /**
     * A deadline counted from the date of the text stands between the verb and the rest of the act: the object or
     * complement after it stays, also after a recipient whose name has its short name in parentheses.
     */
    @Test
    void readsTheActOnAfterADeadlineFromTheDateOfTheText() {
        assertEquals("issue a notice on the use of recycled tires",
                action("The Administrator shall issue a notice within 45 days of the date of this memorandum on the use of "
                        + "recycled tires."));
        assertEquals("deliver to the Director of the NEC a detailed inventory of the grid projects",
                action("The Secretary of Energy shall deliver to the Director of the National Economic Council (NEC), within "
                        + "60 days of the date of this order, a detailed inventory of the grid projects."));
    }

    /** The cases an act is taken in, told as a clause after "in cases in which" or "where", are a condition, left out. */
    @Test
    void endsBeforeTheCasesTheActIsTakenIn() {
        assertEquals("prioritize inspections",
                action("The Commission shall prioritize inspections in cases in which a label is misleading."));
        assertEquals("refund the fee",
                action("The Agency shall refund the fee in instances where a permit is withdrawn."));
    }

    /**
     * A means' "to ensure that …" cut before its clause has a verb: what is ensured says more than the means, and the
     * action starts at "ensure".
     */
    @Test
    void leavesOutAPurposeClauseCutBeforeItsVerb() {
        assertEquals("ensure all bridges, tunnels, ferry terminals, rail yards, and similar facilities",
                action("The Secretary shall take action to ensure that all bridges, tunnels, ferry terminals, rail yards, "
                        + "and similar facilities within the agency's remit meet the new code."));
        assertEquals("continue efforts to ensure that ports reopen quickly",
                action("The agencies will continue their efforts to ensure that ports reopen quickly."));
    }

    /** A long list of those told to act, or one whose last noun reads as a verb ("advocates"), ends at their "to". */
    @Test
    void skipsALongListOfThoseToldToAct() {
        assertTrue(action("I call upon mayors, teachers, and advocates across the Nation to check the swings.")
                .startsWith("check the swings"));
        assertTrue(action("I encourage citizens, school boards, private firms, charities, the media, and other interested "
                + "groups to check the swings.").startsWith("check the swings"));
    }

    /** A deadline in commas whose time runs from a point ("of the signing of this plan") still leads on to the purpose. */
    @Test
    void goesOnToThePurposeAfterADeadlineInCommasWithItsStartingPoint() {
        assertEquals("take steps to open the smelter to foreign buyers",
                action("The Ministry will take steps, within nine months of the signing of this plan, to open the smelter to "
                        + "foreign buyers."));
    }

    /** A text's purpose told as setting out what its parties intend carries the act they intend. */
    @Test
    void readsThroughAPurposeThatSetsOutWhatThePartiesIntend() {
        assertEquals("pool survey data on cobalt",
                action("The aim of this Arrangement is to set out how the Participants intend to pool their survey data on cobalt."));
        assertEquals("deepen trade in nickel",
                action("The goal of this Memorandum is to set out the intention of the Sides to deepen trade in nickel."));
    }

    /**
     * An act that commas set off in a series is shortened to its verb and object head where the first act's long
     * object took the words, not dropped.
     */
    @Test
    void keepsTheVerbAndObjectHeadOfASeriesActAfterALongFirstObject() {
        assertEquals("cut leakage from pipelines and compressor stations in the northern and western basins; expand the network",
                action("The ministers will cut leakage from pipelines and compressor stations in the northern and western basins, "
                        + "expand the network of charging points along highways, and review the tariff schedule."));
        assertEquals("curb flaring at refineries and storage terminals along the coast and inland; modernize the grid",
                action("The agencies commit to curb flaring at refineries and storage terminals along the coast and inland, "
                        + "modernize the grid in rural districts, and train inspectors."));
    }

    /** ", and to …" after a first act the word limit cut before its comma is a further act of the series. */
    @Test
    void findsASeriesInfinitiveAfterAFirstActCutBeforeItsComma() {
        assertEquals("raise standards of worker safety, wage protection and grievance procedures; cooperate on the auditing of factories",
                action("The two governments intend to raise standards of worker safety, wage protection and grievance procedures "
                        + "in the textile and garment sectors, and to cooperate on the auditing of factories."));
    }

    /** Without a comma, a further act of the same subject that the first act's words leave no room for stays out. */
    @Test
    void leavesOutAFurtherActJoinedWithoutACommaWhereTheFirstFillsTheBudget() {
        assertEquals("maintain a tariff of 10 percent on imported steel",
                action("The Ministry will maintain a tariff of 10 percent on imported steel and will apply a zero rate to listed machinery."));
    }

    /** An adjective in -ing after "and" is part of the object's noun phrase, not the verb of a further act. */
    @Test
    void keepsAnIngAdjectiveAfterAndInTheObject() {
        assertEquals("work for the farmers and hardworking nurses we met last spring",
                action("We will keep working for the farmers and hardworking nurses we met last spring."));
    }

    /** A preposition stranded at the end of a relative clause with a pronoun subject closes the clause. */
    @Test
    void keepsAPrepositionStrandedAtTheEndOfARelativeClause() {
        assertEquals("stand with the growers and hardworking crews we trade with",
                action("We will stand with the growers and hardworking crews we trade with."));
    }

    /** Two participles of one noun in a clause after "until" are no further act. */
    @Test
    void readsNoFurtherActInAPairOfParticiplesOfASubordinateClause() {
        assertEquals("not rest", action("We will not rest until every worker injured or laid off in the region is supported."));
    }

    /** "that" before a noun that ends the sentence is a determiner, so the complement of "allow X to" stays. */
    @Test
    void keepsTheComplementOfAllowWhereItsObjectOpensWithThat() {
        assertEquals("not allow rivals in the region to undermine that strength",
                action("The agency will not allow our rivals in the region to undermine that strength."));
    }

    /** A clause of "everything" closed by an adverb and a modal, and "that" as the object at the end, are whole. */
    @Test
    void keepsTheLastWordOfAClauseClosedByAModalOrAPronoun() {
        assertEquals("push to do everything we reasonably can",
                action("We will keep pushing to do everything we reasonably can, but the costs are high."));
        assertEquals("review the options before us to do just that",
                action("The board will review the options before us to do just that."));
    }

    /** The "-ing" of a verb that takes no object, right before a noun after "and", describes that noun. */
    @Test
    void readsAnIntransitiveIngBeforeANounAsItsModifier() {
        assertEquals("stand up for the retirees and working parents of the county",
                action("We will keep standing up for the retirees and working parents of the county."));
    }

    /** A clause after ", and" whose subject is a series of bodies in commas is a pledge of its own, not more object. */
    @Test
    void endsTheFirstActBeforeAClauseWhoseSubjectIsASeriesOfBodies() {
        assertEquals("review the tin quotas every spring; review them each autumn",
                action("The Parties will review the tin quotas every spring, and the mining ministers, trade ministers and port "
                        + "authorities will likewise review them each autumn."));
        assertEquals("buy cobalt hydroxide; sell refined cobalt to Chile",
                action("Peru will buy cobalt hydroxide, and Canada, Japan and Korea will sell refined cobalt to Chile."));
    }

    /** The passive of a light verb of effort names no act: the act is the verb after its "to", with or without an agent. */
    @Test
    void readsThePassiveOfAnEffortAsTheActAfterItsTo() {
        assertEquals("widen access to graphite concentrate",
                action("Efforts shall be made to widen access to graphite concentrate."));
        assertEquals("resolve tin export disputes",
                action("Every effort will be made by Peru and Chile to resolve tin export disputes."));
        assertEquals("lower the cost of nickel refining",
                action("All necessary steps shall be taken to lower the cost of nickel refining."));
    }

    /** A relative "that" after a plural noun the tagger may read as a verb stays, so the clause still reads. */
    @Test
    void keepsTheRelativeThatAfterAPluralNounOfTheObject() {
        String sentence = "Our banks will pursue investments that are values-driven, high-standard and transparent.";
        assertEquals("pursue investments that are values-driven, high-standard and transparent",
                ActionPhrase.of(sentence, sentence.indexOf("pursue")));
    }

    /** After a pledge named as a noun, a verb the tagger reads as an adjective, pronoun or name is the act, with no "support". */
    @Test
    void readsAVerbAfterACommitmentNounAsTheAct() {
        assertEquals("advance tin recycling in the Andes",
                action("Peru reaffirmed its commitment to advance tin recycling in the Andes."));
        assertEquals("uphold fair rules for cobalt trade",
                action("The Parties renewed their commitment to uphold fair rules for cobalt trade."));
        assertEquals("promote nickel refining",
                action("We restated our commitment to promote nickel refining."));
        // an adjective as often as a verb keeps the pledged noun phrase
        assertEquals("support free trade in copper", action("Chile reaffirmed its commitment to free trade in copper."));
    }

    /** A subject that acts (an official, a government) is in the state itself; a thing is brought into it. */
    @Test
    void aSubjectThatActsIsInTheStateItself() {
        assertEquals("be clear in her message to nickel buyers",
                action("The Minister will continue to be clear in her message to nickel buyers."));
        assertEquals("be transparent about tin auctions",
                action("The Government of Peru will be transparent about its tin auctions."));
        assertEquals("make cobalt duty cuts effective",
                action("The cobalt duty cuts will be effective."));
    }

    /** A passive leaves no object: a "particle" a noun phrase follows is a preposition of time, not part of the verb. */
    @Test
    void readsUponAfterAPassiveAsAPrepositionNotAParticle() {
        assertEquals("remove tariffs on imports of zinc concentrate",
                action("Tariffs on imports of zinc concentrate shall be removed upon the signature of this Protocol."));
        assertEquals("eliminate export taxes on copper cathodes and tin ingots",
                action("Export taxes on copper cathodes and tin ingots shall be eliminated upon the entry into force of this Treaty."));
    }

    /** "keep" with a gerund and an end point in an "until" clause stays whole; a date after "until" is only a deadline. */
    @Test
    void keepsTheEndPointOfAnActKeptUpUntilAStateIsReached() {
        assertEquals("keep negotiating until both sides accept the cobalt pricing formula",
                action("The two ministries will keep negotiating until both sides accept the cobalt pricing formula."));
        assertEquals("consult on the nickel levy",
                action("Peru and Chile will keep consulting on the nickel levy until the end of 2027."));
    }

    /** "never to" keeps its "never", in the first act and in a further infinitive: dropped, it would say the opposite. */
    @Test
    void keepsTheNeverOfANegatedInfinitive() {
        assertEquals("never restrict shipments of tin concentrate",
                action("Bolivia pledges never to restrict shipments of tin concentrate."));
        assertEquals("buy Bolivian tin; never resell it to third parties",
                action("Peru intends to buy Bolivian tin, and never to resell it to third parties."));
    }

    /** A stretch of time named by what it is, or the next meeting as the time an act is due, is no part of the act. */
    @Test
    void leavesOutAStretchOfTimeNamedByWhatItIs() {
        assertEquals("waive the export levy on manganese ore",
                action("The Parties shall waive the export levy on manganese ore during the period of the moratorium."));
        assertEquals("exempt new graphite mines from royalties",
                action("Each Party shall exempt new graphite mines from royalties during the first five years of production."));
        assertEquals("agree on a common list of strategic deposits",
                action("The ministers will agree on a common list of strategic deposits by the next summit."));
    }

    /** Working with a counterpart "in order to" act: the purpose is the act, and it stays. */
    @Test
    void keepsThePurposeOfWorkingWithACounterpartAfterInOrderTo() {
        assertEquals("collaborate with the other Party in order to map deposits of tantalum",
                action("Each Party shall collaborate with the other Party in order to map deposits of tantalum."));
    }

    /** "call for, and commit to provide, [data]": the two verbs share a bare noun object too. */
    @Test
    void sharesABareNounObjectBetweenTwoVerbsInCommas() {
        assertEquals("call for and provide data on smelter emissions",
                action("The Parties call for, and commit to provide, data on smelter emissions."));
    }

    /** The word limit never leaves the action on the first words of a preposition of several ("with respect | to"). */
    @Test
    void neverEndsOnTheFirstWordsOfAPrepositionOfSeveral() {
        String cut = action("Each Party shall grant licences to small cobalt producers in remote mining districts with respect to "
                + "both the export of ore and its transport.");
        assertTrue(!cut.endsWith("with respect") && !cut.endsWith(" with"), cut);
        // a short noun phrase after it that closes on a noun finishes it instead
        assertEquals("provide loans to assist artisanal miners with respect to both training and safety equipment",
                action("Each Party shall provide loans to assist artisanal miners with respect to both training and safety equipment."));
    }

    /** A noun in "-ing" before a means in "-ing" after "by" ends the object: only the means is cut. */
    @Test
    void keepsTheNounInIngBeforeAMeansAfterBy() {
        assertEquals("address IUU fishing", action("The Ministry will address IUU fishing by increasing patrols at sea."));
    }

    /** A cut that would end on the subject of a clause on the object ("the change we") stops before that clause. */
    @Test
    void doesNotEndOnTheSubjectOfAClauseOnTheObject() {
        assertEquals("stand with farmers and empower them to lead the change",
                action("We must stand with farmers and empower them to lead the change we urgently need to protect our soils."));
    }

    /** An item that opens with an item verb's gerund of joint work, read as a noun, has its own act, not its lead-in's. */
    @Test
    void anItemOpeningWithAGerundOfJointWorkKeepsItsOwnVerb() {
        assertEquals("collaborate within international bodies; partner with firms from all sectors",
                ActionPhrase.read("Collaborating within international bodies, including regional bodies, and partnering with"
                        + " firms from all sectors, to raise awareness of unsafe mining practices; and", 0, "use").text());
    }

    /** "to not" before the told party's verb: the negation and the verb are what they are asked to do, not their name. */
    @Test
    void aToldPartysNegatedVerbIsTheAction() {
        assertEquals("not delay and promptly ratify the copper treaty",
                action("The Government calls on the Senate to not delay and promptly ratify the copper treaty."));
        assertEquals("never impose export bans on cobalt",
                action("The Council calls on its members to never impose export bans on cobalt."));
    }

    /** After an aside that lists names as examples, the next name is another example, not the verb's object. */
    @Test
    void aNameAfterTheCommaOfAListOfExamplesIsNoObject() {
        assertEquals("coordinate in regional bodies on nickel export rules",
                action("The two sides will coordinate in regional bodies, including the AU, the OECD and the IEA, on nickel"
                        + " export rules."));
    }

    /** ", and" before a subject and a modal of its own opens a second clause: the act ends before it. */
    @Test
    void aClauseWithItsOwnSubjectAndModalEndsTheAct() {
        assertEquals("protect the wetlands",
                action("The Parties will protect the wetlands, and any breach of these terms may lead to a review of the accord."));
        assertEquals("buy tin, copper, and nickel", action("The Parties will buy tin, copper, and nickel."));
    }

    /** A comma between a means and the purpose that names the act sets off nothing: the purpose stays. */
    @Test
    void keepsThePurposeOfAMeansAfterAComma() {
        assertEquals("take appropriate measures to ensure that smelters report sulphur emissions",
                action("Peru shall take appropriate measures, to ensure that smelters report their sulphur emissions."));
        assertEquals("take such measures to ensure that refiners keep records of cobalt purchases",
                action("Each Party shall take such measures as may be necessary, to ensure that refiners keep records of cobalt purchases."));
    }

    /** A hedge on where the duty applies ("where feasible", "if necessary") in commas is a qualifier, left out. */
    @Test
    void leavesOutAWhereOrIfHedgeInCommas() {
        assertEquals("ensure lithium exporters keep accurate records",
                action("Chile shall ensure that, where feasible, lithium exporters keep accurate records."));
        assertEquals("review and update the nickel export rules",
                action("The Ministry shall review and, if necessary, update the nickel export rules."));
        // a hedge that leads in to a condition goes with the condition, out of the action
        assertEquals("propose further steps",
                action("The Board shall propose further steps, if necessary, should a smelter fail to meet the cobalt standard."));
    }

    /** A qualifier right after the cue, without commas, is not part of the act: the verb after it opens the action. */
    @Test
    void skipsAQualifierBeforeTheVerbWithoutCommas() {
        assertEquals("adopt common rules on graphite storage", action("Each Party shall at a minimum adopt common rules on graphite storage."));
        assertEquals("align tungsten stockpile rules", action("The Parties will where possible align their tungsten stockpile rules."));
    }

    /** An exception to the duty is a qualifier: the action stops before "except". */
    @Test
    void stopsBeforeAnException() {
        assertEquals("not sell cobalt concentrate to foreign buyers",
                action("Zambia shall not sell cobalt concentrate to foreign buyers except to a Party that applies the same rules."));
    }

    /** A limit cut inside the modifiers after a preposition, before their noun, ends the action before the preposition. */
    @Test
    void endsBeforeAPrepositionWhoseModifierSeriesTheLimitCut() {
        assertEquals("develop and promote national, regional, subregional and bilateral cooperation",
                action("The Parties shall develop and promote national, regional, subregional and bilateral cooperation among "
                        + "geological, customs and mining licensing authorities in order to trace cobalt shipments."));
    }

    /** A hedge of extent in commas with the bounds it is measured within is left out whole: the object after it stays. */
    @Test
    void leavesOutAnExtentHedgeWithItsBoundsBetweenVerbAndObject() {
        assertEquals("take such measures to enable the seizure of smuggled tin concentrate",
                action("Each Party shall take, to the greatest extent possible within its national legal order, such measures as may "
                        + "be necessary to enable the seizure of smuggled tin concentrate."));
    }

    /** "ore" after a noun is a noun, whatever the tagger reads it as, and an exception after it stays out. */
    @Test
    void keepsOreAfterAMineralBeforeAnException() {
        assertEquals("not export lithium ore", action("Chile shall not export lithium ore except to a Party that applies equivalent rules."));
        assertEquals("not export lithium ore", action("Chile shall not export lithium ore."));
    }

    /** The partner of a verb of joint work, named as "in partnership with …", stays in the action: the verb alone says nothing. */
    @Test
    void keepsThePartnerOfAJointWorkVerbGivenWithInPartnershipWith() {
        assertEquals("work in partnership with local utilities to modernize the grid",
                action("Norway and Iceland will work in partnership with local utilities to modernize the grid."));
        assertEquals("cooperate in close coordination with the port authority",
                action("Portugal shall cooperate in close coordination with the port authority."));
        // after an act of its own the same phrase is a trailing qualifier, as before
        assertEquals("expand nickel refining capacity",
                action("Indonesia will expand nickel refining capacity in cooperation with Korean investors."));
    }
    /** A relative clause in the subject of a subjunctive "that" clause is left out; the clause's verb is what is required. */
    @Test
    void keepsTheSubjunctiveVerbAfterARelativeClauseInTheSubject() {
        assertEquals("require cobalt shipments be certified by an accredited body",
                action("The Parties shall require that cobalt shipments that are to be exported be certified by an accredited body."));
        assertEquals("require any rare earth magnet be labelled with origin",
                action("Each Party will require that any rare earth magnet that is imported be labelled with its origin."));
    }

    /** A series of verbs that share one object keeps all of them where a hedge in commas stands before the object. */
    @Test
    void keepsAVerbSeriesBeforeAHedgeThatSharesTheObject() {
        assertEquals("promote, facilitate and finance the transfer of clean technologies",
                action("The Parties will promote, facilitate and finance, where appropriate, the transfer of clean technologies."));
        assertEquals("promote, facilitate and finance the transfer of clean technologies to other Parties",
                action("The Parties shall take all practicable steps to promote, facilitate and finance, as appropriate, the "
                        + "transfer of clean technologies to other Parties."));
    }

    /** An effort that a cue's "to" takes names no act: its purpose is the act, as after "take steps to". */
    @Test
    void readsThePurposeOfAnEffortAfterTheCue() {
        assertEquals("expand refining capacity for lithium in the region",
                action("The Parties commit to a joint effort to expand refining capacity for lithium in the region."));
        assertEquals("curb illegal trade in tin", action("The Parties agree to concerted efforts to curb illegal trade in tin."));
        assertEquals("develop smelting capacity for tin",
                action("The two Governments commit to a collaborative effort to develop smelting capacity for tin."));
    }

    /** "ore" after a mineral the tagger reads as a name is a noun, also before a condition. */
    @Test
    void keepsOreAfterAMineralReadAsANameBeforeACondition() {
        assertEquals("ban the export of nickel ore",
                action("The United States and Japan will ban the export of nickel ore unless it has been refined."));
    }

    /** A lower-case item that opens with a verb of its own does not take its lead-in's verb; a noun item still does. */
    @Test
    void aLowerCaseItemVerbIsTheItemsOwnAct() {
        String areas = "The Sides will cooperate in the following fields:";
        String cooperate = ActionPhrase.read(areas, areas.indexOf(" cooperate"), null).frame();
        assertEquals("align national standards for tin smelters",
                ActionPhrase.read("(c) align national standards for tin smelters;", 0, cooperate).text());
        assertEquals("integrate cobalt refining chains",
                ActionPhrase.read("(a) integrate cobalt refining chains;", 0, cooperate).text());
        assertEquals("cooperate in geological surveys of tin belts",
                ActionPhrase.read("(b) geological surveys of tin belts;", 0, cooperate).text());
    }

    /**
     * A means' "to ensure that …" whose clause the word limit would cut before its verb: what is ensured says more than
     * the means, and the action starts at "ensure"; a clause that fits stays with its means.
     */
    @Test
    void keepsWhatIsEnsuredOverTheMeansWhereTheClauseIsLong() {
        assertEquals("ensure the tailings are capped safely",
                action("Each Party shall take the appropriate measures to ensure that the tailings stored at closed tin mines in "
                        + "the region are capped safely."));
        assertEquals("take measures to ensure that spent solvent from closed plants is destroyed safely",
                action("Each Party shall take measures to ensure that spent solvent from closed plants is destroyed safely."));
    }

    /** A series of participles after one "be" is one passive, also where the tagger reads the first as an adjective. */
    @Test
    void keepsASeriesOfParticiplesAfterBe() {
        assertEquals("require hazardous wastes be packaged, labelled, and transported",
                action("Each Party shall require that hazardous wastes be packaged, labelled, and transported in line with "
                        + "generally accepted international rules."));
    }

    /** What a notice is of follows the asides in commas that tell how and when it is given. */
    @Test
    void keepsWhatANoticeIsOfAfterItsAsides() {
        assertEquals("notify the Registry of any spill of cyanide",
                action("Each Party shall notify the Registry, by the fastest channel open to it and within two days of "
                        + "detection, of any spill of cyanide."));
        assertEquals("inform the other Party of any ban on graphite exports",
                action("Each Party shall inform the other Party, through diplomatic channels, of any ban on graphite exports."));
    }

    /** Three verbs share the object that follows an aside telling by when, however long its anchor. */
    @Test
    void keepsTheObjectOfThreeVerbsAfterATimeAside() {
        assertEquals("establish, equip and operate a laboratory for assaying tin ore",
                action("Each Party shall establish, equip and operate, as soon as possible but no later than three years after "
                        + "the signature of this Protocol, a laboratory for assaying tin ore."));
    }

    /** "and" before a subject with a modal of its own ends the action, also where that verb takes no object. */
    @Test
    void endsBeforeAnotherSubjectsModalClause() {
        assertEquals("approve the lithium levy",
                action("The assembly should approve the lithium levy and the regional council should soon follow."));
    }

    /** A means keeps what it brings about with "so that" where the clause's verb fits; else it stands alone. */
    @Test
    void keepsWhatAMeansBringsAboutWithSoThat() {
        assertEquals("take steps so that cobalt miners can join a union",
                action("The Ministry shall take steps so that cobalt miners can join a union."));
        assertEquals("take measures",
                action("The Ministry shall take measures so that the slag heaps left at abandoned copper pits across the "
                        + "province are fenced."));
    }

    /** A recipient before "the following:" leaves the listed items as the object, as they are without a recipient. */
    @Test
    void takesTheListedItemsAfterARecipientAsTheObject() {
        assertEquals("deliver a yearly audit of royalties",
                action("The Licensee shall deliver to the Director of Mines the following: a yearly audit of royalties, a map "
                        + "of the pits."));
    }
}
