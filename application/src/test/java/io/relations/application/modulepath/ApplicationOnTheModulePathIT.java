package io.relations.application.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.model.UserId;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs after {@code package}: the application jar, on a module path with the domain's and nothing
 * else, resolves and works. Proves an app can embed the use cases as a plain library, and that
 * the module exports its API and nothing more.
 */
class ApplicationOnTheModulePathIT {

    private static final String MODULE = "io.relations.application";

    @Test
    void the_application_jar_resolves_on_the_module_path_with_the_domain_jar_alone() {
        Configuration configuration = resolve();
        ModuleDescriptor descriptor = configuration.findModule(MODULE).orElseThrow().reference().descriptor();

        assertThat(descriptor.requires().stream().collect(Collectors.toMap(ModuleDescriptor.Requires::name,
                        requires -> requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))))
                .isEqualTo(Map.of("java.base", false, "io.relations.domain", true));
        assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("io.relations.application.change", "io.relations.application.model", "io.relations.application.webhook", "io.relations.application.port.in",
                        "io.relations.application.port.out", "io.relations.application.service");
        assertThat(configuration.modules()).extracting(module -> module.name())
                .containsExactlyInAnyOrder(MODULE, "io.relations.domain");
    }

    @Test
    void the_application_loaded_from_its_own_module_layer_builds_its_values_on_the_domain_s() throws Exception {
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(resolve(), ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader(MODULE);
        Class<?> userId = loader.loadClass("io.relations.domain.model.UserId");
        Class<?> lookup = loader.loadClass("io.relations.application.model.RelationshipLookup");
        Object alice = userId.getMethod("of", UUID.class).invoke(null, UUID.fromString("0190a5b4-0000-7000-8000-000000000001"));

        Object asked = lookup.getConstructor(List.class).newInstance(List.of(alice, alice));

        assertThat(lookup.getModule().getName()).isEqualTo(MODULE);
        assertThat(userId.getModule().getName()).isEqualTo("io.relations.domain");
        assertThat(lookup.getMethod("others").invoke(asked)).isEqualTo(List.of(alice));
    }

    private static Configuration resolve() {
        ModuleFinder onlyTheTwoJars = ModuleFinder.of(applicationJar(), domainJar());
        return ModuleLayer.boot().configuration().resolve(onlyTheTwoJars, ModuleFinder.of(), Set.of(MODULE));
    }

    private static Path applicationJar() {
        Path jar = Path.of(System.getProperty("relations.application.jar", "target/relations-application.jar"));
        assertThat(Files.isRegularFile(jar)).as("the packaged application jar at %s", jar).isTrue();
        return jar;
    }

    /** The domain as this test runs it: its jar in a reactor build, or its classes. */
    private static Path domainJar() {
        try {
            return Path.of(UserId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
