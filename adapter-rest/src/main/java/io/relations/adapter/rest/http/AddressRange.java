package io.relations.adapter.rest.http;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * One address ({@code 10.0.0.7}, {@code ::1}) or a CIDR block of them ({@code 10.0.0.0/8},
 * {@code fd00::/8}), read from a literal only (see {@link IpLiteral}). An IPv4 range holds IPv4
 * addresses only, an IPv6 one IPv6 addresses only.
 */
public final class AddressRange {

    private final byte[] network;
    private final int prefixLength;

    private AddressRange(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** @throws IllegalArgumentException naming what is wrong, when {@code text} is neither an address nor a CIDR block */
    public static AddressRange parse(String text) {
        String stripped = text.strip();
        int slash = stripped.indexOf('/');
        String addressText = slash < 0 ? stripped : stripped.substring(0, slash);
        InetAddress address = IpLiteral.parse(addressText)
                .orElseThrow(() -> new IllegalArgumentException("'" + stripped + "' is not an IP address or a CIDR block"));
        byte[] bytes = address.getAddress();
        int maxPrefix = bytes.length * 8;
        int prefix = maxPrefix;
        if (slash >= 0) {
            String prefixText = stripped.substring(slash + 1);
            if (!prefixText.matches("\\d{1,3}") || Integer.parseInt(prefixText) > maxPrefix) {
                throw new IllegalArgumentException("'" + stripped + "' has a prefix length that is not from 0 to " + maxPrefix);
            }
            prefix = Integer.parseInt(prefixText);
        }
        return new AddressRange(masked(bytes, prefix), prefix);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(masked(bytes, prefixLength), network);
    }

    /** The first {@code prefixLength} bits of {@code bytes}, the rest zero. */
    static byte[] masked(byte[] bytes, int prefixLength) {
        byte[] result = bytes.clone();
        for (int bit = prefixLength; bit < result.length * 8; bit++) {
            result[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return result;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
