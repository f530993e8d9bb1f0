package io.relations.adapter.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an IP address written as one, and only that: a dotted quad of four decimal parts, or an
 * IPv6 address (brackets allowed). Never asks DNS, so a name is never mistaken for an address
 * ({@code InetAddress.getByName} would look a name up, and reads {@code 127.1} as an address).
 */
final class IpLiteral {

    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpLiteral() {}

    /** {@return the address the text writes, or empty if the text is not an IP address} */
    static Optional<InetAddress> parse(String text) {
        String bare = withoutBrackets(text);
        boolean quad = DOTTED_QUAD.matcher(bare).matches();
        if (quad && !partsFitAByte(bare) || !quad && !IPV6.matcher(bare).matches()) {
            // A quad with a part over 255 would not parse, and InetAddress would then look it up.
            return Optional.empty();
        }
        try {
            // Both forms are literals, which InetAddress parses without a lookup.
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private static boolean partsFitAByte(String quad) {
        for (String part : quad.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** {@return the host without the brackets an IPv6 literal has in a URL} */
    static String withoutBrackets(String host) {
        return host.length() > 1 && host.startsWith("[") && host.endsWith("]")
                ? host.substring(1, host.length() - 1)
                : host;
    }
}
