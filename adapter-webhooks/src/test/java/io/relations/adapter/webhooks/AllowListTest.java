package io.relations.adapter.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllowListTest {

    @Test
    void a_blank_setting_allows_nothing() {
        AllowList none = AllowList.parse("  ");

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.allows("127.0.0.1", 80, address("127.0.0.1"))).isFalse();
    }

    @Test
    void a_cidr_block_allows_every_port_of_its_addresses_and_no_other_address() {
        AllowList list = AllowList.parse("10.1.0.0/16, 127.0.0.1");

        assertThat(list.allows("a.internal", 443, address("10.1.255.7"))).isTrue();
        assertThat(list.allows("127.0.0.1", 9, address("127.0.0.1"))).isTrue();
        assertThat(list.allows("a.internal", 443, address("10.2.0.1"))).isFalse();
        assertThat(list.allows("127.0.0.2", 9, address("127.0.0.2"))).isFalse();
    }

    @Test
    void an_ipv4_block_allows_the_ipv4_mapped_form_of_its_addresses() {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};

        assertThat(AllowList.parse("127.0.0.0/8").allows("x", 1, ipv6(mapped))).isTrue();
    }

    @Test
    void an_address_and_port_allows_that_port_only() {
        AllowList list = AllowList.parse("127.0.0.1:9000,[::1]:9001");

        assertThat(list.allows("localhost", 9000, address("127.0.0.1"))).isTrue();
        assertThat(list.allows("127.0.0.1", 9001, address("127.0.0.1"))).isFalse();
        assertThat(list.allows("[::1]", 9001, address("::1"))).isTrue();
        assertThat(list.allows("[::1]", 9000, address("::1"))).isFalse();
    }

    @Test
    void a_name_and_port_allows_what_that_name_resolves_to_on_that_port_only() {
        AllowList list = AllowList.parse("Hooks.Internal:8443");

        assertThat(list.allows("hooks.internal", 8443, address("10.0.0.5"))).isTrue();
        assertThat(list.allows("HOOKS.internal", 8443, address("192.168.1.1"))).isTrue();
        assertThat(list.allows("hooks.internal", 443, address("10.0.0.5"))).isFalse();
        assertThat(list.allows("other.internal", 8443, address("10.0.0.5"))).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "10.0.0.0/33", "10.0.0.1/8", "10.0.0.0/", "10.0.0.0/x", "256.0.0.1", "10.0.0", "hooks.internal",
        "hooks.internal:0", "hooks.internal:65536", "hooks.internal:", ":80", "bad_name:80", "[hooks.internal]:80",
        "10.0.0.1,,10.0.0.2", "10.0.0.1,", "::1/129", "fe80::/8", "[::1]:x", "127.1", "2130706433"
    })
    void an_entry_of_another_form_is_refused_naming_it(String text) {
        assertThatThrownBy(() -> AllowList.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allow-list");
    }

    @Test
    void the_list_reads_back_as_its_entries() {
        assertThat(AllowList.parse(" 10.0.0.0/8 , hooks.internal:443 ")).hasToString("10.0.0.0/8,hooks.internal:443");
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException impossible) {
            throw new AssertionError(impossible);
        }
    }

    private static InetAddress ipv6(byte[] bytes) {
        try {
            return java.net.Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
