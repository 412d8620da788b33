package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.accordex.model.SourceDocument;
import org.junit.jupiter.api.Test;

/** Trade agreements as XML with catalogue data: the text is the agreement, the catalogue gives title and date. */
class TreatyXmlTest {
    private static final String TREATY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <treaty>
              <meta>
                <name>Atlantis - Lemuria Free Trade Agreement</name>
                <wto_rta_id>999</wto_rta_id>
                <date_signed>1999-04-12</date_signed>
                <date_into_force>2000-01-01</date_into_force>
                <parties><partyisocode n="1">ATL</partyisocode></parties>
                <source>http://example.org/atlantis.pdf</source>
              </meta>
              <body>
                <chapter chapter_identifier="1">
                  <article article_identifier="1">Article 1


            Each Party shall eliminate customs duties on originating


            goods within five years of the entry into force of this Agreement.</article>
                  <article article_identifier="2">Article 2


            The Parties will cooperate on the trade in copper ores.</article>
                </chapter>
              </body>
            </treaty>
            """;

    @Test
    void theTextIsTheAgreementsNameAndArticlesWithTheirLinesJoined() throws Exception {
        SourceDocument doc = ContainersTest.INGESTOR.ingest(TREATY.getBytes(StandardCharsets.UTF_8),
                Path.of("pta_999.xml"), "pta_999.xml");
        assertEquals("Atlantis - Lemuria Free Trade Agreement\n\nArticle 1\n\nEach Party shall eliminate customs duties"
                + " on originating goods within five years of the entry into force of this Agreement.\n\nArticle 2\n\n"
                + "The Parties will cooperate on the trade in copper ores.", doc.text());
        assertEquals("Atlantis - Lemuria Free Trade Agreement", doc.info().title());
        assertEquals("1999-04-12", doc.info().date());
    }

    @Test
    void otherXmlIsReadAsBefore() throws Exception {
        byte[] xml = "<?xml version=\"1.0\"?><note><to>Parties</to><body>Japan will buy nickel.</body></note>"
                .getBytes(StandardCharsets.UTF_8);
        SourceDocument doc = ContainersTest.INGESTOR.ingest(xml, Path.of("note.xml"), "note.xml");
        assertEquals(true, doc.text().contains("Japan will buy nickel."));
    }
}
