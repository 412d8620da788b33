package org.accordex.export;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.json.ModelJson;
import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.Deadline;
import org.accordex.model.DocumentInfo;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.model.Modality;

/**
 * The JSON form of annotations, schema {@code accordex/1} (ANNOTATION.md §3, {@code docs/accordex-1.schema.json}),
 * and of what the read side returns. {@link #MAPPER} writes the model records ({@link ModelJson}'s mix-ins) and the
 * search records ({@link ReadSideJson}'s), so the command line, the exports and the web API serialize the same values
 * the same way.
 */
public final class AnnotationJson {
    public static final String SCHEMA = ModelJson.SCHEMA;
    public static final ObjectMapper MAPPER = ModelJson.configure(JsonMapper.builder()).addModule(ReadSideJson.module()).build();

    private AnnotationJson() {
    }

    /** {@code {"schema", "document", "mentions", "commitments"}}. */
    public static ObjectNode toJson(Annotation annotation) {
        return ModelJson.tree(annotation);
    }

    /** {@link #toJson} as a value a writer writes straight out to the same text, without building the tree. */
    public static Object toWritable(Annotation annotation) {
        return ModelJson.withSchema(annotation);
    }

    /**
     * Adds {@code document.text}, the text the offsets index (ANNOTATION.md §3 extras), to the JSON of
     * {@link #toJson}.
     */
    public static ObjectNode addText(ObjectNode json, String text) {
        ((ObjectNode) json.get("document")).put("text", text);
        return json;
    }

    /**
     * Writes a small annotation with every part once and drops it: the writer builds its serializers by reflection on
     * first use, which a one-file run otherwise pays for after the annotation, and can pay for on another thread.
     */
    public static void prepare(ObjectWriter writer) {
        DocumentInfo info = new DocumentInfo("sample", "sample.txt", "Sample", "2026-01-01", "text/plain", "en", 20);
        Mention party = new Mention(MentionType.PARTY, 0, 5, "Japan", "JP", null);
        Commitment commitment = new Commitment("c1", 0, 20, "Japan will stockpile", List.of("JP"), Modality.COMMITMENT,
                "stockpile", List.of(), List.of(), new Deadline("by 2027", "2027", "2027-12-31"), 1.0);
        try {
            writer.writeValueAsString(toWritable(new Annotation(info, List.of(party), List.of(commitment))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a sample annotation", e);
        }
    }

    /** Reads a §3 document back, as written by {@link #toJson} or by hand (gold files). */
    public static Annotation fromJson(JsonNode root) {
        try {
            return MAPPER.treeToValue(root, Annotation.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not an accordex/1 annotation: " + e.getOriginalMessage(), e);
        }
    }
}
