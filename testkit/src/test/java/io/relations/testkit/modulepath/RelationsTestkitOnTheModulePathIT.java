package io.relations.testkit.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.service.RelationshipCommandService;
import io.relations.domain.model.UserId;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.JUnitException;
import org.opentest4j.AssertionFailedError;

/**
 * Runs after {@code package}: the kit's jar resolves as a named module on a module path with only
 * what its pom names (the application and the domain, JUnit's API and AssertJ), and its in-memory
 * ports work from their own module layer. The tests themselves run on the class path (see the pom).
 * (Not named {@code Testkit…}: surefire runs every {@code Test*} class, before the jar exists.)
 */
class RelationsTestkitOnTheModulePathIT {

    private static final String MODULE = "io.relations.testkit";

    @Test
    void the_testkit_jar_resolves_on_the_module_path_with_the_jars_its_pom_names() {
        ModuleDescriptor descriptor = resolve().findModule(MODULE).orElseThrow().reference().descriptor();

        assertThat(descriptor.requires().stream()
                .filter(requires -> requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name)).containsExactlyInAnyOrder("io.relations.application", "org.junit.jupiter.api");
        assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("io.relations.testkit.memory", "io.relations.testkit.contract");
        assertThat(descriptor.opens()).singleElement().satisfies(opens -> {
            assertThat(opens.source()).isEqualTo("io.relations.testkit.contract");
            assertThat(opens.targets()).containsExactly("org.junit.platform.commons");
        });
    }

    @Test
    void the_in_memory_ports_loaded_from_their_own_module_layer_register_a_user() throws Exception {
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(resolve(), ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader(MODULE);
        Class<?> storageType = loader.loadClass("io.relations.testkit.memory.InMemoryStorage");
        Class<?> userId = loader.loadClass("io.relations.domain.model.UserId");
        Object storage = storageType.getConstructor().newInstance();
        Object users = storageType.getMethod("users").invoke(storage);
        Object alice = userId.getMethod("parse", String.class).invoke(null, "0190a5b4-0000-7000-8000-000000000001");

        Object registered = users.getClass().getMethod("register", userId).invoke(users, alice);

        assertThat(storageType.getModule().getName()).isEqualTo(MODULE);
        assertThat(registered).isEqualTo(true);
        assertThat(users.getClass().getMethod("exists", userId).invoke(users, alice)).isEqualTo(true);
    }

    private static Configuration resolve() {
        Path[] jars = Stream.concat(Stream.of(testkitJar()), Stream.of(
                        RelationshipCommandService.class, UserId.class, Test.class, AssertionFailedError.class,
                        JUnitException.class, API.class, Assertions.class)
                .map(RelationsTestkitOnTheModulePathIT::jarOf)).toArray(Path[]::new);
        return ModuleLayer.boot().configuration().resolve(ModuleFinder.of(jars), ModuleFinder.of(), Set.of(MODULE));
    }

    private static Path testkitJar() {
        Path jar = Path.of(System.getProperty("relations.testkit.jar", "target/relations-testkit.jar"));
        assertThat(Files.isRegularFile(jar)).as("the packaged testkit jar at %s", jar).isTrue();
        return jar;
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
