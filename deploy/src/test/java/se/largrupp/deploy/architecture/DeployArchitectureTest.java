package se.largrupp.deploy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.Set;

/**
 * The composition root may use everything, but its parts stay apart: only the assembly knows the adapters, the
 * sandbox is a platform like the others (the core's ports, no Slack or Teams), and the HTTP plumbing knows no domain.
 */
@AnalyzeClasses(locations = DeployArchitectureTest.MainClasses.class, importOptions = ImportOption.DoNotIncludeTests.class)
class DeployArchitectureTest {
    static final class MainClasses implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            return Set.of(Location.of(Path.of("target/classes")));
        }
    }

    @ArchTest
    static final ArchRule only_the_assembly_knows_the_adapters =
            noClasses().that().resideInAPackage("se.largrupp.deploy..")
                    .and().doNotHaveSimpleName("Application")
                    .should().dependOnClassesThat().resideInAnyPackage("se.largrupp.slack..", "se.largrupp.teams..");

    @ArchTest
    static final ArchRule the_http_plumbing_knows_no_domain =
            noClasses().that().resideInAPackage("se.largrupp.deploy.http..")
                    .should().dependOnClassesThat().resideInAPackage("se.largrupp.core..");

    @ArchTest
    static final ArchRule the_sandbox_uses_the_core_through_commands_ports_and_models =
            noClasses().that().resideInAPackage("se.largrupp.deploy.sandbox..")
                    .should().dependOnClassesThat().resideInAnyPackage("se.largrupp.core.scheduling..",
                            "se.largrupp.core.delivery..", "se.largrupp.core.rounds..", "se.largrupp.core.regrouping..");
}
