package org.accordex.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.json.ModelJson;
import org.accordex.model.Annotation;

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

    /** Reads a §3 document back, as written by {@link #toJson} or by hand (gold files). */
    public static Annotation fromJson(JsonNode root) {
        try {
            return MAPPER.treeToValue(root, Annotation.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not an accordex/1 annotation: " + e.getOriginalMessage(), e);
        }
    }
}
