package org.accordex.export;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.accordex.model.Commitment;
import org.accordex.model.DocumentInfo;
import org.accordex.search.CommitmentHit;
import org.accordex.search.DeadlineEntry;
import org.accordex.search.Deadlines;
import org.accordex.search.DocumentSummary;
import org.accordex.search.DocumentView;
import org.accordex.search.FacetCounts;
import org.accordex.search.Hit;
import org.accordex.search.SearchResults;

/**
 * How the read side's records are written, as Jackson mix-ins; the records in {@code search} stay plain. The shapes:
 * <ul>
 * <li>a commitment: its §3 object, then {@code alsoIn} (when the same pledge is elsewhere), {@code document}
 * ({@code {"id", "source", "title", "date"}}) and {@code summary} (the line a person reads);
 * <li>search results: {@code {"total", "hits": [{"id", "source", "title", "date", "score", "snippets",
 * "commitments"}], "facets"}}, facets only when counted;
 * <li>a document: its §3 annotation with its {@code text}, its commitments as above without {@code document};
 * <li>deadlines: {@code {"today", "total", "commitments"}}, each commitment with its {@code status}.
 * </ul>
 */
public final class ReadSideJson {
    /** Exports leave out what only a reader of the page needs ({@code summary}). */
    public static final class ExportView {
        private ExportView() {
        }
    }

    /** The page and the command line's JSON: everything. */
    public static final class ReaderView {
        private ReaderView() {
        }
    }

    private ReadSideJson() {
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("accordex-read-side");
        module.setMixInAnnotation(CommitmentHit.class, CommitmentHitJson.class);
        module.setMixInAnnotation(DocumentSummary.class, DocumentSummaryJson.class);
        module.setMixInAnnotation(Hit.class, HitJson.class);
        module.setMixInAnnotation(SearchResults.class, SearchResultsJson.class);
        module.setMixInAnnotation(FacetCounts.class, FacetCountsJson.class);
        module.setMixInAnnotation(DocumentView.class, DocumentViewJson.class);
        module.setMixInAnnotation(DeadlineEntry.class, DeadlineEntryJson.class);
        module.setMixInAnnotation(DeadlineEntry.Status.class, StatusJson.class);
        module.setMixInAnnotation(Deadlines.class, DeadlinesJson.class);
        return module;
    }

    @JsonPropertyOrder({"commitment", "alsoIn", "document", "summary"})
    abstract static class CommitmentHitJson {
        @JsonUnwrapped
        abstract Commitment commitment();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Object alsoIn();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract DocumentSummary document();

        @JsonIgnore
        abstract String id();

        @JsonProperty("summary")
        @JsonView(ReaderView.class)
        abstract String summary();
    }

    @JsonPropertyOrder({"id", "source", "title", "date"})
    abstract static class DocumentSummaryJson {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String date();
    }

    @JsonPropertyOrder({"document", "score", "snippets", "commitments"})
    abstract static class HitJson {
        @JsonUnwrapped
        abstract DocumentSummary document();

        @JsonIgnore
        abstract String id();
    }

    @JsonPropertyOrder({"total", "hits", "facets"})
    abstract static class SearchResultsJson {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonSerialize(using = FacetsOrNothing.class)
        abstract FacetCounts facets();
    }

    abstract static class FacetCountsJson {
        @JsonValue
        abstract Map<String, Map<String, Long>> byDimension();

        @JsonIgnore
        abstract boolean isEmpty();
    }

    /** What the reader of a document gets: {@code {"schema", "document", "mentions", "commitments", "text"}}. */
    @JsonPropertyOrder({"schema", "document", "mentions", "commitments", "text"})
    abstract static class DocumentViewJson {
        @JsonIgnore
        abstract Object annotation();

        @JsonProperty("schema")
        abstract String schema();

        @JsonProperty("document")
        abstract DocumentInfo document();

        @JsonProperty("mentions")
        abstract Object mentions();
    }

    @JsonPropertyOrder({"commitment", "status"})
    abstract static class DeadlineEntryJson {
        @JsonUnwrapped
        abstract CommitmentHit commitment();

        @JsonIgnore
        abstract Object due();
    }

    abstract static class StatusJson {
        @JsonValue
        abstract String label();
    }

    @JsonPropertyOrder({"today", "total", "commitments"})
    abstract static class DeadlinesJson {
        @JsonSerialize(using = com.fasterxml.jackson.databind.ser.std.ToStringSerializer.class)
        abstract Object today();
    }

    /** Facets are left out of search results unless they were counted. */
    static final class FacetsOrNothing extends StdSerializer<FacetCounts> {
        FacetsOrNothing() {
            super(FacetCounts.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, FacetCounts value) {
            return value == null || value.isEmpty();
        }

        @Override
        public void serialize(FacetCounts value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(value.byDimension(), gen);
        }
    }
}
