package org.accordex.index;

import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The index layout. Every input document is one Lucene document ({@code kind:document}) followed by one per
 * commitment ({@code kind:commitment}); all share the {@code doc} term ({@link #DOCUMENT_ID}) (the document id) so a document and its
 * commitments are replaced together.
 *
 * <p>Searchable fields: {@code text} (the default: full text, or the commitment's sentence), {@code title}, and the
 * exact keyword fields {@code party}, {@code mineral}, {@code instrument}, {@code modality}, {@code deadline}, {@code due},
 * {@code date}, {@code source}, {@code id}. Dates are ISO strings, so range queries compare them correctly; the
 * embedded index also keeps them as days ({@link DateDays}), from which it answers ranges.
 */
public final class Fields {
    /** What an entry is: {@link #KIND_DOCUMENT} or {@link #KIND_COMMITMENT}. */
    public static final String KIND = "kind";
    public static final String KIND_DOCUMENT = "document";
    public static final String KIND_COMMITMENT = "commitment";

    /** The entry's own id: a document's SHA-256, or a commitment's id. */
    public static final String ENTRY_ID = "id";
    /** The id of the document an entry belongs to (a document's is its own): what replaces a document together. */
    public static final String DOCUMENT_ID = "doc";
    public static final String FILE = "file";
    public static final String SOURCE = "source";
    public static final String TITLE = "title";
    public static final String DATE = "date";
    public static final String TEXT = "text";
    public static final String PARTY = "party";
    public static final String MINERAL = "mineral";
    public static final String INSTRUMENT = "instrument";
    public static final String MODALITY = "modality";
    public static final String DEADLINE = "deadline";
    public static final String DUE = "due";
    /** Facet dimensions: the document's year and the due dates' years. */
    public static final String YEAR = "year";
    public static final String DUE_YEAR = "due_year";
    /** The due date as doc values, for sorting commitments (a field keeps one doc-values type in all entries). */
    public static final String DUE_SORT = "due_sort";
    public static final String START = "start";
    /** The page a commitment starts on, in a paged source (stored: the citation "p. 12"). */
    public static final String PAGE = "page";
    public static final String JSON = "json";
    /** On a corrected document: the machine's own annotation (§3 JSON), to which corrections are applied again. */
    public static final String MACHINE = "machine";
    public static final String VERSION = "version";
    /** MinHash bands of a commitment's sentence (indexed) and its whole signature (stored). */
    public static final String PLEDGE = "pledge";
    public static final String PLEDGE_SIGNATURE = "pledge_signature";
    /** A commitment's parties and minerals ({@link PledgeSignature#key}): the same pledge shares them exactly. */
    public static final String PLEDGE_KEY = "pledge_key";
    /** The commit user-data key holding the annotator version the index was last written with. */
    public static final String VERSION_KEY = "annotator.version";

    /** Fields that hold exact values (norms, dates, ids) rather than prose. */
    public static final Set<String> KEYWORDS = Set.of(ENTRY_ID, DOCUMENT_ID, FILE, SOURCE, DATE, PARTY, MINERAL, INSTRUMENT, MODALITY,
            DEADLINE, DUE, KIND, VERSION, YEAR, DUE_YEAR, DUE_SORT, PLEDGE, PLEDGE_KEY);
    /** Fields a commitment has, used to pick the fielded part of a query. */
    public static final Set<String> COMMITMENT_FIELDS = Set.of(PARTY, MINERAL, INSTRUMENT, MODALITY, DEADLINE, DUE);

    /** Facet dimensions: what {@code search --facets} counts. */
    public static final java.util.List<String> FACETS = java.util.List.of(PARTY, MINERAL, INSTRUMENT, MODALITY, YEAR, DUE_YEAR);

    private Fields() {
    }

    /** All facet dimensions hold several values per entry (a document names many parties). */
    public static org.apache.lucene.facet.FacetsConfig facetsConfig() {
        org.apache.lucene.facet.FacetsConfig config = new org.apache.lucene.facet.FacetsConfig();
        FACETS.forEach(dim -> config.setMultiValued(dim, true));
        return config;
    }

    /** English stemming for prose ("loans" finds "loan"), exact keywords for the rest. */
    public static Analyzer analyzer() {
        Analyzer keyword = new KeywordAnalyzer();
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        KEYWORDS.forEach(f -> perField.put(f, keyword));
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
    }
}
