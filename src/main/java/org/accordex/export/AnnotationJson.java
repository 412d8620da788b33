package org.accordex.export;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.Deadline;
import org.accordex.model.DocumentInfo;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.model.Modality;

/**
 * The JSON form of annotations, schema {@code accordex/1} (ANNOTATION.md §3, {@code docs/accordex-1.schema.json}).
 * Field order is fixed and absent values are written as null only where the contract allows it
 * ({@code deadline}); {@code due} and {@code date} are left out when unknown.
 */
public final class AnnotationJson {
    public static final String SCHEMA = "accordex/1";
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private AnnotationJson() {
    }

    public static ObjectNode toJson(Annotation annotation) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.set("document", document(annotation.document()));
        ArrayNode mentions = root.putArray("mentions");
        annotation.mentions().forEach(m -> mentions.add(mention(m)));
        ArrayNode commitments = root.putArray("commitments");
        annotation.commitments().forEach(c -> commitments.add(commitment(c)));
        return root;
    }

    /**
     * Adds {@code document.text}, the text the offsets index (ANNOTATION.md §3 extras), to the JSON of
     * {@link #toJson}.
     */
    public static ObjectNode addText(ObjectNode json, String text) {
        ((ObjectNode) json.get("document")).put("text", text);
        return json;
    }

    public static ObjectNode document(DocumentInfo info) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", info.id());
        node.put("source", info.source());
        node.put("title", info.title());
        if (info.date() != null) {
            node.put("date", info.date());
        }
        if (info.contentType() != null) {
            node.put("contentType", info.contentType());
        }
        node.put("language", info.language());
        node.put("chars", info.chars());
        if (info.pages() > 0) {
            node.put("pages", info.pages());
        }
        if (info.ocr()) {
            node.put("ocr", true);
        }
        return node;
    }

    public static ObjectNode mention(Mention m) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", m.type().name());
        node.put("start", m.start());
        node.put("end", m.end());
        node.put("text", m.text());
        node.put("norm", m.norm());
        if (m.due() != null) {
            node.put("due", m.due());
        }
        if (m.page() != null) {
            node.put("page", m.page());
        }
        return node;
    }

    public static ObjectNode commitment(Commitment c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", c.id());
        node.put("start", c.start());
        node.put("end", c.end());
        node.put("text", c.text());
        strings(node.putArray("parties"), c.parties());
        node.put("modality", c.modality().label());
        node.put("action", c.action());
        strings(node.putArray("minerals"), c.minerals());
        strings(node.putArray("instruments"), c.instruments());
        if (c.deadline() == null) {
            node.putNull("deadline");
        } else {
            ObjectNode deadline = node.putObject("deadline");
            deadline.put("text", c.deadline().text());
            deadline.put("norm", c.deadline().norm());
            if (c.deadline().due() != null) {
                deadline.put("due", c.deadline().due());
            }
        }
        node.put("confidence", Math.round(c.confidence() * 100) / 100.0);
        if (c.page() != null) {
            node.put("page", c.page());
        }
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** Reads a §3 document back, as written by {@link #toJson} or by hand (gold files). */
    public static Annotation fromJson(JsonNode root) {
        JsonNode d = root.path("document");
        DocumentInfo info = new DocumentInfo(d.path("id").asText(""), d.path("source").asText(""),
                d.path("title").asText(""), d.hasNonNull("date") ? d.get("date").asText() : null,
                d.path("contentType").asText(null), d.path("language").asText("en"), d.path("chars").asInt(0),
                pageStarts(d.path("pageStarts")), d.path("ocr").asBoolean(false));
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : root.path("mentions")) {
            mentions.add(new Mention(MentionType.valueOf(m.get("type").asText()), m.get("start").asInt(),
                    m.get("end").asInt(), m.get("text").asText(), m.path("norm").asText(""),
                    m.hasNonNull("due") ? m.get("due").asText() : null, page(m)));
        }
        List<Commitment> commitments = new ArrayList<>();
        for (JsonNode c : root.path("commitments")) {
            JsonNode dl = c.path("deadline");
            Deadline deadline = dl.isObject()
                    ? new Deadline(dl.path("text").asText(), dl.path("norm").asText(), dl.hasNonNull("due") ? dl.get("due").asText() : null)
                    : null;
            commitments.add(new Commitment(c.path("id").asText(""), c.get("start").asInt(), c.get("end").asInt(),
                    c.path("text").asText(""), list(c.path("parties")), Modality.fromLabel(c.get("modality").asText()),
                    c.path("action").asText(""), list(c.path("minerals")), list(c.path("instruments")), deadline,
                    c.path("confidence").asDouble(1.0), page(c)));
        }
        return new Annotation(info, mentions, commitments);
    }

    /** The page starts an index keeps with a paged document's annotation; empty elsewhere. */
    private static List<Integer> pageStarts(JsonNode array) {
        List<Integer> starts = new ArrayList<>();
        array.forEach(v -> starts.add(v.asInt()));
        return starts;
    }

    private static Integer page(JsonNode node) {
        return node.hasNonNull("page") ? node.get("page").asInt() : null;
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
