package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.accordex.model.SourceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebPageTextTest {
    private static final String PAGE = "/web/news-article.html";
    private static byte[] page;
    private static String article;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = WebPageTextTest.class.getResourceAsStream(PAGE)) {
            page = in.readAllBytes();
        }
        article = WebPageText.extract(new String(page, StandardCharsets.UTF_8));
    }

    @Test
    void keepsTheHeadlineBylineDateAndEveryParagraphEachInItsOwnBlock() {
        List<String> blocks = List.of(article.split("\n\n"));
        assertEquals("Canada and Norway agree to pool graphite stockpiles", blocks.get(0), article);
        assertTrue(blocks.contains("By Ingrid Halvorsen · March 4, 2026"), article);
        assertTrue(blocks.get(2).startsWith("OTTAWA, March 4, 2026 — Canada and Norway agreed on Wednesday"), article);
        assertTrue(blocks.stream().anyMatch(b -> b.startsWith("Under the arrangement,") && b.endsWith("within six months.")), article);
        assertTrue(blocks.stream().anyMatch(b -> b.startsWith("Canada's natural resources minister")), article);
        assertTrue(blocks.stream().anyMatch(b -> b.startsWith("Norway will also finance")), article);
        assertTrue(blocks.get(blocks.size() - 1).startsWith("Industry groups welcomed the deal"), article);
        assertEquals(7, blocks.size(), article);
    }

    @Test
    void leavesOutMenusNoticesAdsRelatedLinksCommentsAndFooter() {
        for (String boilerplate : List.of("cookies", "Subscribe today", "Markets", "Advertisement", "Related",
                "Lithium prices slide", "Comments", "Great news for the battery plant", "All rights reserved",
                "Terms of use")) {
            assertFalse(article.contains(boilerplate), boilerplate + " in\n" + article);
        }
    }

    @Test
    void theDateOfAStoryInTheRelatedListIsNotThePagesDate() {
        String page = "<html><head><title>Chile and Korea sign a lithium pact | Ministry of Mines</title></head><body>"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header><main>"
                + "<h1>Chile and Korea sign a lithium pact</h1><article><p>Chile and Korea will build a cathode plant in"
                + " Antofagasta, the two ministers said, and will train engineers for it over the next five years.</p>"
                + "<p>The plant will use lithium from the Salar de Atacama and will employ four hundred people.</p>"
                + "<p>Both governments will fund a study of the port the plant needs.</p></article>"
                + "<aside class=\"related-stories\"><h2>Related</h2><ul><li><a href=\"/a\">Copper exports rise</a>"
                + " <time datetime=\"2025-02-03\">February 3, 2025</time></li></ul></aside></main></body></html>";
        String text = WebPageText.extract(page);
        assertTrue(text.startsWith("Chile and Korea sign a lithium pact\n\nChile and Korea will build"), text);
        assertFalse(text.contains("February 3, 2025"), text);
    }

    @Test
    void leavesOutTheTopicTagsUnderAStory() {
        String page = "<html><head><title>Peru opens a copper refinery</title></head><body><article>"
                + "<h1>Peru opens a copper refinery</h1><p>Peru will open a copper refinery in Ilo next year, the mines"
                + " ministry said on Monday, and will invite bids for a second one.</p><p>The refinery will process"
                + " concentrate from three mines in the south of the country.</p>"
                + "<div class=\"article-tags\">Tags: Chile, copper, Canada</div></article></body></html>";
        String text = WebPageText.extract(page);
        assertTrue(text.contains("Peru will open a copper refinery"), text);
        assertFalse(text.contains("Tags:"), text);
    }

    @Test
    void theArticleIsTheDocumentTextAndTikaStillGivesTitleAndDate() throws IngestException {
        SourceDocument document = new Ingestor().ingest(page, Path.of("news-article.html"), "news-article.html");
        assertEquals(article, document.text());
        assertEquals("text/html", document.info().contentType());
        assertEquals("Canada and Norway agree to pool graphite stockpiles | The Northern Ledger", document.info().title());
        assertEquals("2026-03-04", document.info().date());
    }

    @Test
    void aPageThatIsAllContentLosesNothing() {
        String statement = """
                <html><head><title>Joint Statement</title></head><body>
                <h1>Joint Statement on Graphite Supply</h1>
                <p>Done at Oslo, 4 March 2026</p>
                <p>The Participants intend to share information on graphite supply and demand.</p>
                <ul><li>Canada will publish an annual outlook.</li><li>Norway will host a technical workshop.</li></ul>
                <h2>Review</h2>
                <p>The Participants will review this arrangement within two years.</p>
                </body></html>""";
        assertEquals("""
                Joint Statement on Graphite Supply

                Done at Oslo, 4 March 2026

                The Participants intend to share information on graphite supply and demand.

                Canada will publish an annual outlook.

                Norway will host a technical workshop.

                Review

                The Participants will review this arrangement within two years.""", WebPageText.extract(statement));
    }

    @Test
    void lineBreaksStayInsideTheirBlockAndInlineTagsJoinTheirText() {
        assertEquals("Embassy of Japan\nOttawa\n\nThe total is 5 million.",
                WebPageText.extract("<p>Embassy of <b>Japan</b><br>Ottawa</p><p>The <em>total</em> is 5&nbsp;million.</p>"));
    }

    @Test
    void validUtf8IsReadAsUtf8WhateverAMetaTagSays() throws IOException, IngestException {
        String html = "<html><head><title>Malmö</title><meta charset=\"windows-1252\"></head>"
                + "<body><p>A loan of £250,000 for Malmö.</p></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, WebPageText.charset(bytes));
        SourceDocument document = new Ingestor().ingest(bytes, Path.of("late-meta.html"), "late-meta.html");
        assertEquals("A loan of £250,000 for Malmö.", document.text());
        assertEquals("Malmö", document.info().title());
    }

    @Test
    void otherBytesAreReadWithTheDeclaredCharset() throws IOException, IngestException {
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Malmö</title></head>"
                + "<body><p>A loan of £250,000 for Malmö.</p></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("ISO-8859-1", WebPageText.charset(bytes).name());
        SourceDocument document = new Ingestor().ingest(bytes, Path.of("latin1.html"), "latin1.html");
        assertEquals("A loan of £250,000 for Malmö.", document.text());
        assertEquals("Malmö", document.info().title());
    }
}
