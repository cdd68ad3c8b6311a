package nl.kenniskompas.dilemma;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The stored form knows nothing of who sent it, nor of the features built on it. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.kenniskompas.dilemma");

    @Test
    void theStoredFormHasNoPlaceForAnIdentity() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("..dilemma.submissions..")
                .should().haveNameNotMatching("(?i).*(subject|user|author|voter|pseudonym|email|caller|name).*")
                .because("the intake promised anonymity: only the organisation and the background answers are kept")
                .check(classes);
        noClasses().that().resideInAPackage("..dilemma.submissions..")
                .should().dependOnClassesThat().haveFullyQualifiedName("nl.kenniskompas.platform.tenant.Caller")
                .check(classes);
    }

    @Test
    void theSubmissionsDoNotKnowTheFeaturesOnTopOfThem() {
        noClasses().that().resideInAPackage("..dilemma.submissions..")
                .should().dependOnClassesThat().resideInAnyPackage("..dilemma.intake..", "..dilemma.triage..", "..dilemma.reports..")
                .check(classes);
        slices().matching("nl.kenniskompas.dilemma.(*)..").should().beFreeOfCycles().check(classes);
    }
}
