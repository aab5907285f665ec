package se.largrupp.slack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import java.nio.file.Path;
import java.util.Set;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

// Only this module's own classes: scanning the whole classpath for the package takes many seconds.
@AnalyzeClasses(locations = SlackArchitectureTest.MainClasses.class, importOptions = ImportOption.DoNotIncludeTests.class)
class SlackArchitectureTest {
    static final class MainClasses implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            return Set.of(Location.of(Path.of("target/classes")));
        }
    }

    @ArchTest
    static final ArchRule the_slack_adapter_never_uses_the_teams_adapter_or_the_deploy_module =
            noClasses().that().resideInAPackage("se.largrupp.slack..")
                    .should().dependOnClassesThat().resideInAnyPackage("se.largrupp.teams..", "se.largrupp.deploy..");

    @ArchTest
    static final ArchRule the_core_is_reached_only_through_commands_ports_and_models =
            noClasses().that().resideInAPackage("se.largrupp.slack..")
                    .should().dependOnClassesThat().resideInAnyPackage("se.largrupp.core.storage..", "se.largrupp.core.scheduling..");
}
