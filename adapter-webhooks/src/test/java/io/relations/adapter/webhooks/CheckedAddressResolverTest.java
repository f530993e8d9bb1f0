package io.relations.adapter.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.Promise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The check itself, without Jetty: nothing here opens a connection. */
class CheckedAddressResolverTest {

    private final StubResolver dns = new StubResolver();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "127.0.0.1", "0.0.0.0",
        "fe80::1", "fc00::1", "::1", "::", "::ffff:10.0.0.1", "2002:a00:1::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2",
        "ff02::1", "255.255.255.255"
    })
    void a_name_resolving_only_to_a_refused_address_is_refused(String answer) {
        dns.answer("hooks.example", answer);

        assertThatThrownBy(() -> checker(AllowList.none()).check("hooks.example", 443))
                .isInstanceOf(AddressRefusedException.class)
                .hasMessageContaining("hooks.example:443");
        assertThat(dns.asked()).containsExactly("hooks.example");
    }

    @Test
    void an_ipv4_mapped_answer_kept_in_its_ipv6_form_is_refused() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 169, (byte) 254, (byte) 169, (byte) 254};
        dns.answer("metadata.example", Inet6Address.getByAddress(null, mapped, -1));

        assertThatThrownBy(() -> checker(AllowList.none()).check("metadata.example", 80))
                .isInstanceOf(AddressRefusedException.class);
    }

    @Test
    void only_the_addresses_that_pass_are_handed_on_already_resolved() throws Exception {
        dns.answer("mixed.example", "10.0.0.1", "8.8.8.8", "fd00::1", "2606:4700:4700::1111");

        List<InetSocketAddress> reachable = checker(AllowList.none()).check("mixed.example", 8443);

        assertThat(reachable).extracting(InetSocketAddress::getAddress)
                .containsExactly(StubResolver.literal("8.8.8.8"), StubResolver.literal("2606:4700:4700::1111"));
        assertThat(reachable).allSatisfy(address -> {
            assertThat(address.isUnresolved()).isFalse();
            assertThat(address.getPort()).isEqualTo(8443);
        });
    }

    @Test
    void an_allow_listed_address_passes() throws Exception {
        dns.answer("receiver.test", "127.0.0.1");

        assertThat(checker(AllowList.parse("127.0.0.1/32")).check("receiver.test", 9000))
                .containsExactly(new InetSocketAddress(StubResolver.literal("127.0.0.1"), 9000));
    }

    @Test
    void an_address_written_in_the_url_is_checked_the_same_without_asking_the_resolver() throws Exception {
        CheckedAddressResolver checker = checker(AllowList.none());

        assertThatThrownBy(() -> checker.check("127.0.0.1", 80)).isInstanceOf(AddressRefusedException.class);
        assertThatThrownBy(() -> checker.check("[::1]", 80)).isInstanceOf(AddressRefusedException.class);
        assertThatThrownBy(() -> checker.check("169.254.169.254", 80)).isInstanceOf(AddressRefusedException.class);
        assertThat(checker.check("8.8.8.8", 80)).containsExactly(new InetSocketAddress(StubResolver.literal("8.8.8.8"), 80));
        assertThat(dns.asked()).isEmpty();
    }

    /** {@code 2130706433} is 127.0.0.1 to some resolvers; it is a name here, and its answer is what is checked. */
    @Test
    void a_host_in_a_numeric_form_other_than_a_dotted_quad_is_a_name_whose_answer_is_checked() {
        dns.answer("2130706433", "127.0.0.1");

        assertThatThrownBy(() -> checker(AllowList.none()).check("2130706433", 80))
                .isInstanceOf(AddressRefusedException.class);
        assertThat(dns.asked()).containsExactly("2130706433");
    }

    @Test
    void an_unknown_name_is_unknown() {
        assertThatThrownBy(() -> checker(AllowList.none()).check("nowhere.example", 80))
                .isInstanceOf(UnknownHostException.class);
    }

    @Test
    void jetty_is_answered_through_its_promise_with_the_refusal() throws Exception {
        dns.answer("hooks.example", "10.0.0.1");
        CompletableFuture<List<InetSocketAddress>> answer = new CompletableFuture<>();

        checker(AllowList.none()).resolve("hooks.example", 443, Map.of(), Promise.from(answer::complete, answer::completeExceptionally));

        assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(AddressRefusedException.class);
    }

    private CheckedAddressResolver checker(AllowList allowList) {
        return new CheckedAddressResolver(dns, allowList, Runnable::run);
    }
}
