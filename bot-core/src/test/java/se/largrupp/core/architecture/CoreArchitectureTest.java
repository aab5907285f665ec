package se.largrupp.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import se.largrupp.core.port.ConversationRef;

/**
 * The dependency rules of DESIGN.md for bot-core. The model rule: records and enums (the model types) in the feature
 * packages depend only on {@code java.*}, on other model packages, and on the opaque {@code port.ConversationRef}.
 * The use cases that answer commands live in a {@code usecases} package beside their feature's model, because the
 * command language itself speaks of leaders and groups: that way no two packages depend on each other.
 */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.largrupp.core");

    private static final String[] MODEL_PACKAGES = {"se.largrupp.core.leaders..", "se.largrupp.core.groups..",
            "se.largrupp.core.meetings..", "se.largrupp.core.rounds..", "se.largrupp.core.regrouping.."};

    @Test
    void no_two_packages_of_the_core_depend_on_each_other_in_a_cycle() {
        slices().matching("se.largrupp.core.(**)").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void the_core_imports_nothing_from_slack_or_the_bot_framework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.slack..", "com.microsoft..")
                .check(CORE);
    }

    @Test
    void the_core_does_not_depend_on_the_adapters_or_the_composition_root() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("se.largrupp.slack..", "se.largrupp.teams..", "se.largrupp.deploy..")
                .check(CORE);
    }

    @Test
    void the_command_language_and_the_leaders_use_cases_reach_storage_only_through_ports() {
        noClasses().that().resideInAnyPackage("se.largrupp.core.commands..", "se.largrupp.core.leaders..",
                        "se.largrupp.core.groups..", "se.largrupp.core.prompts..")
                .should().dependOnClassesThat().resideInAnyPackage("se.largrupp.core.storage..", "se.largrupp.core.scheduling..",
                        "java.sql..", "javax.sql..", "org.quartz..")
                .check(CORE);
    }

    @Test
    void model_records_and_enums_depend_only_on_java_and_the_model() {
        DescribedPredicate<JavaClass> modelType = new DescribedPredicate<>("a record or an enum") {
            @Override
            public boolean test(JavaClass c) {
                return (c.isRecord() || c.isEnum()) && c.isTopLevelClass();
            }
        };
        classes().that().resideInAnyPackage(MODEL_PACKAGES).and(modelType)
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(allowed())
                        .or(JavaClass.Predicates.equivalentTo(ConversationRef.class)))
                .allowEmptyShould(true)
                .check(CORE);
    }

    private static String[] allowed() {
        String[] out = new String[MODEL_PACKAGES.length + 1];
        out[0] = "java..";
        System.arraycopy(MODEL_PACKAGES, 0, out, 1, MODEL_PACKAGES.length);
        return out;
    }
}
