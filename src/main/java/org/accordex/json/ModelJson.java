package org.accordex.json;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.Deadline;
import org.accordex.model.DocumentInfo;
import org.accordex.model.Mention;
import org.accordex.model.Modality;

/**
 * The JSON form of the model records, schema {@code accordex/1} (ANNOTATION.md §3), as Jackson mix-ins: the records
 * stay plain, and one module says how each is written and read. Field order is fixed; absent values are written as
 * null only where the contract allows it ({@code deadline}); {@code due}, {@code date} and {@code page} are left out
 * when unknown. The index stores entries in this form and the exports extend it, so it sits below both.
 */
public final class ModelJson {
    public static final String SCHEMA = "accordex/1";

    /** Reads and writes the model; unknown fields (extras such as {@code alsoIn}) are ignored on reading. */
    public static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();

    private ModelJson() {
    }

    /** The model's mix-ins, for a mapper that also writes other types (the read side's records). */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.addModule(module()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("accordex-model");
        module.setMixInAnnotation(DocumentInfo.class, DocumentInfoJson.class);
        module.setMixInAnnotation(Mention.class, MentionJson.class);
        module.setMixInAnnotation(Commitment.class, CommitmentJson.class);
        module.setMixInAnnotation(Deadline.class, DeadlineJson.class);
        module.setMixInAnnotation(Modality.class, ModalityJson.class);
        return module;
    }

    /** An annotation as the index stores it: {@code {"schema", "document", "mentions", "commitments"}}. */
    public static ObjectNode tree(Annotation annotation) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.setAll((ObjectNode) MAPPER.valueToTree(annotation));
        return root;
    }

    /**
     * {@link #tree} as one line, written straight out rather than built as a tree first: the index stores one per
     * document, and the tree cost a tenth of storing's time.
     */
    public static String line(Annotation annotation) {
        return write(withSchema(annotation));
    }

    /** {@link #tree} as a value any of our writers writes straight out, compact or indented, to the same text. */
    public static Object withSchema(Annotation annotation) {
        return new WithSchema(SCHEMA, annotation);
    }

    /** An annotation's fields after {@code "schema"}. */
    @JsonPropertyOrder({"schema"})
    record WithSchema(String schema, @JsonUnwrapped Annotation annotation) {
    }

    /** A model record (a commitment, an annotation's parts) as one line of JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) throws IOException {
        return MAPPER.readValue(json, type);
    }

    @JsonPropertyOrder({"id", "source", "title", "date", "contentType", "language", "chars", "pages", "ocr"})
    @JsonIgnoreProperties(value = "pageStarts", allowGetters = false)
    abstract static class DocumentInfoJson {
        /** Gold files name only the source, title and date. */
        @JsonSetter(nulls = Nulls.AS_EMPTY)
        abstract String id();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String date();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String contentType();

        /** The page count, written for paged sources only; page starts are not part of the contract. */
        @JsonProperty(value = "pages", access = JsonProperty.Access.READ_ONLY)
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract int pages();

        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean ocr();
    }

    @JsonPropertyOrder({"type", "start", "end", "text", "norm", "due", "page"})
    abstract static class MentionJson {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String due();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Integer page();
    }

    @JsonPropertyOrder({"id", "start", "end", "text", "parties", "modality", "action", "minerals", "instruments",
            "deadline", "confidence", "page"})
    abstract static class CommitmentJson {
        /** Gold files give no ids. */
        @JsonSetter(nulls = Nulls.AS_EMPTY)
        abstract String id();

        @JsonSerialize(using = TwoDecimals.class)
        abstract double confidence();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Integer page();
    }

    @JsonPropertyOrder({"text", "norm", "due"})
    abstract static class DeadlineJson {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String due();
    }

    /** "commitment", not "COMMITMENT". */
    abstract static class ModalityJson {
        @JsonValue
        abstract String label();

        @JsonCreator
        static Modality fromLabel(String label) {
            return Modality.fromLabel(label);
        }
    }

    /** Confidences to two decimals: 0.87, not 0.8712345. */
    static final class TwoDecimals extends StdSerializer<Double> {
        TwoDecimals() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(Math.round(value * 100) / 100.0);
        }
    }
}
