package org.accordex.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What accordex asks of an index, whichever holds it (the embedded Lucene index or a Solr collection). Queries are
 * strings in {@link QuerySyntax}; a searcher sees the index as it was last committed when it was opened.
 */
public interface Searcher extends Closeable {
    /** How hits are ordered; ties are broken by source, so pages are stable. */
    enum Order { RELEVANCE, DATE, DUE }

    /** Counts of documents and commitments, and the annotator version the index was written with. */
    record Status(long documents, long commitments, String annotatorVersion) {
    }

    /** Documents matching {@code query}, each with its commitments that match the query's fielded part. */
    SearchResults searchDocuments(String query, int offset, int limit, Order order) throws IOException, SearchException;

    /** Commitments matching {@code query}, each hit holding one commitment and its highlighted sentence. */
    SearchResults searchCommitments(String query, int offset, int limit, Order order) throws IOException, SearchException;

    /**
     * Calls {@code sink} with every commitment matching {@code query}, with its document's id, source, title and date
     * under {@code "document"} and {@code "alsoIn"} when the same pledge is in other documents; ordered by source and
     * position (by due date first when {@code byDue}), a page at a time so memory stays flat. Returns the count.
     */
    long forEachCommitment(String query, boolean byDue, Consumer<ObjectNode> sink) throws IOException, SearchException;

    /**
     * Counts per facet dimension (party, mineral, instrument, modality, year, due_year) over the documents or
     * commitments matching {@code query}, most frequent first (then by label), at most {@code top} per dimension.
     */
    Map<String, Map<String, Long>> facets(String query, boolean commitments, int top) throws IOException, SearchException;

    /**
     * A document as the reader sees it: its stored annotation (§3 JSON) plus {@code text}, each commitment carrying
     * {@code alsoIn} when the same pledge appears elsewhere. Null for an unknown id.
     */
    ObjectNode document(String id) throws IOException, SearchException;

    Status status() throws IOException, SearchException;
}
