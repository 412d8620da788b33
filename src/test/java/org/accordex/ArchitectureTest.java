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
                .layer("ingest").definedBy("org.accordex.ingest..")
                .layer("annotate").definedBy("org.accordex.annotate..")
                .layer("commitments").definedBy("org.accordex.commitments..")
                .layer("index").definedBy("org.accordex.index..")
                .layer("search").definedBy("org.accordex.search..")
                .layer("export").definedBy("org.accordex.export..")
                .layer("backend").definedBy("org.accordex.backend..")
                .layer("solr").definedBy("org.accordex.solr..")
                .layer("eval").definedBy("org.accordex.eval..")
                .layer("train").definedBy("org.accordex.train..")
                .layer("bench").definedBy("org.accordex.bench..")
                .layer("web").definedBy("org.accordex.web..")
                .layer("cli").definedBy("org.accordex.cli..")
                .whereLayer("model").mayNotAccessAnyLayer()
                .whereLayer("json").mayOnlyAccessLayers("model")
                .whereLayer("ingest").mayOnlyAccessLayers("model")
                .whereLayer("commitments").mayOnlyAccessLayers("model")
                // The annotator runs the stages that make an annotation: it reads dates with ingest's date grammar and
                // hands its mentions to the commitment extractor.
                .whereLayer("annotate").mayOnlyAccessLayers("model", "ingest", "commitments")
                .whereLayer("index").mayOnlyAccessLayers("model", "json", "ingest", "annotate")
                .whereLayer("search").mayOnlyAccessLayers("model", "json", "index")
                .whereLayer("export").mayOnlyAccessLayers("model", "json", "search")
                .whereLayer("backend").mayOnlyAccessLayers("index", "search")
                .whereLayer("solr").mayOnlyAccessLayers("model", "json", "index", "search", "backend")
                .whereLayer("eval").mayOnlyAccessLayers("model", "ingest", "annotate", "export")
                .whereLayer("train").mayOnlyAccessLayers("model")
                .whereLayer("bench").mayOnlyAccessLayers("model", "ingest", "annotate", "index", "search", "backend", "web")
                .whereLayer("web").mayOnlyAccessLayers("model", "ingest", "annotate", "index", "search", "export", "backend")
                .whereLayer("cli").mayOnlyAccessLayers("model", "ingest", "annotate", "index", "search", "export", "backend",
                        "solr", "eval", "train", "bench", "web")
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
