package se.largrupp.teams;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.largrupp.teams", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class TeamsArchitectureTest {
    @ArchTest
    static final ArchRule the_teams_adapter_never_uses_the_slack_adapter_or_the_composition_root =
            noClasses().that().resideInAPackage("se.largrupp.teams..")
                    .should().dependOnClassesThat().resideInAnyPackage("se.largrupp.slack..", "se.largrupp.deploy..", "com.slack..");
}
