package nl.kenniskompas.keuzehulp;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The catalogue is the core; search, reviews, templates and the spreadsheet are built on it, not the other way. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.kenniskompas.keuzehulp");

    @Test
    void theCatalogueKnowsNothingBuiltOnIt() {
        noClasses().that().resideInAnyPackage("..keuzehulp.catalogue..", "..keuzehulp.vocabulary..")
                .should().dependOnClassesThat().resideInAnyPackage("..keuzehulp.search..", "..keuzehulp.reviews..",
                        "..keuzehulp.templates..", "..keuzehulp.importexport..", "..keuzehulp.publiek..", "..keuzehulp.demo..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching("nl.kenniskompas.keuzehulp.(*)..").should().beFreeOfCycles().check(classes);
    }
}
