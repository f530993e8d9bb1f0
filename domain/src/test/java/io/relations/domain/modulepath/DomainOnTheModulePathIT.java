package io.relations.domain.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs after {@code package}: the domain jar alone, on a module path with nothing beside it,
 * resolves and decides a follow. Proves an app can embed the kernel as a plain library.
 */
class DomainOnTheModulePathIT {

    private static final String MODULE = "io.relations.domain";

    @Test
    void the_domain_jar_resolves_on_the_module_path_with_nothing_beside_it() {
        ModuleFinder onlyTheJar = ModuleFinder.of(domainJar());

        Configuration configuration = ModuleLayer.boot().configuration().resolve(onlyTheJar, ModuleFinder.of(), Set.of(MODULE));
        ModuleDescriptor descriptor = configuration.findModule(MODULE).orElseThrow().reference().descriptor();

        assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .containsExactly("java.base");
        assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "io.relations.domain.model", "io.relations.domain.event", "io.relations.domain.decision");
    }

    @Test
    void the_domain_loaded_from_its_own_module_layer_decides_a_follow() throws Exception {
        ModuleFinder onlyTheJar = ModuleFinder.of(domainJar());
        Configuration configuration = ModuleLayer.boot().configuration().resolve(onlyTheJar, ModuleFinder.of(), Set.of(MODULE));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader(MODULE);

        Class<?> userId = loader.loadClass("io.relations.domain.model.UserId");
        Class<?> userPair = loader.loadClass("io.relations.domain.model.UserPair");
        Class<?> pairState = loader.loadClass("io.relations.domain.model.PairState");
        Class<?> command = loader.loadClass("io.relations.domain.decision.Command");
        Class<?> context = loader.loadClass("io.relations.domain.decision.DecisionContext");
        Class<?> follow = loader.loadClass("io.relations.domain.decision.Follow");
        Class<?> kernel = loader.loadClass("io.relations.domain.decision.RelationshipKernel");

        Object alice = userId.getMethod("of", UUID.class).invoke(null, UUID.fromString("0190a5b4-0000-7000-8000-000000000001"));
        Object bob = userId.getMethod("of", UUID.class).invoke(null, UUID.fromString("0190a5b4-0000-7000-8000-000000000002"));
        Object pair = userPair.getMethod("of", userId, userId).invoke(null, alice, bob);
        Object empty = pairState.getMethod("empty", userPair).invoke(null, pair);
        Object followCommand = follow.getConstructor(userId, userId).newInstance(alice, bob);
        Object onEmpty = context.getMethod("of", pairState, Instant.class).invoke(null, empty, Instant.EPOCH);
        Method decide = kernel.getMethod("decide", context, command);

        Object decision = decide.invoke(null, onEmpty, followCommand);

        assertThat(kernel.getModule().getName()).isEqualTo(MODULE);
        assertThat(decision.getClass().getMethod("kind").invoke(decision)).hasToString("CHANGED");
    }

    private static Path domainJar() {
        Path jar = Path.of(System.getProperty("relations.domain.jar", "target/relations-domain.jar"));
        assertThat(Files.isRegularFile(jar)).as("the packaged domain jar at %s", jar).isTrue();
        return jar;
    }
}
