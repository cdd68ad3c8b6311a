package nl.kenniskompas.vote;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The write side never depends on the read side; features do not depend on each other in circles. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.kenniskompas.vote");

    @Test
    void ballotsDoNotKnowTheStemoverzicht() {
        noClasses().that().resideInAPackage("..vote.ballot..")
                .should().dependOnClassesThat().resideInAPackage("..vote.stemoverzicht..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching("nl.kenniskompas.vote.(*)..").should().beFreeOfCycles().check(classes);
    }
}
