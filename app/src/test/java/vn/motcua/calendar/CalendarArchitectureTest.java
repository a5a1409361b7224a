package vn.motcua.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The calendar is pure: only the JDK's lang, time and util packages, no I/O, nothing else of ours. */
class CalendarArchitectureTest {

    @Test
    void calendarDependsOnlyOnTheJdkCore() {
        JavaClasses calendar = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.motcua.calendar");
        classes().that().resideInAPackage("vn.motcua.calendar..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "vn.motcua.calendar..", "java.lang..", "java.time..", "java.util..")
                .check(calendar);
    }
}
