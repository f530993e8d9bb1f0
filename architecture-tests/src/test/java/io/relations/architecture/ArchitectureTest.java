package io.relations.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Applies every rule of {@link ArchitectureRules} to the production classes of all modules
 * (bootstrap brings them all onto this module's test classpath, except the testkit, which no
 * production module depends on: it is a test dependency of its own). Test classes, including the
 * fixtures under {@code io.relations.archfixture}, are not imported.
 */
class ArchitectureTest {

    private static final String ROOT = "io.relations";

    private static JavaClasses productionClasses;

    @BeforeAll
    static void importProductionClasses() {
        productionClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void domain_depends_on_java_only() {
        check(ArchitectureRules.domainDependsOnJavaOnly(ROOT));
    }

    @Test
    void application_depends_on_domain_and_java_only() {
        check(ArchitectureRules.applicationDependsOnDomainAndJavaOnly(ROOT));
    }

    @Test
    void domain_and_application_do_no_io() {
        check(ArchitectureRules.domainAndApplicationDoNoIo(ROOT));
    }

    @Test
    void domain_is_deterministic() {
        check(ArchitectureRules.domainIsDeterministic(ROOT));
    }

    @Test
    void domain_and_application_are_framework_free() {
        check(ArchitectureRules.domainAndApplicationAreFrameworkFree(ROOT));
    }

    @Test
    void testkit_uses_only_java_junit_and_assertj() {
        check(ArchitectureRules.testkitUsesOnlyJavaJUnitAndAssertJ(ROOT));
    }

    @Test
    void persistence_libraries_stay_in_the_persistence_adapter() {
        check(ArchitectureRules.persistenceLibrariesStayInThePersistenceAdapter(ROOT));
    }

    @Test
    void web_libraries_stay_in_the_rest_adapter_and_bootstrap() {
        check(ArchitectureRules.webLibrariesStayInTheRestAdapterAndBootstrap(ROOT));
    }

    @Test
    void http_client_stays_in_the_webhook_adapter() {
        check(ArchitectureRules.httpClientStaysInTheWebhookAdapter(ROOT));
    }

    void kafka_libraries_stay_in_the_kafka_adapter() {
        check(ArchitectureRules.kafkaLibrariesStayInTheKafkaAdapter(ROOT));
    }

    @Test
    void cloudevents_use_only_the_application_and_the_domain() {
        check(ArchitectureRules.cloudEventsUseOnlyTheApplicationAndTheDomain(ROOT));
    }

    @Test
    void cloudevents_are_used_by_the_adapters_only() {
        check(ArchitectureRules.cloudEventsAreUsedByTheAdaptersOnly(ROOT));
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        check(ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT));
    }

    @Test
    void rest_handlers_hold_only_the_ports_they_call() {
        check(ArchitectureRules.restHandlersHoldOnlyThePortsTheyCall(ROOT));
    }

    @Test
    void only_bootstrap_uses_the_adapters() {
        check(ArchitectureRules.onlyBootstrapUsesTheAdapters(ROOT));
    }

    @Test
    void nobody_depends_on_bootstrap() {
        check(ArchitectureRules.nobodyDependsOnBootstrap(ROOT));
    }

    @Test
    void layers_point_inward() {
        check(ArchitectureRules.layersPointInward(ROOT));
    }

    @Test
    void every_class_belongs_to_a_layer() {
        check(ArchitectureRules.everyClassBelongsToALayer(ROOT));
    }

    @Test
    void no_cycles_between_packages() {
        check(ArchitectureRules.noCyclesBetweenPackages(ROOT));
    }

    @Test
    void no_cycles_between_layers() {
        check(ArchitectureRules.noCyclesBetweenLayers(ROOT));
    }

    /**
     * {@code allowEmptyShould(true)} below would let a rule pass on a module missing from the class
     * path (the testkit, which no production module depends on, is on it only as a dependency of its
     * own): each module's packages must be among the imported classes.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "domain", "application", "testkit", "adapter.persistence", "adapter.rest", "adapter.kafka", "adapter.webhooks",
        "cloudevents", "bootstrap", "embedded"
    })
    void every_module_is_imported(String module) {
        assertThat(productionClasses.stream().map(JavaClass::getPackageName))
                .anyMatch(name -> name.equals(ROOT + "." + module) || name.startsWith(ROOT + "." + module + "."));
    }

    @Test
    void the_fixtures_are_not_part_of_the_checked_code() {
        assertThat(productionClasses.stream().map(JavaClass::getPackageName))
                .noneMatch(name -> name.startsWith(ArchitectureRulesCanFailTest.FIXTURES));
    }

    /**
     * Modules are still being written, so a layer may have no classes yet; a rule whose selection is
     * empty would then fail with "failed to check any classes". {@code allowEmptyShould(true)} lets
     * such a rule pass instead (for the layered rule it makes every layer optional). This does not
     * hide a mistyped package: {@link ArchitectureRulesCanFailTest} runs each rule strictly against a
     * complete hexagon and shows that it selects classes there.
     */
    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(productionClasses);
    }
}
