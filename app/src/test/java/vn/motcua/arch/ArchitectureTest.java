package vn.motcua.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of docs/architecture: layers point one way, JavaFX stays in the UI. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.motcua");
    }

    @Test
    void onlyTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("vn.motcua.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("services and domain must run and be tested without a screen")
                .check(classes);
    }

    @Test
    void commandLineAndDesktopAreSiblings() {
        noClasses().that().resideInAPackage("vn.motcua.cli..")
                .should().dependOnClassesThat().resideInAPackage("vn.motcua.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.motcua.ui..")
                .should().dependOnClassesThat().resideInAPackage("vn.motcua.cli..")
                .check(classes);
    }

    @Test
    void calendarDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("vn.motcua.calendar..")
                .should().dependOnClassesThat(resideInAPackage("vn.motcua..").and(resideOutsideOfPackage("vn.motcua.calendar..")))
                .orShould().dependOnClassesThat().resideOutsideOfPackages("vn.motcua.calendar..", "java..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void formsAndFeesKnowNothingOfDossiersOrStorage() {
        // printed forms and payment texts are built from plain records: reusable by every later form
        noClasses().that().resideInAnyPackage("vn.motcua.forms..", "vn.motcua.fees..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.dossier..", "vn.motcua.storage..",
                        "vn.motcua.catalog..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void servicesNeverReachIntoCommandLineOrDesktop() {
        noClasses().that().resideInAnyPackage("vn.motcua.storage..", "vn.motcua.security..", "vn.motcua.office..",
                        "vn.motcua.sync..", "vn.motcua.common..", "vn.motcua.doctor..", "vn.motcua.workcalendar..",
                        "vn.motcua.catalog..", "vn.motcua.citizen..", "vn.motcua.dossier..", "vn.motcua.fees..", "vn.motcua.forms..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.ui..", "vn.motcua.cli..")
                .check(classes);
    }
}
