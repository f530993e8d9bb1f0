package io.relations.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final TrustedProxies PROXY_AT_10_0_0_7 = TrustedProxies.of(List.of(AddressRange.parse("10.0.0.7")));
    /** What a key may look like: an IPv4 address, or an IPv6 /64, or the one key of what is no address. */
    private static final Pattern KEY = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3})|([0-9a-f:]{2,39}/64)|unknown");

    @Test
    void without_trusted_proxies_x_forwarded_for_is_ignored() {
        // given no trusted proxy, when a client claims another address
        String key = TrustedProxies.none().clientKey("203.0.113.7", List.of("198.51.100.1"));

        // then
        assertThat(key).isEqualTo("203.0.113.7");
    }

    @Test
    void a_request_from_an_untrusted_address_is_keyed_by_that_address_whatever_it_forwards() {
        assertThat(PROXY_AT_10_0_0_7.clientKey("10.0.0.8", List.of("198.51.100.1"))).isEqualTo("10.0.0.8");
    }

    @Test
    void through_a_trusted_proxy_the_right_most_untrusted_entry_is_the_client() {
        // given a client that wrote a forged entry of its own before the proxy appended its address
        List<String> forwardedFor = List.of("192.0.2.66, 198.51.100.1");

        // when
        String key = PROXY_AT_10_0_0_7.clientKey("10.0.0.7", forwardedFor);

        // then
        assertThat(key).isEqualTo("198.51.100.1");
    }

    @Test
    void a_chain_of_trusted_proxies_is_walked_to_the_first_untrusted_hop_across_headers() {
        TrustedProxies proxies = TrustedProxies.of(List.of(AddressRange.parse("10.0.0.0/8")));

        String key = proxies.clientKey("10.0.0.7", List.of("192.0.2.66, 198.51.100.1", "10.1.2.3"));

        assertThat(key).isEqualTo("198.51.100.1");
    }

    @Test
    void a_malformed_entry_ends_the_walk_at_the_proxy_that_passed_it_on() {
        assertThat(PROXY_AT_10_0_0_7.clientKey("10.0.0.7", List.of("unknown"))).isEqualTo("10.0.0.7");
        assertThat(PROXY_AT_10_0_0_7.clientKey("10.0.0.7", List.of("example.org"))).isEqualTo("10.0.0.7");
        assertThat(PROXY_AT_10_0_0_7.clientKey("10.0.0.7", List.of(""))).isEqualTo("10.0.0.7");
        assertThat(PROXY_AT_10_0_0_7.clientKey("10.0.0.7", List.of("1.2.3.256"))).isEqualTo("10.0.0.7");
    }

    @Test
    void ipv6_clients_are_counted_by_their_64_bit_prefix() {
        String one = TrustedProxies.none().clientKey("2001:db8:1:2::1", List.of());
        String other = TrustedProxies.none().clientKey("2001:db8:1:2:ffff:ffff:ffff:ffff", List.of());

        assertThat(one).isEqualTo("2001:db8:1:2:0:0:0:0/64").isEqualTo(other);
        assertThat(TrustedProxies.none().clientKey("[2001:db8:1:3::1]", List.of())).isNotEqualTo(one);
    }

    @Test
    void an_address_with_a_port_or_in_brackets_is_read_and_a_host_name_never_is() {
        assertThat(IpLiteral.parse("198.51.100.1:443")).map(InetAddress::getHostAddress).hasValue("198.51.100.1");
        assertThat(IpLiteral.parse("[::1]:443")).map(InetAddress::getHostAddress).hasValue("0:0:0:0:0:0:0:1");
        assertThat(IpLiteral.parse("::ffff:192.0.2.1")).map(InetAddress::getHostAddress).hasValue("192.0.2.1");
        assertThat(IpLiteral.parse("localhost")).isEmpty();
        assertThat(IpLiteral.parse("::::::")).isEmpty();
        assertThat(IpLiteral.parse("fe80::1%eth0")).isEmpty();
        assertThat(IpLiteral.parse("01.2.3.4.5")).isEmpty();
    }

    @Test
    void a_cidr_block_holds_the_addresses_under_its_prefix_and_of_its_family_only() {
        AddressRange block = AddressRange.parse("10.1.0.0/16");

        assertThat(block.contains(IpLiteral.parse("10.1.255.3").orElseThrow())).isTrue();
        assertThat(block.contains(IpLiteral.parse("10.2.0.1").orElseThrow())).isFalse();
        assertThat(block.contains(IpLiteral.parse("::a01:1").orElseThrow())).isFalse();
        assertThat(AddressRange.parse("fd00::/8").contains(IpLiteral.parse("fd12::1").orElseThrow())).isTrue();
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).hasMessageContaining("prefix length");
        assertThatThrownBy(() -> AddressRange.parse("proxy.internal")).hasMessageContaining("not an IP address");
    }

    /**
     * Class 1 of the issue: nothing a client sends becomes a key without a bound. Whatever
     * {@code X-Forwarded-For} holds (random bytes, near-addresses, long chains), the key is an
     * address the request really came from or one the trusted proxy reported, in canonical form;
     * a client behind the proxy gets no more keys than the addresses it writes, and none from junk.
     */
    @Test
    void whatever_x_forwarded_for_holds_the_key_is_a_canonical_address_and_junk_yields_the_proxy() {
        long seed = seed();
        System.out.println("TrustedProxiesTest seed " + seed + " (replay with -Drelations.seed=" + seed + ")");
        Random random = new Random(seed);
        TrustedProxies proxies = TrustedProxies.of(List.of(AddressRange.parse("10.0.0.0/8"), AddressRange.parse("fd00::/8")));
        for (int i = 0; i < 10_000; i++) {
            List<String> headers = new ArrayList<>();
            for (int h = random.nextInt(3); h > 0; h--) {
                headers.add(hostileChain(random));
            }
            String remote = random.nextBoolean() ? "10.0.0." + random.nextInt(256) : "203.0.113." + random.nextInt(256);

            String key = proxies.clientKey(remote, headers);

            assertThat(key).as("seed %d, remote %s, headers %s", seed, remote, headers).matches(KEY)
                    .isIn(addressesIn(remote, headers));
            if (remote.startsWith("203.")) {
                assertThat(key).as("an untrusted peer is its own key").isEqualTo(remote);
            }
        }
        assertThat(TrustedProxies.none().clientKey("not an address", List.of("198.51.100.1"))).isEqualTo(TrustedProxies.UNKNOWN_ADDRESS);
    }

    /** The keys of the remote address and of every entry that is an address: where a key may come from. */
    private static Set<String> addressesIn(String remote, List<String> headers) {
        Set<String> keys = new HashSet<>();
        keys.add(TrustedProxies.keyOf(IpLiteral.parse(remote).orElseThrow()));
        for (String header : headers) {
            for (String entry : header.split(",")) {
                IpLiteral.parse(entry.strip()).ifPresent(address -> keys.add(TrustedProxies.keyOf(address)));
            }
        }
        return keys;
    }

    private static String hostileChain(Random random) {
        StringBuilder chain = new StringBuilder();
        for (int entries = 1 + random.nextInt(24); entries > 0; entries--) {
            if (chain.length() > 0) {
                chain.append(random.nextBoolean() ? "," : " , ");
            }
            chain.append(hostileEntry(random));
        }
        return chain.toString();
    }

    private static String hostileEntry(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> random.nextInt(300) + "." + random.nextInt(300) + "." + random.nextInt(300) + "." + random.nextInt(300);
            case 1 -> "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
            case 2 -> Integer.toHexString(random.nextInt()) + ":" + Integer.toHexString(random.nextInt(0xffff)) + "::" + random.nextInt(99);
            case 3 -> "[fd00::" + Integer.toHexString(random.nextInt(0xffff)) + "]:" + random.nextInt(70_000);
            case 4 -> "unknown";
            case 5 -> "_hidden" + random.nextInt();
            case 6 -> ":".repeat(random.nextInt(50)) + ".".repeat(random.nextInt(5));
            case 7 -> randomText(random, random.nextInt(80));
            default -> "198.51.100." + random.nextInt(256) + (random.nextBoolean() ? ":" + random.nextInt(65_536) : "");
        };
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextBoolean() ? 0x20 + random.nextInt(0x5f) : random.nextInt(0x3000)));
        }
        return text.toString();
    }

    private static long seed() {
        String given = System.getProperty("relations.seed", "").strip();
        return given.isEmpty() ? System.nanoTime() : Long.parseLong(given);
    }
}
