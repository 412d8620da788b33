package org.accordex.watch;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.json.ModelJson;
import org.accordex.model.Commitment;
import org.accordex.search.CommitmentHit;
import org.accordex.search.DocumentSummary;

/**
 * One thing a watch matched: a document ({@code commitment} null) or one of its commitments. {@code entry} is the index
 * entry matched, the commitment's id or the document's: a watch matches an entry once. {@code batch} names the index
 * commit the match belongs to ({@link MatchJournal}).
 */
public record WatchMatch(String watch, String watchId, String batch, String entry, Instant matched,
        DocumentSummary document, Commitment commitment) {
    public WatchMatch {
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(watchId, "watchId");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(document, "document");
    }

    /** The key under which a watch matches an entry only once. */
    String key() {
        return watchId + "/" + entry;
    }

    /** The commitment in one line, as {@code search} prints it; null for a document match. */
    public String summary() {
        return commitment == null ? null : new CommitmentHit(commitment, document, null).summary();
    }

    /**
     * What {@code watch show --format jsonl} and the API give: {@code {"watch", "matched", "document": {"id", "source",
     * "title", "date"}, "commitment"}}, the commitment in the §3 form and only for a commitment watch.
     */
    public ObjectNode toJson() {
        ObjectNode node = ModelJson.MAPPER.createObjectNode();
        node.put("watch", watch);
        node.put("matched", matched.toString());
        ObjectNode d = node.putObject("document");
        d.put("id", document.id());
        d.put("source", document.source());
        d.put("title", document.title());
        if (document.date() != null) {
            d.put("date", document.date());
        }
        if (commitment != null) {
            node.set("commitment", ModelJson.MAPPER.valueToTree(commitment));
        }
        return node;
    }

    /** The journal line: the same, and the bookkeeping. */
    ObjectNode toJournal() {
        ObjectNode node = toJson();
        node.put("watchId", watchId);
        node.put("batch", batch);
        node.put("entry", entry);
        return node;
    }

    static WatchMatch fromJournal(JsonNode node) throws IOException {
        JsonNode d = node.path("document");
        DocumentSummary document = new DocumentSummary(d.path("id").asText(), d.path("source").asText(),
                d.path("title").asText(), d.hasNonNull("date") ? d.get("date").asText() : null);
        Commitment commitment = node.hasNonNull("commitment")
                ? ModelJson.MAPPER.treeToValue(node.get("commitment"), Commitment.class) : null;
        return new WatchMatch(node.path("watch").asText(), node.path("watchId").asText(), node.path("batch").asText(),
                node.path("entry").asText(), Instant.parse(node.path("matched").asText()), document, commitment);
    }
}
