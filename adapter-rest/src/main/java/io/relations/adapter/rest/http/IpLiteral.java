package io.relations.adapter.rest.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an IP address written as a literal ({@code 203.0.113.7}, {@code 2001:db8::1},
 * {@code [2001:db8::1]}, either with a {@code :port}) and nothing else: never a host name, so
 * reading one never asks DNS, whatever a client wrote. Anything else is empty.
 */
public final class IpLiteral {

    /** The longest text of an address with brackets and a port; anything longer is no literal. */
    static final int MAX_LENGTH = 64;

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?::\\d{1,5})?");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]{2,45})](?::\\d{1,5})?");
    private static final Pattern BARE_IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpLiteral() {
    }

    public static Optional<InetAddress> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher ipv4 = IPV4.matcher(text);
        if (ipv4.matches()) {
            return ipv4(ipv4);
        }
        Matcher bracketed = BRACKETED_IPV6.matcher(text);
        if (bracketed.matches()) {
            return ipv6(bracketed.group(1));
        }
        if (text.indexOf(':') >= 0 && BARE_IPV6.matcher(text).matches()) {
            return ipv6(text);
        }
        return Optional.empty();
    }

    private static Optional<InetAddress> ipv4(Matcher octets) {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(octets.group(i + 1));
            if (octet > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) octet;
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException impossible) {
            return Optional.empty();
        }
    }

    /**
     * In brackets, the JDK reads the text as an IPv6 literal or refuses it; it never looks it up.
     * An IPv4-mapped address ({@code ::ffff:192.0.2.1}) comes back as the IPv4 address it maps.
     */
    private static Optional<InetAddress> ipv6(String text) {
        if (text.indexOf(':') < 0) {
            return Optional.empty();
        }
        try {
            InetAddress address = InetAddress.getByName("[" + text + "]");
            return address instanceof Inet6Address || address.getAddress().length == 4 ? Optional.of(address) : Optional.empty();
        } catch (UnknownHostException notALiteral) {
            return Optional.empty();
        }
    }
}
