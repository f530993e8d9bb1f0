package io.relations.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The architecture of DESIGN.md §1 as ArchUnit rules: dependencies point inward, each library
 * stays in the adapter that owns it, and only the composition root sees everything.
 *
 * <p>Every rule takes the package root it applies to, so the same rule runs against the real code
 * ({@code io.relations}) and against the deliberately broken fixtures that prove it can fail.
 * Rules are strict about empty selections; callers that must tolerate unwritten layers say so with
 * {@code allowEmptyShould(true)}.
 */
final class ArchitectureRules {

    /** ORM, migrations, JDBC, driver, pool and embedded server: the persistence adapter's tools. */
    private static final String[] PERSISTENCE_LIBRARIES = {
        "jakarta.persistence..", "org.hibernate..", "org.flywaydb..", "java.sql..", "javax.sql..",
        "org.postgresql..", "com.zaxxer.hikari..", "io.zonky.."
    };

    /** HTTP server, JSON and JWT: the REST adapter's tools. */
    private static final String[] WEB_LIBRARIES = {"io.javalin..", "com.fasterxml.jackson..", "com.nimbusds.."};

    /** Outbound HTTP: the webhook adapter's client (the REST adapter's Jetty is the server's, elsewhere). */
    private static final String[] HTTP_CLIENT_LIBRARIES = {"org.eclipse.jetty.client.."};
    /** The Kafka client: the Kafka adapter's tool. */
    private static final String[] KAFKA_LIBRARIES = {"org.apache.kafka.."};

    /** All the CloudEvents module uses beyond the core: the CloudEvents SDK and the JSON it writes with. */
    private static final String[] CLOUDEVENTS_LIBRARIES = {"java..", "io.cloudevents..", "com.fasterxml.jackson.."};

    /** Frameworks whose types or annotations would tie the core to a technology. */
    private static final String[] FRAMEWORKS = {
        "jakarta..", "javax..", "org.hibernate..", "org.flywaydb..", "io.javalin..",
        "com.fasterxml.jackson..", "com.nimbusds..", "org.mapstruct.."
    };

    /**
     * All the testkit may use beyond the project: it is test code its users run in their own tests,
     * so JUnit's API and AssertJ are its dependencies, and nothing of what the adapters use.
     */
    private static final String[] TESTKIT_LIBRARIES = {"java..", "org.junit.jupiter.api..", "org.assertj.."};

    /** Ways out of the process: JDBC, files, channels, the HTTP client (not all of java.net: a URI is a value). */
    private static final String[] IO_PACKAGES = {
        "java.sql..", "javax.sql..", "java.nio.file..", "java.nio.channels..", "java.net.http.."
    };

    private ArchitectureRules() {}

    /** Every rule below, for checks that must hold for all of them. */
    static List<ArchRule> all(String root) {
        return List.of(
                domainDependsOnJavaOnly(root),
                applicationDependsOnDomainAndJavaOnly(root),
                domainAndApplicationDoNoIo(root),
                domainIsDeterministic(root),
                domainAndApplicationAreFrameworkFree(root),
                testkitUsesOnlyJavaJUnitAndAssertJ(root),
                persistenceLibrariesStayInThePersistenceAdapter(root),
                webLibrariesStayInTheRestAdapterAndBootstrap(root),
                httpClientStaysInTheWebhookAdapter(root),
                kafkaLibrariesStayInTheKafkaAdapter(root),
                cloudEventsUseOnlyTheApplicationAndTheDomain(root),
                cloudEventsAreUsedByTheAdaptersOnly(root),
                adaptersDoNotDependOnEachOther(root),
                restHandlersHoldOnlyThePortsTheyCall(root),
                onlyBootstrapUsesTheAdapters(root),
                nobodyDependsOnBootstrap(root),
                layersPointInward(root),
                everyClassBelongsToALayer(root),
                noCyclesBetweenPackages(root),
                noCyclesBetweenLayers(root));
    }

    static ArchRule domainDependsOnJavaOnly(String root) {
        return classes().that().resideInAPackage(domain(root))
                .should().onlyDependOnClassesThat().resideInAnyPackage(domain(root), "java..")
                .because("the domain is the pure kernel of state machines, values and events;"
                        + " anything it imports beyond the JDK would have to be carried by every user of it");
    }

    static ArchRule applicationDependsOnDomainAndJavaOnly(String root) {
        return classes().that().resideInAPackage(application(root))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(application(root), domain(root), "java..")
                .because("use cases talk to the world through their own ports only,"
                        + " so that any adapter can be swapped without touching them");
    }

    /** {@code java.sql} is part of {@code java.*}, so the two rules above do not catch it: this one does. */
    static ArchRule domainAndApplicationDoNoIo(String root) {
        return noClasses().that().resideInAnyPackage(domain(root), application(root))
                .should().dependOnClassesThat().resideInAnyPackage(IO_PACKAGES)
                .because("databases, files and the network are reached through outbound ports"
                        + " implemented by adapters, never directly from the core");
    }

    /** Catches calls and method references ({@code Instant::now}) alike. */
    static ArchRule domainIsDeterministic(String root) {
        return noClasses().that().resideInAPackage(domain(root))
                .should().accessTargetWhere(readsTheClockOrDrawsRandomness())
                .because("the decision function is pure: time and ids come in as arguments"
                        + " (from the Clock and IdGenerator ports), so the same history always replays"
                        + " to the same state");
    }

    /** Dependencies include annotations, so {@code @Entity} on a domain record is reported here. */
    static ArchRule domainAndApplicationAreFrameworkFree(String root) {
        return noClasses().that().resideInAnyPackage(domain(root), application(root))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("framework types and annotations (JPA entities, Javalin contexts, JSON mappings)"
                        + " belong to the adapter that translates them; the core must not change with them");
    }

    /**
     * {@code java.sql} is part of {@code java.*}, so it is excluded by name: an in-memory port backed
     * by JDBC would make every user of the kit carry a driver. Hibernate, Flyway, Javalin, Jackson and
     * the rest are outside the allowed packages anyway.
     */
    static ArchRule testkitUsesOnlyJavaJUnitAndAssertJ(String root) {
        return classes().that().resideInAPackage(testkit(root))
                .should().onlyDependOnClassesThat(
                        resideInAnyPackage(testkit(root), application(root), domain(root))
                                .or(resideInAnyPackage(TESTKIT_LIBRARIES).and(resideOutsideOfPackages("java.sql.."))))
                .because("the testkit runs the use cases without a database and checks anyone's storage:"
                        + " its only dependencies beyond the kernel and the application are the JDK (not JDBC),"
                        + " JUnit's API and AssertJ, none of the adapters' frameworks");
    }

    /** The embedded server's module may use JDBC and the driver too: it creates the database it serves. */
    static ArchRule persistenceLibrariesStayInThePersistenceAdapter(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(persistenceAdapter(root), embeddedServer(root))
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE_LIBRARIES)
                .because("entities, SQL, Hibernate sessions and the database's lifecycle stay inside"
                        + " the persistence adapter, which offers only the application's ports"
                        + " (bootstrap hands it configuration, not a DataSource), and the embedded server's module");
    }

    /** The CloudEvents module writes its JSON with Jackson; {@link #cloudEventsUseOnlyTheApplicationAndTheDomain} keeps it to that. */
    static ArchRule webLibrariesStayInTheRestAdapterAndBootstrap(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(restAdapter(root), bootstrap(root), cloudEvents(root))
                .should().dependOnClassesThat().resideInAnyPackage(WEB_LIBRARIES)
                .because("HTTP, JSON and tokens are the REST adapter's business;"
                        + " bootstrap may use them only to wire the server");
    }

    static ArchRule httpClientStaysInTheWebhookAdapter(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(webhookAdapter(root))
                .should().dependOnClassesThat().resideInAnyPackage(HTTP_CLIENT_LIBRARIES)
                .because("requests to addresses a subscriber chose go out only through the webhook adapter,"
                        + " which checks every resolved address against the SSRF rule; a second client elsewhere"
                        + " would be a way around it");
    }

    /** Bootstrap included: it hands the adapter its own settings record, never a Kafka type. */
    static ArchRule kafkaLibrariesStayInTheKafkaAdapter(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(kafkaAdapter(root))
                .should().dependOnClassesThat().resideInAnyPackage(KAFKA_LIBRARIES)
                .because("producers, records and the broker's errors stay inside the Kafka adapter, which offers"
                        + " only the application's ChangePublisher; a Kafka type anywhere else would tie it to the client");
    }

    static ArchRule cloudEventsUseOnlyTheApplicationAndTheDomain(String root) {
        return classes().that().resideInAPackage(cloudEvents(root))
                .should().onlyDependOnClassesThat(resideInAnyPackage(cloudEvents(root), application(root), domain(root))
                        .or(resideInAnyPackage(CLOUDEVENTS_LIBRARIES)))
                .because("the one mapping from a logged change to its CloudEvent is shared by every adapter that sends"
                        + " changes out: it may know the application's changes, never an adapter, a server or a client");
    }

    static ArchRule cloudEventsAreUsedByTheAdaptersOnly(String root) {
        return classes().that().resideInAPackage(cloudEvents(root))
                .should().onlyHaveDependentClassesThat().resideInAnyPackage(cloudEvents(root), root + ".adapter..", bootstrap(root))
                .because("CloudEvents is how changes look outside the service: the adapters that send them use it (and"
                        + " bootstrap, which builds it once for them); the domain, the application and the testkit stay"
                        + " free of any wire format");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..").namingSlices("$1 adapter")
                .should().notDependOnEachOther()
                .because("adapters meet only through the application's ports;"
                        + " one calling another would bypass the use cases");
    }

    /**
     * A class of the REST adapter that calls inbound ports (a handler, the authentication filter's
     * cache) holds no inbound port it never calls: neither in a field nor in a record of the adapter
     * it holds, however deep (a record of a route group's ports, a record of such records). The
     * {@code UseCases} record of every port, handed to each handler, broke it.
     */
    static ArchRule restHandlersHoldOnlyThePortsTheyCall(String root) {
        return classes().that().resideInAPackage(restAdapter(root)).and(callAnInboundPort(root))
                .should(holdOnlyTheInboundPortsTheyCall(root))
                .because("a handler that receives only the use cases its routes call says in its constructor what"
                        + " it can do; a bag of every port hides that, and lets any route reach any use case");
    }

    /** Together with the rule above: nothing but bootstrap and the adapter itself uses an adapter class. */
    static ArchRule onlyBootstrapUsesTheAdapters(String root) {
        return classes().that().resideInAPackage(root + ".adapter..")
                .should().onlyHaveDependentClassesThat()
                .resideInAnyPackage(root + ".adapter..", bootstrap(root))
                .because("bootstrap is the composition root: it alone chooses which adapters"
                        + " implement which ports");
    }

    static ArchRule nobodyDependsOnBootstrap(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(bootstrap(root))
                .should().dependOnClassesThat().resideInAPackage(bootstrap(root))
                .because("the composition root sits on top of everything;"
                        + " depending on it would make every module need the whole application");
    }

    /**
     * The diagram of DESIGN.md §1. {@code layeredArchitecture()} rather than {@code onionArchitecture()}
     * because the onion has no place for a composition root.
     */
    static ArchRule layersPointInward(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy(domain(root))
                .layer("Application").definedBy(application(root))
                .layer("Persistence adapter").definedBy(persistenceAdapter(root))
                .layer("REST adapter").definedBy(restAdapter(root))
                .layer("Webhook adapter").definedBy(webhookAdapter(root))
                .layer("Kafka adapter").definedBy(kafkaAdapter(root))
                .layer("CloudEvents").definedBy(cloudEvents(root))
                .layer("Bootstrap").definedBy(bootstrap(root))
                .optionalLayer("Embedded server").definedBy(embeddedServer(root))
                .layer("Testkit").definedBy(testkit(root))
                .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("Testkit").mayNotBeAccessedByAnyLayer()
                .whereLayer("Testkit").mayOnlyAccessLayers("Application", "Domain")
                .whereLayer("Embedded server").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Embedded server").mayNotAccessAnyLayer()
                .whereLayer("Persistence adapter").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("REST adapter").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Webhook adapter").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Webhook adapter").mayOnlyAccessLayers("Application", "Domain")
                .whereLayer("Kafka adapter").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Kafka adapter").mayOnlyAccessLayers("Application", "Domain", "CloudEvents")
                .whereLayer("CloudEvents").mayOnlyBeAccessedByLayers("REST adapter", "Kafka adapter", "Bootstrap")
                .whereLayer("CloudEvents").mayOnlyAccessLayers("Application", "Domain")
                .whereLayer("Application")
                .mayOnlyBeAccessedByLayers("Persistence adapter", "REST adapter", "Kafka adapter", "Webhook adapter",
                        "CloudEvents", "Bootstrap", "Testkit")
                .whereLayer("Domain")
                .mayOnlyBeAccessedByLayers("Application", "Persistence adapter", "REST adapter", "Kafka adapter",
                        "Webhook adapter", "CloudEvents", "Bootstrap", "Testkit")
                .because("dependencies point inward only: the domain knows nothing, the application knows"
                        + " the domain, adapters know both, and only bootstrap knows the adapters (and the"
                        + " embedded server, which knows none of them); the webhook adapter knows only the"
                        + " application and the domain, the Kafka adapter the CloudEvents mapping besides,"
                        + " which knows only the application and the domain; the testkit knows the application and"
                        + " the domain, and no production module knows the testkit");
    }

    /**
     * What {@code ensureAllClassesAreContainedInArchitecture()} would do inside the layered rule, as a
     * rule of its own: there, {@code allowEmptyShould(true)} does not reach it.
     */
    static ArchRule everyClassBelongsToALayer(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should().resideInAnyPackage(
                        domain(root), application(root), persistenceAdapter(root), restAdapter(root), kafkaAdapter(root),
                        webhookAdapter(root), cloudEvents(root), bootstrap(root), embeddedServer(root), testkit(root))
                .because("a class outside the layers would escape every rule above");
    }

    /** One slice per package, e.g. {@code domain.model} and {@code domain.event} are two slices. */
    static ArchRule noCyclesBetweenPackages(String root) {
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .because("a cycle makes two packages one unit in disguise:"
                        + " neither can be read, tested or moved without the other");
    }

    /** One slice per layer (each adapter is its own layer), independent of the layer rules' direction. */
    static ArchRule noCyclesBetweenLayers(String root) {
        return slices().assignedFrom(layersOf(root))
                .should().beFreeOfCycles()
                .because("layers map to Maven modules, and modules that need each other cannot be built"
                        + " or released apart");
    }

    private static String domain(String root) {
        return root + ".domain..";
    }

    private static String application(String root) {
        return root + ".application..";
    }

    private static String persistenceAdapter(String root) {
        return root + ".adapter.persistence..";
    }

    private static String restAdapter(String root) {
        return root + ".adapter.rest..";
    }

    private static String webhookAdapter(String root) {
        return root + ".adapter.webhooks..";
    }

    private static String kafkaAdapter(String root) {
        return root + ".adapter.kafka..";
    }

    /** Beside the adapters: the one CloudEvents mapping of a logged change, which the adapters share. */
    private static String cloudEvents(String root) {
        return root + ".cloudevents..";
    }

    private static String bootstrap(String root) {
        return root + ".bootstrap..";
    }

    /** Infrastructure beside the layers: it starts a server and knows nothing of the service. */
    private static String embeddedServer(String root) {
        return root + ".embedded..";
    }

    /** A library beside the service: the ports in memory and their contract suite, for its users' tests. */
    private static String testkit(String root) {
        return root + ".testkit..";
    }

    private static String inboundPorts(String root) {
        return root + ".application.port.in..";
    }

    private static DescribedPredicate<JavaClass> callAnInboundPort(String root) {
        return describe("call an inbound port", javaClass -> !inboundPortsCalledBy(javaClass, root).isEmpty());
    }

    /** Calls and method references alike: {@code ports.follow()::follow} uses the port as much as a call does. */
    private static Set<String> inboundPortsCalledBy(JavaClass javaClass, String root) {
        return javaClass.getCodeUnitAccessesFromSelf().stream()
                .map(access -> access.getTargetOwner())
                .filter(resideInAPackage(inboundPorts(root)))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
    }

    private static ArchCondition<JavaClass> holdOnlyTheInboundPortsTheyCall(String root) {
        return new ArchCondition<>("hold only the inbound ports they call") {
            @Override
            public void check(JavaClass holder, ConditionEvents events) {
                Set<String> called = inboundPortsCalledBy(holder, root);
                for (JavaField field : instanceFields(holder)) {
                    for (String port : inboundPortsHeldIn(field.getRawType(), root, new HashSet<>())) {
                        if (!called.contains(port)) {
                            events.add(SimpleConditionEvent.violated(holder, holder.getName() + " holds " + port
                                    + " (in its field " + field.getName() + ") but never calls it"));
                        }
                    }
                }
            }
        };
    }

    /** The inbound ports a field of this type holds: the type itself, or those of a record of the REST adapter. */
    private static Set<String> inboundPortsHeldIn(JavaClass type, String root, Set<String> seen) {
        if (resideInAPackage(inboundPorts(root)).test(type)) {
            return Set.of(type.getName());
        }
        if (!type.isRecord() || !resideInAPackage(restAdapter(root)).test(type) || !seen.add(type.getName())) {
            return Set.of();
        }
        Set<String> held = new HashSet<>();
        instanceFields(type).forEach(field -> held.addAll(inboundPortsHeldIn(field.getRawType(), root, seen)));
        return held;
    }

    private static List<JavaField> instanceFields(JavaClass javaClass) {
        return javaClass.getFields().stream().filter(field -> !field.getModifiers().contains(JavaModifier.STATIC)).toList();
    }

    private static DescribedPredicate<JavaAccess<?>> readsTheClockOrDrawsRandomness() {
        Set<String> randomSources = Set.of(
                "java.util.Random", "java.security.SecureRandom", "java.util.SplittableRandom",
                "java.util.concurrent.ThreadLocalRandom", "java.util.random.RandomGenerator");
        return describe("the target reads the system clock or draws randomness", access -> {
            AccessTarget target = access.getTarget();
            JavaClass owner = target.getOwner();
            String method = target.getName();
            return owner.getPackageName().equals("java.time") && method.equals("now")
                    || owner.isEquivalentTo(System.class) && Set.of("currentTimeMillis", "nanoTime").contains(method)
                    || owner.isEquivalentTo(UUID.class) && method.equals("randomUUID")
                    || owner.isEquivalentTo(Math.class) && method.equals("random")
                    || randomSources.contains(owner.getName());
        });
    }

    /** {@code root.adapter.X..} is the layer "adapter.X"; any other {@code root.Y..} is the layer "Y". */
    private static SliceAssignment layersOf(String root) {
        PackageMatcher adapter = PackageMatcher.of(root + ".adapter.(*)..");
        PackageMatcher layer = PackageMatcher.of(root + ".(*)..");
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String packageName = javaClass.getPackageName();
                return adapter.match(packageName)
                        .map(match -> SliceIdentifier.of("adapter." + match.getGroup(1)))
                        .or(() -> layer.match(packageName).map(match -> SliceIdentifier.of(match.getGroup(1))))
                        .orElseGet(SliceIdentifier::ignore);
            }

            @Override
            public String getDescription() {
                return "layers of " + root;
            }
        };
    }
}
