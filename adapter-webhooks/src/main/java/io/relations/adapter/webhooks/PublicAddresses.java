package io.relations.adapter.webhooks;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * The SSRF rule: which addresses a webhook may reach without an allow-list. Only global unicast
 * addresses: an IPv4 address outside every special-purpose block of the IANA registry (this
 * network, private, CGNAT, loopback, link-local, the IETF's protocol assignments, documentation,
 * benchmarking, the deprecated 6to4 relay, multicast, reserved and broadcast), or an IPv6 address
 * in {@code 2000::/3} outside the IETF's protocol assignments (which hold Teredo) and the
 * documentation blocks. IPv6 forms that carry an IPv4 address (IPv4-mapped, NAT64's well-known
 * prefix and 6to4) are judged by the IPv4 address they carry; IPv4-compatible, unique-local,
 * link-local, site-local, multicast, loopback and unspecified IPv6 addresses all lie outside
 * {@code 2000::/3}. The list is a deny-list inside an allow-list, so a block the registry adds
 * later outside {@code 2000::/3} is refused already.
 */
final class PublicAddresses {

    private static final List<IpRange> NON_PUBLIC_IPV4 = ranges(
            "0.0.0.0/8", // this network, and the unspecified address
            "10.0.0.0/8", // private
            "100.64.0.0/10", // shared address space (carrier-grade NAT)
            "127.0.0.0/8", // loopback
            "169.254.0.0/16", // link-local, where clouds answer metadata requests
            "172.16.0.0/12", // private
            "192.0.0.0/24", // IETF protocol assignments
            "192.0.2.0/24", // documentation (TEST-NET-1)
            "192.88.99.0/24", // 6to4 relay anycast, deprecated
            "192.168.0.0/16", // private
            "198.18.0.0/15", // benchmarking
            "198.51.100.0/24", // documentation (TEST-NET-2)
            "203.0.113.0/24", // documentation (TEST-NET-3)
            "224.0.0.0/4", // multicast
            "240.0.0.0/4"); // reserved, and the limited broadcast address 255.255.255.255

    private static final IpRange IPV6_GLOBAL_UNICAST = IpRange.parse("2000::/3");

    private static final List<IpRange> NON_PUBLIC_IPV6_GLOBAL = ranges(
            "2001::/23", // IETF protocol assignments, with Teredo (2001::/32)
            "2001:db8::/32", // documentation
            "3fff::/20"); // documentation

    private static final IpRange NAT64 = IpRange.parse("64:ff9b::/96");
    private static final IpRange SIX_TO_FOUR = IpRange.parse("2002::/16");

    private PublicAddresses() {}

    /** {@return whether a webhook may reach the address without an allow-list naming it} */
    static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return isPublicIpv4(bytes);
        }
        if (IpRange.isIpv4Mapped(bytes) || NAT64.contains(bytes)) {
            return isPublicIpv4(Arrays.copyOfRange(bytes, 12, 16));
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return isPublicIpv4(Arrays.copyOfRange(bytes, 2, 6));
        }
        return IPV6_GLOBAL_UNICAST.contains(bytes) && NON_PUBLIC_IPV6_GLOBAL.stream().noneMatch(range -> range.contains(bytes));
    }

    private static boolean isPublicIpv4(byte[] address) {
        return NON_PUBLIC_IPV4.stream().noneMatch(range -> range.contains(address));
    }

    private static List<IpRange> ranges(String... blocks) {
        return Arrays.stream(blocks).map(IpRange::parse).toList();
    }
}
