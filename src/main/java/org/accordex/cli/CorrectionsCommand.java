package org.accordex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.backend.Backend;
import org.accordex.backend.Corrector;
import org.accordex.corrections.Correction;
import org.accordex.corrections.CorrectionJson;
import org.accordex.corrections.Corrections;
import org.accordex.export.AnnotationJson;
import org.accordex.model.Annotation;
import org.accordex.model.DocumentInfo;
import org.accordex.model.MentionType;
import org.accordex.model.Modality;
import org.accordex.search.DocumentView;
import org.accordex.search.SearchException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "corrections", mixinStandardHelpOptions = true,
        description = {"The analysts' corrections of an index: an append-only log kept with it (corrections.jsonl in "
                + "the index folder, or entries of the Solr collection), applied whenever a document is indexed again.",
                "list shows the log; add and undo change it; export --gold writes the corrected documents as gold files."},
        subcommands = {CorrectionsCommand.List.class, CorrectionsCommand.Add.class, CorrectionsCommand.Undo.class,
                CorrectionsCommand.Export.class})
final class CorrectionsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every entry of the log, oldest first: time, id, author, kind, document, span and change; "
                    + "entries taken back by an undo say so.")
    static final class List implements Callable<Integer> {
        enum Format { text, jsonl }

        @Mixin
        BackendOptions backendOptions;

        @Option(names = "--since", paramLabel = "DATE|INSTANT",
                description = "Only entries made at or after this ISO date or instant (2026-12-01, 2026-12-01T09:00:00Z).")
        String since;

        @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
        Format format;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (since != null && !since.matches("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+Z?)?")) {
                throw new Failure("--since: '" + since + "' is not an ISO date or instant");
            }
            Corrections corrections;
            try (Backend backend = backendOptions.open()) {
                corrections = Corrections.of(backend.corrections().read());
            }
            PrintWriter out = spec.commandLine().getOut();
            for (Correction c : corrections.log()) {
                if (since != null && c.time().compareTo(since) < 0) {
                    continue;
                }
                if (format == Format.jsonl) {
                    ObjectNode json = CorrectionJson.toJson(c);
                    if (corrections.isUndone(c.id())) {
                        json.put("undone", true);
                    }
                    out.println(json);
                } else {
                    out.printf(Locale.ROOT, "%s  %s  %-12s %-15s %s [%d, %d) \"%s\"%s%s%n", c.time(), c.id(), c.author(),
                            c.kind().label(), c.source().isEmpty() ? c.document() : c.source(), c.start(), c.end(),
                            shorten(c.text()), c.summary().isEmpty() ? "" : "  " + c.summary(),
                            corrections.isUndone(c.id()) ? "  (undone)" : "");
                }
            }
            out.flush();
            return Main.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Correct one commitment or mention of an indexed document and apply it to the index.",
                    "Kinds: commitment (change --parties, --modality, --action, --deadline), not-commitment, "
                            + "add-commitment (a sentence), mention (change --type or --norm), remove-mention, "
                            + "add-mention (--type and --norm of a text span).",
                    "Example: accordex corrections add --document ID --kind commitment --start 120 --end 260 --parties AU,JP"})
    static final class Add implements Callable<Integer> {
        @Mixin
        BackendOptions backendOptions;

        @Option(names = "--document", required = true, paramLabel = "ID", description = "The document's id (SHA-256).")
        String document;

        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "What to do (see above).")
        String kind;

        @Option(names = "--start", required = true, paramLabel = "N", description = "Start of the sentence or mention (chars).")
        int start;

        @Option(names = "--end", required = true, paramLabel = "N", description = "End of the sentence or mention (chars).")
        int end;

        @Option(names = "--parties", paramLabel = "NORMS", split = ",", description = "The parties that commit, comma-separated (US,JP).")
        java.util.List<String> parties;

        @Option(names = "--modality", paramLabel = "M", description = "obligation, commitment, intent or recommendation.")
        String modality;

        @Option(names = "--action", paramLabel = "TEXT", description = "The committed action.")
        String action;

        @Option(names = "--deadline", paramLabel = "NORM", description = "The deadline's ISO 8601 norm (P6M, 2030); 'none' removes it.")
        String deadline;

        @Option(names = "--type", paramLabel = "TYPE", description = "A mention's type: PARTY, MINERAL, DEADLINE or INSTRUMENT.")
        String type;

        @Option(names = "--norm", paramLabel = "NORM", description = "A mention's norm.")
        String norm;

        @Option(names = "--author", paramLabel = "NAME", description = "Who corrects (default: the login name).")
        String author = System.getProperty("user.name", "analyst");

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Correction draft;
            try {
                draft = new Correction("draft", document, null, Correction.Kind.fromLabel(kind), start, end, null, parties,
                        modality == null ? null : Modality.fromLabel(modality), action,
                        "none".equals(deadline) ? "" : deadline,
                        type == null ? null : MentionType.valueOf(type.toUpperCase(Locale.ROOT)), norm, null, author, "now");
            } catch (IllegalArgumentException e) {
                throw new Failure(e.getMessage());
            }
            try (Backend backend = backendOptions.open()) {
                Corrector.Recorded recorded = new Corrector(backend).add(draft);
                if (recorded == null) {
                    throw new Failure(document + ": no such document in " + backend.describe());
                }
                report(spec.commandLine().getOut(), recorded);
            } catch (IllegalArgumentException e) {
                throw new Failure(e.getMessage());
            } catch (SearchException e) {
                throw new Failure(e.getMessage());
            }
            return Main.OK;
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Take back a correction (an entry of its own in the log); the machine's value returns.")
    static final class Undo implements Callable<Integer> {
        @Mixin
        BackendOptions backendOptions;

        @Parameters(paramLabel = "ID", description = "The correction's id (see 'corrections list').")
        String id;

        @Option(names = "--author", paramLabel = "NAME", description = "Who undoes it (default: the login name).")
        String author = System.getProperty("user.name", "analyst");

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Backend backend = backendOptions.open()) {
                Corrector.Recorded recorded = new Corrector(backend).undo(id, author);
                if (recorded == null) {
                    throw new Failure(id + ": no such correction");
                }
                report(spec.commandLine().getOut(), recorded);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new Failure(e.getMessage());
            } catch (SearchException e) {
                throw new Failure(e.getMessage());
            }
            return Main.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write every corrected document as gold (ANNOTATION.md §4): NAME.txt, its text, and NAME.json, "
                    + "its annotation with the corrections applied.",
                    "Then 'accordex eval --gold DIR' scores the annotator against the analysts, and "
                            + "'accordex train --gold DIR' learns party names from them."})
    static final class Export implements Callable<Integer> {
        @Mixin
        BackendOptions backendOptions;

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder to write to (created if needed).")
        Path gold;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Map<String, DocumentView> documents;
            Corrections corrections;
            try (Backend backend = backendOptions.open()) {
                corrections = Corrections.of(backend.corrections().read());
                documents = new Corrector(backend).documents(corrections);
            } catch (SearchException e) {
                throw new Failure(e.getMessage());
            }
            Files.createDirectories(gold);
            int written = 0;
            for (DocumentView d : documents.values()) {
                if (!corrections.apply(d.annotation(), d.text()).changed()) {
                    continue; // a later version of a corrected file that none of the corrections fits
                }
                String name = GoldFiles.name(d.document());
                Files.writeString(gold.resolve(name + ".txt"), d.text(), StandardCharsets.UTF_8);
                Files.writeString(gold.resolve(name + ".json"), GoldFiles.json(d.annotation()).toPrettyString() + "\n",
                        StandardCharsets.UTF_8);
                written++;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(written + " corrected documents written to " + gold);
            out.flush();
            return Main.OK;
        }
    }

    /** How corrected documents are written as gold. */
    static final class GoldFiles {
        private GoldFiles() {
        }

        /** "us-japan-framework-3fa81c2e": the source's file name, then the id's first 8 digits, so names never clash. */
        static String name(DocumentInfo document) {
            String source = document.source().isEmpty() ? "document" : document.source();
            String file = source.substring(source.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
            String safe = file.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
            return (safe.isEmpty() ? "document" : safe) + "-" + document.id().substring(0, 8);
        }

        /** The §3 JSON of a corrected document, without what gold leaves out (due dates of mentions, marks). */
        static ObjectNode json(Annotation annotation) {
            ObjectNode json = AnnotationJson.toJson(annotation);
            for (JsonNode m : json.path("mentions")) {
                ((ObjectNode) m).remove(java.util.List.of("due", "page"));
            }
            for (JsonNode c : json.path("commitments")) {
                ((ObjectNode) c).remove(java.util.List.of("id", "confidence", "page"));
            }
            return json;
        }
    }

    static void report(PrintWriter out, Corrector.Recorded recorded) {
        Correction c = recorded.correction();
        out.println(c.id() + " " + c.kind().label() + " [" + c.start() + ", " + c.end() + ") "
                + (recorded.applied() ? "applied" : "logged; the index is busy and its running 'index' will apply it"));
        out.flush();
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 50 ? one : one.substring(0, 47) + "…";
    }
}
