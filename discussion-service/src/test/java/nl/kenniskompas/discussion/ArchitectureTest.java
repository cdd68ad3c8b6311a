package nl.kenniskompas.discussion;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The vote mirror knows nothing of reactions; features do not depend on each other in circles. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.kenniskompas.discussion");

    @Test
    void theVoteMirrorDoesNotKnowTheConversation() {
        noClasses().that().resideInAPackage("..discussion.voters..")
                .should().dependOnClassesThat().resideInAnyPackage("..discussion.reactions..", "..discussion.proposals..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching("nl.kenniskompas.discussion.(*)..").should().beFreeOfCycles().check(classes);
    }
}
