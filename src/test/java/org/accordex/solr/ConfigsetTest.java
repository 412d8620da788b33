package org.accordex.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.accordex.index.Fields;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

/** The Solr configset describes the embedded index: the same stop words, a field for every field accordex writes. */
class ConfigsetTest {
    private static String read(String name) throws IOException {
        try (InputStream in = ConfigsetTest.class.getResourceAsStream(SolrBackend.CONFIGSET + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void stopWordsAreTheEnglishAnalyzers() throws IOException {
        Set<String> solr = new TreeSet<>();
        read("stopwords.txt").lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(solr::add);
        CharArraySet lucene = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        assertEquals(lucene.size(), solr.size());
        solr.forEach(w -> assertTrue(lucene.contains(w), w));
    }

    @Test
    void theSchemaHasEveryField() throws IOException, IllegalAccessException {
        String schema = read("schema.xml");
        for (java.lang.reflect.Field constant : Fields.class.getFields()) {
            if (constant.getType() == String.class && constant.getName().equals(constant.getName().toUpperCase())
                    && !Set.of("KIND_DOCUMENT", "KIND_COMMITMENT", "VERSION_KEY").contains(constant.getName())) {
                String field = (String) constant.get(null);
                assertTrue(schema.contains("<field name=\"" + field + "\""), field);
            }
        }
    }
}
