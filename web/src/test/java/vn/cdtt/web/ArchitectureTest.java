package vn.cdtt.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture, checked on the compiled classes of both modules (the web module sees the EJB module): feature
 * packages depend on each other in one direction only, pages never reach the database past the services, and the
 * services never know the pages.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.cdtt");
        // a rule over nothing would pass: make sure both modules are there
        assertTrue(classes.contain("vn.cdtt.duty.Shift"), "EJB classes imported");
        assertTrue(classes.contain("vn.cdtt.web.common.Faces"), "web classes imported");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("vn.cdtt.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void webPackagesHaveNoCycles() {
        slices().matching("vn.cdtt.web.(*)..").namingSlices("web.$1")
                .should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void webNeverTouchesTheEntityManager() {
        noClasses().that().resideInAPackage("vn.cdtt.web..")
                .should().dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManagerFactory.class)
                .orShould().dependOnClassesThat().areAssignableTo(PersistenceContext.class)
                .check(classes);
    }

    @Test
    void servicesNeverImportTheWebLayer() {
        noClasses().that().resideInAPackage("vn.cdtt..").and().resideOutsideOfPackage("vn.cdtt.web..")
                .should().dependOnClassesThat().resideInAPackage("vn.cdtt.web..")
                .check(classes);
    }
}
