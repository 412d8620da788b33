package org.accordex.watch;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.export.AnnotationJson;

/**
 * One thing a watch matched: a document ({@code commitment} null) or one of its commitments (the §3 JSON of the
 * commitment). {@code document} holds the document's id, source, title and date. {@code entry} is the index entry
 * matched, the commitment's id or the document's: a watch matches an entry once. {@code batch} names the index
 * commit the match belongs to ({@link MatchJournal}).
 */
public record WatchMatch(String watch, String watchId, String batch, String entry, Instant matched, ObjectNode document,
        ObjectNode commitment) {
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

    /** The journal line: everything, the bookkeeping included. */
    ObjectNode toJournal() {
        ObjectNode node = toJson();
        node.put("watchId", watchId);
        node.put("batch", batch);
        node.put("entry", entry);
        return node;
    }

    /** What {@code watch show --format jsonl} and the API print: the watch, when, the document and the commitment. */
    public ObjectNode toJson() {
        ObjectNode node = AnnotationJson.MAPPER.createObjectNode();
        node.put("watch", watch);
        node.put("matched", matched.toString());
        node.set("document", document);
        if (commitment != null) {
            node.set("commitment", commitment);
        }
        return node;
    }

    static WatchMatch fromJournal(JsonNode node) {
        return new WatchMatch(node.path("watch").asText(), node.path("watchId").asText(), node.path("batch").asText(),
                node.path("entry").asText(), Instant.parse(node.path("matched").asText()),
                (ObjectNode) node.get("document"), node.get("commitment") instanceof ObjectNode c ? c : null);
    }

    public String documentId() {
        return document.path("id").asText();
    }
}
