package org.accordex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which package may use which, checked on the compiled classes (so a fully qualified name in the code counts as
 * much as an import). One way through: ingest → annotate (which runs the commitment stage) → index → search →
 * export, with the model and its JSON form below everything and the command line and the web server on top.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.accordex");
    }

    @Test
    void eachPackageUsesOnlyThoseBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.accordex.model..")
                .layer("json").definedBy("org.accordex.json..")
                .layer("nlp").definedBy("org.accordex.nlp..")
                .layer("ingest").definedBy("org.accordex.ingest..")
                .layer("annotate").definedBy("org.accordex.annotate..")
                .layer("commitments").definedBy("org.accordex.commitments..")
                .layer("corrections").definedBy("org.accordex.corrections..")
                .layer("index").definedBy("org.accordex.index..")
                .layer("search").definedBy("org.accordex.search..")
                .layer("export").definedBy("org.accordex.export..")
                .layer("backend").definedBy("org.accordex.backend..")
                .layer("solr").definedBy("org.accordex.solr..")
                .layer("eval").definedBy("org.accordex.eval..")
                .layer("train").definedBy("org.accordex.train..")
                .layer("watch").definedBy("org.accordex.watch..")
                .layer("bench").definedBy("org.accordex.bench..")
                .layer("web").definedBy("org.accordex.web..")
                .layer("cli").definedBy("org.accordex.cli..")
                .whereLayer("model").mayNotAccessAnyLayer()
                .whereLayer("json").mayOnlyAccessLayers("model")
                .whereLayer("nlp").mayNotAccessAnyLayer()
                .whereLayer("ingest").mayOnlyAccessLayers("model")
                .whereLayer("commitments").mayOnlyAccessLayers("model", "nlp")
                // The annotator runs the stages that make an annotation: it reads dates with ingest's date grammar and
                // hands its mentions to the commitment extractor.
                .whereLayer("annotate").mayOnlyAccessLayers("model", "nlp", "ingest", "commitments")
                // Corrections resolve a corrected deadline's due date with the annotator's deadline grammar.
                .whereLayer("corrections").mayOnlyAccessLayers("model", "json", "annotate")
                .whereLayer("index").mayOnlyAccessLayers("model", "json", "ingest", "annotate", "corrections")
                .whereLayer("search").mayOnlyAccessLayers("model", "json", "index")
                .whereLayer("export").mayOnlyAccessLayers("model", "json", "search")
                .whereLayer("backend").mayOnlyAccessLayers("model", "corrections", "index", "search")
                .whereLayer("solr").mayOnlyAccessLayers("model", "json", "corrections", "index", "search", "backend")
                .whereLayer("eval").mayOnlyAccessLayers("model", "ingest", "annotate", "export")
                .whereLayer("train").mayOnlyAccessLayers("model")
                // Watches match what the index stores (a store of their own around the backend's) with the search syntax.
                .whereLayer("watch").mayOnlyAccessLayers("model", "json", "corrections", "index", "search", "backend")
                .whereLayer("bench").mayOnlyAccessLayers("model", "ingest", "annotate", "index", "search", "backend", "web",
                        "watch")
                .whereLayer("web").mayOnlyAccessLayers("model", "ingest", "annotate", "corrections", "index", "search", "export",
                        "backend", "watch")
                .whereLayer("cli").mayOnlyAccessLayers("model", "ingest", "annotate", "corrections", "index", "search", "export",
                        "backend",
                        "solr", "eval", "train", "bench", "web", "watch")
                .check(classes);
    }

    @Test
    void theModelKnowsOnlyJava() {
        noClasses().that().resideInAPackage("org.accordex.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.accordex.model..")
                .check(classes);
    }

    @Test
    void theSearchApiIsRecordsNotJsonTrees() {
        noClasses().that().resideInAPackage("org.accordex.search..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineKnowsPicocli() {
        noClasses().that().resideOutsideOfPackage("org.accordex.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void onlyTheWebServerKnowsHttp() {
        noClasses().that().resideOutsideOfPackage("org.accordex.web..")
                .should().dependOnClassesThat().resideInAnyPackage("com.sun.net.httpserver..", "org.eclipse.jetty..",
                        "javax.servlet..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void onlyTheSolrBackendKnowsSolr() {
        noClasses().that().resideOutsideOfPackage("org.accordex.solr..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.solr..")
                .check(classes);
    }
}
