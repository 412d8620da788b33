package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.DocumentInfo;
import org.accordex.model.Mention;
import org.accordex.model.Modality;
import org.accordex.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact offsets, types and norms on small texts written for these tests. */
class AnnotatorTest {
    private static final Annotator ANNOTATOR = new Annotator(AnnotatorModels.bundled());

    private static Annotation annotate(String text, String date) {
        DocumentInfo info = new DocumentInfo("test", "test.txt", "", date, "text/plain", "en", text.length());
        return ANNOTATOR.annotate(new SourceDocument(info, text), null);
    }

    private static List<String> mentions(Annotation a) {
        return a.mentions().stream()
                .map(m -> m.type() + " " + m.start() + "-" + m.end() + " " + m.text() + " → " + m.norm()
                        + (m.due() == null ? "" : " due " + m.due()))
                .toList();
    }

    @Test
    void tagsAllFourTypesWithExactOffsets() {
        String text = "The United States and Japan will provide loan guarantees for gallium projects within 90 days.";
        assertEquals(List.of(
                "PARTY 4-17 United States → US",
                "PARTY 22-27 Japan → JP",
                "INSTRUMENT 41-56 loan guarantees → guarantee",
                "MINERAL 61-68 gallium → gallium",
                "DEADLINE 78-92 within 90 days → P90D due 2026-01-26"),
                mentions(annotate(text, "2025-10-28")));
    }

    @Test
    void capitalsCountOnlyAsActors() {
        String text = "Seoul and Canberra agreed to cooperate. The deal was signed in Seoul.";
        assertEquals(List.of("PARTY 0-5 Seoul → KR", "PARTY 10-18 Canberra → AU"), mentions(annotate(text, null)));
    }

    @Test
    void demonymsOnlyWithGovernment() {
        String text = "Japanese companies welcomed the Korean government's plan.";
        assertEquals(List.of("PARTY 32-49 Korean government → KR"), mentions(annotate(text, null)));
    }

    @Test
    void officialNamesInUpperCaseHeadings() {
        String text = "GOVERNMENT OF THE KINGDOM OF THAILAND";
        assertEquals(List.of("PARTY 18-37 KINGDOM OF THAILAND → TH"), mentions(annotate(text, null)));
    }

    @Test
    void wordsInsideNamesOfLawsAreNotMentions() {
        String text = "The Loan Programs Office will apply the Tariff Act of 1930.";
        assertEquals(0, annotate(text, null).mentions().stream()
                .filter(m -> m.text().equals("Loan") || m.text().startsWith("Tariff")).count());
    }

    @Test
    void groupPhrasesResolveToTheDocumentsParties() {
        String text = "Memorandum of Understanding between the Government of Australia and the Government of India\n\n"
                + "The Participants intend to develop lithium supply chains.\n";
        Annotation a = annotate(text, null);
        Commitment c = a.commitments().get(0);
        assertEquals(List.of("AU", "IN"), c.parties());
        assertEquals(Modality.INTENT, c.modality());
        assertEquals(List.of("lithium"), c.minerals());
    }

    /** The commitment of one sentence in a news report about Canada and Chile, after its dateline. */
    private static Commitment newsCommitment(String sentence) {
        String text = "Canada and Chile hold talks on critical minerals\n\nOTTAWA, May 4, 2026 — " + sentence + "\n";
        return annotate(text, null).commitments().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The new working group", "A joint committee", "The secretariat"})
    void aJointBodyActsForTheDocumentsParties(String subject) {
        Commitment c = newsCommitment(subject + " will report on copper processing by 2027.");
        assertEquals(List.of("CA", "CL"), c.parties());
        assertEquals(Modality.COMMITMENT, c.modality());
    }

    @Test
    void aBlankLineAfterAFunctionWordDoesNotEndTheSentence() {
        String text = "Japan will fund two lithium refineries by\n\n2030. Both will sell to allies.\n";
        Annotation a = annotate(text, "2026-03-01");
        assertEquals(List.of("MINERAL 20-27 lithium → lithium", "DEADLINE 39-47 by\n\n2030 → 2030 due 2030-12-31"), mentions(a).stream()
                .filter(m -> !m.startsWith("PARTY") && !m.startsWith("INSTRUMENT")).toList());
        assertEquals("2030-12-31", a.commitments().get(0).deadline().due());
    }

    @ParameterizedTest
    @ValueSource(strings = {"The nations", "The countries", "Both countries", "The three governments"})
    void groupPhrasesInNewsResolveToTheDocumentsParties(String subject) {
        Commitment c = newsCommitment(subject + " should work together on copper processing, officials said.");
        assertEquals(List.of("CA", "CL"), c.parties());
        assertEquals(Modality.RECOMMENDATION, c.modality());
    }

    @Test
    void modalities() {
        String text = "Japan shall not impose export bans.\nKorea will invest in graphite.\n"
                + "Australia intends to build a nickel stockpile.\nCanada should expand permitting.\n"
                + "India invested in copper last year.\n";
        List<Modality> modalities = annotate(text, null).commitments().stream().map(Commitment::modality).toList();
        assertEquals(List.of(Modality.OBLIGATION, Modality.COMMITMENT, Modality.INTENT, Modality.RECOMMENDATION), modalities);
    }

    @Test
    void listItemsInheritTheLeadIn() {
        String text = "Agreement between Canada and Chile\n\nEach Party shall, within six months:\n"
                + "(a) remove export duties on cobalt;\n(b) publish its tariff schedule.\n";
        Annotation a = annotate(text, "2026-01-01");
        // The lead-in has no action of its own: its items are the commitments.
        assertEquals(2, a.commitments().size());
        assertEquals(Modality.OBLIGATION, a.commitments().get(0).modality());
        assertEquals(List.of("CA", "CL"), a.commitments().get(1).parties());
    }

    @Test
    void offsetsIndexTheText() {
        String text = "Japan’s METI and the U.S. Department of Energy will co-invest in rare-earth magnets by the end of 2027.";
        for (Mention m : annotate(text, null).mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        assertEquals(LocalDate.of(2027, 12, 31).toString(), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == org.accordex.model.MentionType.DEADLINE).findFirst().orElseThrow().norm());
    }
}
