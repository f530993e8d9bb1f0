package io.relations.adapter.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only parses literals: nothing here looks a name up or sends anything. */
class PublicAddressesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "100.64.0.1", "100.127.255.254", "127.0.0.1",
        "127.255.255.254", "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.2.1",
        "192.88.99.1", "192.168.0.1", "192.168.255.255", "198.18.0.1", "198.19.255.255", "198.51.100.7",
        "203.0.113.9", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
        "::", "::1", "::10.0.0.1", "::8.8.8.8", "fe80::1", "febf::1", "fec0::1", "fc00::1", "fd12:3456::1",
        "ff02::1", "100::1", "64:ff9b:1::1", "2001:db8::1", "3fff::1", "2001::1",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2002:0a00:0001::1", "2002:c0a8:0101::1", "2002:7f00:0001::1",
        "64:ff9b::a00:1", "64:ff9b::7f00:1"
    })
    void an_address_that_is_not_global_unicast_is_not_public(String literal) throws UnknownHostException {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "8.8.8.8", "1.1.1.1", "9.255.255.255", "11.0.0.1", "100.63.255.255", "100.128.0.1", "172.15.255.255",
        "172.32.0.1", "192.167.255.255", "192.169.0.1", "198.17.255.255", "198.20.0.1", "223.255.255.255",
        "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "2002:0808:0808::1", "64:ff9b::808:808",
        "2001:200::1"
    })
    void a_global_unicast_address_is_public(String literal) throws UnknownHostException {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).isTrue();
    }

    /** The JDK turns a parsed {@code ::ffff:a.b.c.d} into IPv4; a resolver may hand over the IPv6 form itself. */
    @ParameterizedTest(name = "::ffff:{0}")
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "169.254.169.254", "192.168.1.1", "100.64.0.1"})
    void an_ipv4_mapped_ipv6_address_is_judged_by_its_ipv4_address(String ipv4) throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, mapped, 12, 4);
        InetAddress asIpv6 = Inet6Address.getByAddress(null, mapped, -1);

        assertThat(asIpv6).isInstanceOf(Inet6Address.class);
        assertThat(PublicAddresses.isPublic(asIpv6)).isFalse();
        mapped[12] = 8;
        mapped[13] = 8;
        mapped[14] = 8;
        mapped[15] = 8;
        assertThat(PublicAddresses.isPublic(Inet6Address.getByAddress(null, mapped, -1))).isTrue();
    }
}
