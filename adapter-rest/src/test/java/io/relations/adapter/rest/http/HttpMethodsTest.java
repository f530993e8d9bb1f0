package io.relations.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpMethodsTest {

    @Test
    void a_known_method_is_its_own_tag() {
        assertThat(HttpMethods.KNOWN).allSatisfy(method -> assertThat(HttpMethods.tagOf(method)).isEqualTo(method));
    }

    @ParameterizedTest
    @ValueSource(strings = {"get", "Get", "PROPFIND", "FOO", "GET ", "", "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM"})
    void any_other_text_is_tagged_other(String method) {
        assertThat(HttpMethods.tagOf(method)).isEqualTo(HttpMethods.OTHER);
    }

    @Test
    void seeded_random_method_texts_all_fall_into_the_known_methods_and_other() {
        long seed = Long.getLong("relations.seed", System.nanoTime());
        System.out.println("HttpMethodsTest seed " + seed + "; replay with -Drelations.seed=" + seed);
        Random random = new Random(seed);
        Set<String> tags = new HashSet<>();

        for (int i = 0; i < 10_000; i++) {
            StringBuilder method = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                method.append((char) (random.nextBoolean() ? 'A' + random.nextInt(26) : random.nextInt(0x300)));
            }
            tags.add(HttpMethods.tagOf(method.toString()));
        }

        assertThat(tags).isSubsetOf(union(HttpMethods.KNOWN, HttpMethods.OTHER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PROPFIND", "get", "M-SEARCH", "X!#$%&'*+.^_`|~1", "UPDATEREDIRECTREF", "MMMMMMMMMMMMMMMMMMMM"})
    void a_token_of_at_most_twenty_characters_is_acceptable(String method) {
        assertThat(HttpMethods.isAcceptable(method)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "MMMMMMMMMMMMMMMMMMMMM", "G(T", "G T", "G\u00e9T", "GET\r\n", "\"GET\"", "G/T", "G:T"})
    void an_empty_or_over_long_method_or_one_that_is_no_token_is_not_acceptable(String method) {
        assertThat(HttpMethods.isAcceptable(method)).isFalse();
    }

    private static Set<String> union(Set<String> known, String other) {
        Set<String> all = new HashSet<>(known);
        all.add(other);
        return all;
    }
}
