package io.relations.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.relations.archfixture.adapterscalleachother.adapter.persistence.StoreCallingRest;
import io.relations.archfixture.adapterusesbootstrap.adapter.rest.HandlerReadingSettings;
import io.relations.archfixture.bagofports.adapter.rest.FollowHandler;
import io.relations.archfixture.bagofports.adapter.rest.UnfollowHandler;
import io.relations.archfixture.bagofports.application.port.in.FollowUseCase;
import io.relations.archfixture.bagofports.application.port.in.UnfollowUseCase;
import io.relations.archfixture.applicationusesadapter.application.service.ServiceUsingAdapter;
import io.relations.archfixture.applicationusesjpa.application.service.EntityManagerFollowService;
import io.relations.archfixture.applicationusescloudevents.application.service.FeedWithCloudEvents;
import io.relations.archfixture.applicationuseskafka.application.service.ServiceUsingKafka;
import io.relations.archfixture.clean.adapter.kafka.TopicPublisher;
import io.relations.archfixture.clean.cloudevents.FollowCloudEvents;
import io.relations.archfixture.clean.domain.model.UserId;
import io.relations.archfixture.cloudeventsusesadapter.cloudevents.EventsFromRows;
import io.relations.archfixture.cloudeventsusesjavalin.cloudevents.EventsFromContext;
import io.relations.archfixture.kafkaoutsideitsadapter.adapter.rest.OffsetHandler;
import io.relations.archfixture.kafkaoutsideitsadapter.bootstrap.ProducerWiring;
import io.relations.archfixture.kafkausesrest.adapter.kafka.PublisherUsingProblems;
import io.relations.archfixture.domainreadsclock.domain.decision.ClockReadingDecide;
import io.relations.archfixture.domainreadsclock.domain.event.RandomEventIds;
import io.relations.archfixture.domainseesapplication.domain.model.SelfLoadingPair;
import io.relations.archfixture.domainusesjavalin.domain.command.FollowFromRequest;
import io.relations.archfixture.domainusesjdbc.domain.model.PairStateLoader;
import io.relations.archfixture.frameworksintestkit.testkit.contract.ContextCases;
import io.relations.archfixture.frameworksintestkit.testkit.contract.ParameterizedCases;
import io.relations.archfixture.frameworksintestkit.testkit.contract.SessionCases;
import io.relations.archfixture.frameworksintestkit.testkit.memory.JdbcMemoryStore;
import io.relations.archfixture.jettyclientoutsideitsadapter.adapter.rest.CallbackHandler;
import io.relations.archfixture.jettyclientoutsideitsadapter.bootstrap.KeySetFetcher;
import io.relations.archfixture.jpaindomain.domain.model.FollowRow;
import io.relations.archfixture.librariesoutsidetheiradapter.adapter.persistence.ContextReadingStore;
import io.relations.archfixture.librariesoutsidetheiradapter.adapter.rest.EntityManagerHandler;
import io.relations.archfixture.librariesoutsidetheiradapter.bootstrap.DataSourceWiring;
import io.relations.archfixture.outsidethelayers.util.Strings;
import io.relations.archfixture.packagecycle.domain.model.Pair;
import io.relations.archfixture.productionusestestkit.application.service.ServiceWithMemoryStore;
import io.relations.archfixture.productionusestestkit.bootstrap.InMemoryMode;
import io.relations.archfixture.productionusestestkit.testkit.memory.MemoryStore;
import io.relations.archfixture.restuseswebhooks.adapter.rest.TestDeliveryHandler;
import io.relations.archfixture.testkitusesadapter.testkit.contract.PostgresStoreCases;
import io.relations.archfixture.webhooksusesrest.adapter.webhooks.SenderUsingProblems;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that each rule can fail: it runs against small fixture classes under
 * {@value #FIXTURES}, one package per scenario laid out like the real code
 * ({@code <scenario>.domain…}, {@code <scenario>.adapter.rest…}), each breaking one thing on purpose.
 * Only the fixture packages are imported and each check sees only its scenario's classes; the check
 * of the real code does not import test classes, so the fixtures never meet the real code. The {@code clean} scenario is a small complete
 * hexagon that every rule accepts, strictly (no empty layer allowed).
 */
class ArchitectureRulesCanFailTest {

    static final String FIXTURES = "io.relations.archfixture";

    /** Imported once (each import scans the whole class path); every check sees one scenario of it. */
    private static final JavaClasses ALL_FIXTURES = new ClassFileImporter().importPackages(FIXTURES);

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRuleOnTheCleanHexagon")
    void the_clean_hexagon_passes_every_rule(ArchRule rule) {
        rule.check(classesOf(scenarioOf(UserId.class)));
    }

    static Stream<ArchRule> everyRuleOnTheCleanHexagon() {
        return ArchitectureRules.all(scenarioOf(UserId.class)).stream();
    }

    @Test
    void a_domain_class_using_javalin_breaks_java_only() {
        assertReported(ArchitectureRules::domainDependsOnJavaOnly, FollowFromRequest.class, "io.javalin.http.Context");
    }

    @Test
    void an_application_class_using_jpa_breaks_domain_and_java_only() {
        assertReported(ArchitectureRules::applicationDependsOnDomainAndJavaOnly, EntityManagerFollowService.class,
                "jakarta.persistence.EntityManager");
    }

    @Test
    void a_domain_class_using_java_sql_is_reported() {
        assertReported(ArchitectureRules::domainAndApplicationDoNoIo, PairStateLoader.class, "java.sql.Connection");
    }

    @Test
    void java_sql_is_java_so_the_java_only_rule_alone_would_miss_it() {
        assertNotReported(ArchitectureRules::domainDependsOnJavaOnly, PairStateLoader.class);
    }

    @Test
    void a_domain_class_reading_the_clock_is_reported() {
        assertReported(ArchitectureRules::domainIsDeterministic, ClockReadingDecide.class, "Instant.now()");
    }

    @Test
    void a_domain_method_reference_to_random_uuids_is_reported() {
        assertReported(ArchitectureRules::domainIsDeterministic, RandomEventIds.class, "UUID.randomUUID()");
    }

    @Test
    void a_domain_class_annotated_as_jpa_entity_is_reported() {
        assertReported(ArchitectureRules::domainAndApplicationAreFrameworkFree, FollowRow.class,
                "annotated with <jakarta.persistence.Entity>");
    }

    @Test
    void an_application_class_using_jpa_is_reported_as_framework_bound() {
        assertReported(ArchitectureRules::domainAndApplicationAreFrameworkFree, EntityManagerFollowService.class,
                "jakarta.persistence.EntityManager");
    }

    @Test
    void a_domain_class_using_javalin_is_reported_as_framework_bound() {
        assertReported(ArchitectureRules::domainAndApplicationAreFrameworkFree, FollowFromRequest.class,
                "io.javalin.http.Context");
    }

    @Test
    void a_testkit_class_using_jdbc_is_reported_though_java_sql_is_java() {
        assertReported(ArchitectureRules::testkitUsesOnlyJavaJUnitAndAssertJ, JdbcMemoryStore.class,
                "java.sql.Connection");
    }

    @Test
    void a_testkit_class_using_hibernate_is_reported() {
        assertReported(ArchitectureRules::testkitUsesOnlyJavaJUnitAndAssertJ, SessionCases.class,
                "org.hibernate.Session");
    }

    @Test
    void a_testkit_class_using_javalin_is_reported() {
        assertReported(ArchitectureRules::testkitUsesOnlyJavaJUnitAndAssertJ, ContextCases.class,
                "io.javalin.http.Context");
    }

    @Test
    void a_testkit_class_using_junit_params_beyond_the_jupiter_api_is_reported() {
        assertReported(ArchitectureRules::testkitUsesOnlyJavaJUnitAndAssertJ, ParameterizedCases.class,
                "org.junit.jupiter.params.ParameterizedTest");
    }

    @Test
    void a_testkit_class_using_an_adapter_is_reported_as_a_dependency_outside_the_kit() {
        assertReported(ArchitectureRules::testkitUsesOnlyJavaJUnitAndAssertJ, PostgresStoreCases.class,
                "PostgresStore");
    }

    @Test
    void jpa_in_the_rest_adapter_is_reported() {
        assertReported(ArchitectureRules::persistenceLibrariesStayInThePersistenceAdapter, EntityManagerHandler.class,
                "jakarta.persistence.EntityManager");
    }

    @Test
    void a_data_source_in_bootstrap_is_reported() {
        assertReported(ArchitectureRules::persistenceLibrariesStayInThePersistenceAdapter, DataSourceWiring.class,
                "javax.sql.DataSource");
    }

    @Test
    void jpa_in_the_application_is_reported_as_a_persistence_library_outside_its_adapter() {
        assertReported(ArchitectureRules::persistenceLibrariesStayInThePersistenceAdapter,
                EntityManagerFollowService.class, "jakarta.persistence.EntityManager");
    }

    @Test
    void javalin_in_the_persistence_adapter_is_reported() {
        assertReported(ArchitectureRules::webLibrariesStayInTheRestAdapterAndBootstrap, ContextReadingStore.class,
                "io.javalin.http.Context");
    }

    @Test
    void javalin_in_the_domain_is_reported_as_a_web_library_outside_its_adapter() {
        assertReported(ArchitectureRules::webLibrariesStayInTheRestAdapterAndBootstrap, FollowFromRequest.class,
                "io.javalin.http.Context");
    }

    @Test
    void jettys_http_client_in_the_rest_adapter_is_reported() {
        assertReported(ArchitectureRules::httpClientStaysInTheWebhookAdapter, CallbackHandler.class,
                "org.eclipse.jetty.client.HttpClient");
    }

    @Test
    void jettys_http_client_in_bootstrap_is_reported() {
        assertReported(ArchitectureRules::httpClientStaysInTheWebhookAdapter, KeySetFetcher.class,
                "org.eclipse.jetty.client.HttpClient");
    }

    void a_kafka_producer_built_in_bootstrap_is_reported() {
        assertReported(ArchitectureRules::kafkaLibrariesStayInTheKafkaAdapter, ProducerWiring.class,
                "org.apache.kafka.clients.producer.KafkaProducer");
    }

    @Test
    void a_kafka_type_in_the_rest_adapter_is_reported() {
        assertReported(ArchitectureRules::kafkaLibrariesStayInTheKafkaAdapter, OffsetHandler.class,
                "org.apache.kafka.common.TopicPartition");
    }

    @Test
    void the_kafka_client_in_the_kafka_adapter_is_not_reported() {
        assertNotReported(ArchitectureRules::kafkaLibrariesStayInTheKafkaAdapter, TopicPublisher.class);
    }

    @Test
    void the_cloudevents_mapping_reading_an_adapters_rows_is_reported() {
        assertReported(ArchitectureRules::cloudEventsUseOnlyTheApplicationAndTheDomain, EventsFromRows.class, "ChangeRow");
    }

    @Test
    void the_cloudevents_mapping_using_javalin_is_reported() {
        assertReported(ArchitectureRules::cloudEventsUseOnlyTheApplicationAndTheDomain, EventsFromContext.class,
                "io.javalin.http.Context");
    }

    @Test
    void the_cloudevents_mapping_writing_json_with_jackson_is_not_reported_as_a_web_library_outside_its_adapter() {
        assertNotReported(ArchitectureRules::webLibrariesStayInTheRestAdapterAndBootstrap, FollowCloudEvents.class);
    }

    @Test
    void an_application_class_using_the_cloudevents_mapping_is_reported() {
        assertReported(ArchitectureRules::cloudEventsAreUsedByTheAdaptersOnly, FeedWithCloudEvents.class, "Events");
    }

    @Test
    void an_application_class_using_the_cloudevents_mapping_breaks_the_layers() {
        assertReported(ArchitectureRules::layersPointInward, FeedWithCloudEvents.class, "Events");
    }

    @Test
    void the_cloudevents_mapping_using_an_adapter_breaks_the_layers() {
        assertReported(ArchitectureRules::layersPointInward, EventsFromRows.class, "ChangeRow");
    }

    @Test
    void the_kafka_adapter_calling_the_rest_adapter_breaks_the_layers() {
        assertReported(ArchitectureRules::layersPointInward, PublisherUsingProblems.class, "ProblemTypes");
    }

    @Test
    void the_kafka_adapter_calling_the_rest_adapter_is_reported_as_adapters_depending_on_each_other() {
        assertReported(ArchitectureRules::adaptersDoNotDependOnEachOther, PublisherUsingProblems.class, "ProblemTypes");
    }

    @Test
    void an_application_class_using_the_kafka_adapter_breaks_the_layers() {
        assertReported(ArchitectureRules::layersPointInward, ServiceUsingKafka.class, "TopicPublisher");
    }

    @Test
    void an_application_class_using_the_kafka_adapter_is_reported_as_not_bootstrap() {
        assertReported(ArchitectureRules::onlyBootstrapUsesTheAdapters, ServiceUsingKafka.class, "TopicPublisher");
    }

    @Test
    void a_class_of_the_kafka_adapter_and_of_the_cloudevents_module_belongs_to_a_layer() {
        assertNotReported(ArchitectureRules::everyClassBelongsToALayer, TopicPublisher.class);
    }

    @Test
    void a_persistence_adapter_class_calling_the_rest_adapter_is_reported() {
        assertReported(ArchitectureRules::adaptersDoNotDependOnEachOther, StoreCallingRest.class, "ProblemTypes");
    }

    @Test
    void given_a_handler_holding_every_port_in_a_record_when_it_calls_one_then_each_port_it_never_calls_is_reported() {
        assertReported(ArchitectureRules::restHandlersHoldOnlyThePortsTheyCall, FollowHandler.class,
                "FollowHandler holds " + UnfollowUseCase.class.getName());
    }

    @Test
    void given_a_handler_holding_a_record_of_records_of_ports_when_it_references_one_then_the_others_are_reported() {
        assertReported(ArchitectureRules::restHandlersHoldOnlyThePortsTheyCall, UnfollowHandler.class,
                "UnfollowHandler holds " + FollowUseCase.class.getName());
    }

    @Test
    void an_application_class_using_an_adapter_is_reported() {
        assertReported(ArchitectureRules::onlyBootstrapUsesTheAdapters, ServiceUsingAdapter.class, "InMemoryStore");
    }

    @Test
    void an_adapter_class_using_bootstrap_is_reported() {
        assertReported(ArchitectureRules::nobodyDependsOnBootstrap, HandlerReadingSettings.class, "Settings");
    }

    @Test
    void a_domain_class_using_an_application_port_breaks_the_layers() {
        assertReported(ArchitectureRules::layersPointInward, SelfLoadingPair.class, "PairLoader");
    }

    @Test
    void an_application_class_using_an_adapter_breaks_the_layers() {
        assertReported(ArchitectureRules::layersPointInward, ServiceUsingAdapter.class, "InMemoryStore");
    }

    @Test
    void an_adapter_calling_another_adapter_breaks_the_layers() {
        assertReported(ArchitectureRules::layersPointInward, StoreCallingRest.class, "ProblemTypes");
    }

    @Test
    void an_application_class_using_the_testkit_breaks_the_layers() {
        assertReported(ArchitectureRules::layersPointInward, ServiceWithMemoryStore.class, "MemoryStore");
    }

    @Test
    void bootstrap_using_the_testkit_breaks_the_layers() {
        assertReported(ArchitectureRules::layersPointInward, InMemoryMode.class, "MemoryStore");
    }

    @Test
    void the_testkit_using_an_adapter_breaks_the_layers() {
        assertReported(ArchitectureRules::layersPointInward, PostgresStoreCases.class, "PostgresStore");
    }

    /**
     * The adapter's own "accessed by Bootstrap only" catches the case above too, so the testkit's
     * "accesses Application and Domain only" is shown apart: each of the offender's dependencies on
     * the adapter is reported once by either constraint, twice in all (once without the testkit's).
     */
    @Test
    void the_testkit_using_an_adapter_is_reported_by_the_testkits_own_constraint_too() {
        String scenario = scenarioOf(PostgresStoreCases.class);
        List<String> details = ArchitectureRules.layersPointInward(scenario).allowEmptyShould(true)
                .evaluate(classesOf(scenario)).getFailureReport().getDetails();
        assertThat(details).isNotEmpty().allMatch(detail -> detail.contains(PostgresStoreCases.class.getName()));
        assertThat(details).hasSize(2 * new HashSet<>(details).size());
    }

    /** Only the webhook adapter's "accessed by Bootstrap only" forbids this: the REST adapter may access any layer. */
    @Test
    void a_rest_handler_using_the_webhook_adapter_breaks_the_layers() {
        assertReported(ArchitectureRules::layersPointInward, TestDeliveryHandler.class, "EndpointSender");
    }

    /**
     * The REST adapter's "accessed by Bootstrap only" catches this too, so the webhook adapter's
     * "accesses Application and Domain only" is shown apart, as for the testkit: each dependency is
     * reported once by either constraint, twice in all.
     */
    @Test
    void the_webhook_adapter_using_another_adapter_is_reported_by_its_own_constraint_too() {
        String scenario = scenarioOf(SenderUsingProblems.class);
        List<String> details = ArchitectureRules.layersPointInward(scenario).allowEmptyShould(true)
                .evaluate(classesOf(scenario)).getFailureReport().getDetails();
        assertThat(details).isNotEmpty().allMatch(detail -> detail.contains(SenderUsingProblems.class.getName()));
        assertThat(details).hasSize(2 * new HashSet<>(details).size());
    }

    @Test
    void a_class_outside_the_layers_is_reported() {
        assertReported(ArchitectureRules::everyClassBelongsToALayer, Strings.class);
    }

    @Test
    void testkit_classes_belong_to_a_layer() {
        assertNotReported(ArchitectureRules::everyClassBelongsToALayer, MemoryStore.class);
    }

    @Test
    void a_cycle_between_two_domain_packages_is_reported() {
        assertReported(ArchitectureRules::noCyclesBetweenPackages, Pair.class, "PairChanged");
    }

    @Test
    void a_cycle_inside_one_layer_is_not_a_cycle_between_layers() {
        assertNotReported(ArchitectureRules::noCyclesBetweenLayers, Pair.class);
    }

    @Test
    void a_cycle_between_an_adapter_and_bootstrap_is_reported() {
        assertReported(ArchitectureRules::noCyclesBetweenLayers, HandlerReadingSettings.class, "Settings");
    }

    @Test
    void a_cycle_between_domain_and_application_is_reported() {
        assertReported(ArchitectureRules::noCyclesBetweenLayers, SelfLoadingPair.class, "PairLoader");
    }

    @Test
    void a_cycle_between_the_application_and_the_testkit_is_reported() {
        assertReported(ArchitectureRules::noCyclesBetweenLayers, ServiceWithMemoryStore.class, "MemoryStore");
    }

    /**
     * Runs the rule on the offender's scenario and expects a violation naming the offender. Empty
     * selections are allowed here so that the failure comes from the violation, not from a layer the
     * scenario leaves out.
     */
    private static void assertReported(Function<String, ArchRule> rule, Class<?> offender, String... alsoNamed) {
        String scenario = scenarioOf(offender);
        ArchRule checked = rule.apply(scenario).allowEmptyShould(true);
        String[] expected = Stream.concat(Stream.of(offender.getName()), Stream.of(alsoNamed)).toArray(String[]::new);
        assertThatThrownBy(() -> checked.check(classesOf(scenario)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(expected);
    }

    private static void assertNotReported(Function<String, ArchRule> rule, Class<?> anyClassOfTheScenario) {
        String scenario = scenarioOf(anyClassOfTheScenario);
        ArchRule checked = rule.apply(scenario).allowEmptyShould(true);
        assertThatCode(() -> checked.check(classesOf(scenario))).doesNotThrowAnyException();
    }

    /** {@code io.relations.archfixture.<scenario>.domain.model.X} → {@code io.relations.archfixture.<scenario>}. */
    private static String scenarioOf(Class<?> fixture) {
        String withinFixtures = fixture.getPackageName().substring(FIXTURES.length() + 1);
        int end = withinFixtures.indexOf('.');
        return FIXTURES + "." + (end < 0 ? withinFixtures : withinFixtures.substring(0, end));
    }

    private static JavaClasses classesOf(String scenario) {
        return ALL_FIXTURES.that(resideInAPackage(scenario + ".."));
    }
}
