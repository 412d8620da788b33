package org.accordex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.accordex.index.DateDays;
import org.accordex.index.Fields;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;

/** A range over due or document dates finds, from the days, the entries the range over the date strings finds. */
class DateRangeQueryTest {
    private static final List<String> RANGES = List.of("due:[2024-01-01 TO 2024-12-31]", "due:{2024-01-01 TO 2024-12-31}",
            "due:[* TO 2025-06-30]", "due:{* TO 2025-06-30}", "due:[2025-06-30 TO *]", "due:{2025-06-30 TO *]",
            "due:[* TO *]", "date:[2025-03-01 TO 2025-03-01]", "date:{2025-03-01 TO 2025-03-02}",
            "date:[2026-01-01 TO 2024-01-01]", "due:[2024-02-29 TO 2024-03-01]", "due:[2025 TO 2026]",
            "due:[2025-02-30 TO 2026-01-01]", "date:[2025-01-01 TO 2025-12-31] AND due:[2026-01-01 TO *]");

    @Test
    void daysFindWhatTheStringsFind() throws IOException {
        try (Directory directory = index(true); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int answeredByDays = 0;
            for (String range : RANGES) {
                Query query = parse(range);
                answeredByDays += searcher.rewrite(query).toString().contains("_day") ? 1 : 0;
                assertEquals(ids(searcher, strings(query)), ids(searcher, query), range);
                // A few entries selected first: the days are checked from doc values.
                Query few = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(Fields.ENTRY_ID, "7")), BooleanClause.Occur.FILTER).build();
                assertEquals(ids(searcher, strings(few)), ids(searcher, few), range);
            }
            assertTrue(answeredByDays >= RANGES.size() - 2, "ranges between dates are answered from the days");
        }
    }

    @Test
    void anIndexWrittenWithoutDaysIsSearchedByItsStrings() throws IOException {
        try (Directory directory = index(false); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String range : RANGES) {
                Query query = parse(range);
                assertEquals(searcher.rewrite(strings(query)), searcher.rewrite(query), range);
            }
        }
    }

    @Test
    void otherFieldsKeepTheirRanges() throws Exception {
        assertInstanceOf(TermRangeQuery.class, QuerySyntax.parse("source:[a TO m]"));
        assertInstanceOf(DateRangeQuery.class, QuerySyntax.parse("due:[2025-01-01 TO 2025-12-31]"));
        assertInstanceOf(TermRangeQuery.class, QuerySyntax.parse("due:[2025 TO 2026]"));
    }

    private static Query parse(String query) {
        try {
            return QuerySyntax.parse(query);
        } catch (SearchException e) {
            throw new AssertionError(e);
        }
    }

    /** The query with every date range as the range over the strings it stands for. */
    private static Query strings(Query query) {
        if (query instanceof DateRangeQuery d) {
            return d.strings();
        }
        if (query instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            bq.clauses().forEach(c -> b.add(strings(c.getQuery()), c.getOccur()));
            return b.build();
        }
        return query;
    }

    private static List<String> ids(IndexSearcher searcher, Query query) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(query, 1000).scoreDocs) {
            ids.add(searcher.storedFields().document(sd.doc).get(Fields.ENTRY_ID));
        }
        ids.sort(null);
        return ids;
    }

    /** Entries with a document date and up to three due dates around 2024–2026, some with none. */
    private static Directory index(boolean withDays) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        Random random = new Random(15);
        LocalDate start = LocalDate.parse("2023-12-01");
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMaxBufferedDocs(50))) {
            for (int i = 0; i < 300; i++) {
                Document d = new Document();
                d.add(new StringField(Fields.ENTRY_ID, String.valueOf(i), Field.Store.YES));
                add(d, Fields.DATE, i == 0 ? "2025-03-01" : start.plusDays(random.nextInt(1000)).toString(), withDays);
                for (int n = random.nextInt(4); n > 0; n--) {
                    add(d, Fields.DUE, start.plusDays(random.nextInt(1000)).toString(), withDays);
                }
                if (i == 7) {
                    add(d, Fields.DUE, "2025-06-30", withDays);
                }
                writer.addDocument(d);
            }
        }
        return directory;
    }

    private static void add(Document d, String field, String date, boolean withDays) {
        d.add(new StringField(field, date, Field.Store.NO));
        if (withDays) {
            DateDays.add(d, field, date);
        }
    }
}
