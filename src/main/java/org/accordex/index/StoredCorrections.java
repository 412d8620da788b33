package org.accordex.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.corrections.Corrected;
import org.accordex.corrections.Corrections;
import org.accordex.json.ModelJson;
import org.accordex.model.DocumentInfo;
import org.accordex.model.Annotation;

/**
 * Brings stored documents in line with the corrections log without annotating them again: the machine's annotation
 * kept in the index is corrected anew and the document is written back. Used after a correction or an undo, and at
 * the end of every {@code index} run for corrections made while the index was busy.
 */
public final class StoredCorrections {
    private StoredCorrections() {
    }

    /**
     * Rewrites those of {@code documentIds} whose applied corrections differ from what {@code corrections} apply
     * now. Returns how many were rewritten; nothing is committed.
     */
    public static int refresh(IndexStore store, Corrections corrections, Collection<String> documentIds) throws IOException {
        int rewritten = 0;
        for (String id : new LinkedHashSet<>(documentIds)) {
            IndexStore.StoredDocument stored = store.read(id);
            if (stored == null || stored.text() == null || stored.json() == null) {
                continue;
            }
            Annotation machine = machine(stored.machineJson());
            Corrected corrected = corrections.apply(machine, stored.text());
            if (!corrected.applied().equals(applied(stored.json()))) {
                store.put(stored.text(), corrected, stored.file(), stored.version(), null);
                rewritten++;
            }
        }
        return rewritten;
    }

    /**
     * Refreshes every stored document the log may concern: those it names and those with the same source (a file
     * that changed since it was corrected). {@code files} is what the store holds ({@link IndexStore#files()}).
     */
    public static int refreshAll(IndexStore store, Corrections corrections, Map<String, IndexStore.StoredFile> files)
            throws IOException {
        Set<String> ids = new LinkedHashSet<>(corrections.documentsNamed());
        Set<String> sources = new HashSet<>();
        corrections.log().forEach(c -> sources.add(c.source()));
        files.values().stream().filter(f -> sources.contains(f.source())).forEach(f -> ids.add(f.id()));
        return refresh(store, corrections, ids);
    }

    /** The machine's annotation as stored, with the page starts the index keeps beside it ({@code document.pageStarts}). */
    static Annotation machine(String json) throws IOException {
        JsonNode tree = ModelJson.MAPPER.readTree(json);
        Annotation read = ModelJson.MAPPER.treeToValue(tree, Annotation.class);
        List<Integer> starts = new java.util.ArrayList<>();
        tree.path("document").path("pageStarts").forEach(v -> starts.add(v.asInt()));
        DocumentInfo d = read.document();
        return new Annotation(new DocumentInfo(d.id(), d.source(), d.title(), d.date(), d.contentType(), d.language(),
                d.chars(), starts, d.ocr()), read.mentions(), read.commitments());
    }

    /** The ids of the corrections a stored §3 JSON says were applied ({@code document.corrections}). */
    public static List<String> applied(String json) throws IOException {
        return textList(ModelJson.MAPPER.readTree(json).path("document").path("corrections"));
    }

    private static List<String> textList(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
