package io.relations.adapter.webhooks;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * A block of addresses in CIDR form, {@code 10.0.0.0/8} or {@code fc00::/7}. An IPv4 block also
 * holds the IPv4-mapped IPv6 forms of its addresses ({@code ::ffff:10.1.2.3}): they reach the same
 * host.
 *
 * @param network      the block's first address (the bits past the prefix are zero)
 * @param prefixLength how many leading bits every address of the block shares
 */
record IpRange(InetAddress network, int prefixLength) {

    IpRange {
        Objects.requireNonNull(network, "network");
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("a prefix of " + network.getHostAddress() + " has 0 to " + bits + " bits");
        }
        if (!Arrays.equals(masked(network.getAddress(), prefixLength), network.getAddress())) {
            throw new IllegalArgumentException(network.getHostAddress() + "/" + prefixLength
                    + " has bits set past its prefix");
        }
    }

    /**
     * The block a text names: {@code address/prefix}, or a single address.
     *
     * @throws IllegalArgumentException if the text is of another form
     */
    static IpRange parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        InetAddress network = IpLiteral.parse(address)
                .orElseThrow(() -> new IllegalArgumentException("\"" + text + "\" is not an IP address or CIDR block"));
        int bits = network.getAddress().length * 8;
        if (slash < 0) {
            return new IpRange(network, bits);
        }
        String prefix = text.substring(slash + 1);
        if (!prefix.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("\"" + text + "\" has no prefix length after its /");
        }
        return new IpRange(network, Integer.parseInt(prefix));
    }

    /** {@return whether the address is in the block (an IPv4-mapped IPv6 address as its IPv4 address)} */
    boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    /** {@return whether the address, given as its 4 or 16 bytes, is in the block} */
    boolean contains(byte[] address) {
        byte[] own = network.getAddress();
        byte[] candidate = own.length == 4 && isIpv4Mapped(address) ? Arrays.copyOfRange(address, 12, 16) : address;
        return candidate.length == own.length && Arrays.equals(masked(candidate, prefixLength), own);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }

    /** {@code ::ffff:a.b.c.d}: 80 zero bits, 16 one bits, then the IPv4 address. */
    static boolean isIpv4Mapped(byte[] address) {
        if (address.length != 16) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return address[10] == (byte) 0xff && address[11] == (byte) 0xff;
    }

    private static byte[] masked(byte[] address, int prefixLength) {
        byte[] result = address.clone();
        for (int i = 0; i < result.length; i++) {
            int keep = Math.max(0, Math.min(8, prefixLength - 8 * i));
            result[i] &= (byte) (0xff << (8 - keep));
        }
        return result;
    }
}
