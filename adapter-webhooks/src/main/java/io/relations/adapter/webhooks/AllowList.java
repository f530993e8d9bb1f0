package io.relations.adapter.webhooks;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The addresses a webhook may reach although the SSRF rule refuses them (a receiver on the same
 * host or in the same private network): the setting {@code RELATIONS_WEBHOOK_ALLOWED_ADDRESSES}.
 * Its text is a comma-separated list of entries, each one of
 * <ul>
 *   <li>a CIDR block or a single address, {@code 10.1.0.0/16}, {@code 127.0.0.1}, {@code fd00::/8}:
 *       any port of those addresses;</li>
 *   <li>{@code address:port} ({@code 127.0.0.1:9000}, {@code [::1]:9000}): that port of that address;</li>
 *   <li>{@code name:port} ({@code hooks.internal:443}): that port of whatever the name resolves to,
 *       when the webhook's URL names that host.</li>
 * </ul>
 * The empty list (the default) allows nothing beyond the rule.
 */
public final class AllowList {

    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,62})(\\.[a-z0-9]([a-z0-9-]{0,62}))*\\.?");
    private static final int MAX_ENTRIES = 256;

    private static final AllowList NONE = new AllowList(List.of(), List.of(), "");

    private final List<IpRange> ranges;
    private final List<Endpoint> endpoints;
    private final String text;

    private AllowList(List<IpRange> ranges, List<Endpoint> endpoints, String text) {
        this.ranges = ranges;
        this.endpoints = endpoints;
        this.text = text;
    }

    /** {@return the empty list: nothing beyond the SSRF rule} */
    public static AllowList none() {
        return NONE;
    }

    /**
     * The list a setting's text names.
     *
     * @param text comma-separated entries as the class describes; blank for none
     * @return the list
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException naming the first entry of another form
     */
    public static AllowList parse(String text) {
        Objects.requireNonNull(text, "text");
        List<String> entries = Stream.of(text.split(",", -1)).map(String::strip).toList();
        if (entries.size() == 1 && entries.get(0).isEmpty()) {
            return NONE;
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("an allow-list has at most " + MAX_ENTRIES + " entries");
        }
        List<IpRange> ranges = new ArrayList<>();
        List<Endpoint> endpoints = new ArrayList<>();
        for (String entry : entries) {
            Optional<Endpoint> endpoint = Endpoint.parse(entry);
            if (endpoint.isPresent()) {
                endpoints.add(endpoint.get());
            } else {
                ranges.add(range(entry));
            }
        }
        return new AllowList(List.copyOf(ranges), List.copyOf(endpoints), String.join(",", entries));
    }

    /**
     * Whether the list names an address.
     *
     * @param host    the host of the webhook's URL, as written there (a name or an address)
     * @param port    the port the request goes to
     * @param address one address the host resolved to
     * @return whether an entry names that address, or that host and port
     */
    boolean allows(String host, int port, InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address))
                || endpoints.stream().anyMatch(endpoint -> endpoint.names(host, port, address));
    }

    /** {@return whether the list has no entry} */
    public boolean isEmpty() {
        return ranges.isEmpty() && endpoints.isEmpty();
    }

    /** {@return the entries, comma-separated, as they were parsed} */
    @Override
    public String toString() {
        return text;
    }

    private static IpRange range(String entry) {
        if (entry.isEmpty()) {
            throw new IllegalArgumentException("an allow-list has an empty entry (two commas in a row, or one at an end)");
        }
        try {
            return IpRange.parse(entry);
        } catch (IllegalArgumentException notARange) {
            throw new IllegalArgumentException("the allow-list entry \"" + entry + "\" is neither a CIDR block,"
                    + " an address, nor host:port (" + notARange.getMessage() + ")");
        }
    }

    /** One {@code host:port} entry: a name, or an address of which only the port is allowed. */
    private record Endpoint(String host, Optional<InetAddress> address, int port) {

        /** {@return the entry as host:port, or empty if it has no port (a block or a bare address)} */
        static Optional<Endpoint> parse(String entry) {
            int colon = entry.lastIndexOf(':');
            boolean bracketed = entry.startsWith("[");
            if (colon < 0 || !bracketed && entry.indexOf(':') != colon || bracketed && entry.charAt(colon - 1) != ']') {
                // No colon, or a bare IPv6 address: not host:port.
                return Optional.empty();
            }
            String host = entry.substring(0, colon).toLowerCase(Locale.ROOT);
            String port = entry.substring(colon + 1);
            if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                throw new IllegalArgumentException("the allow-list entry \"" + entry + "\" has no port from 1 to 65535");
            }
            Optional<InetAddress> address = IpLiteral.parse(host);
            if (address.isEmpty() && (bracketed || !HOST_NAME.matcher(host).matches())) {
                throw new IllegalArgumentException("the allow-list entry \"" + entry + "\" names no host");
            }
            return Optional.of(new Endpoint(IpLiteral.withoutBrackets(host), address, Integer.parseInt(port)));
        }

        boolean names(String urlHost, int urlPort, InetAddress resolved) {
            if (urlPort != port) {
                return false;
            }
            return address.map(resolved::equals)
                    .orElseGet(() -> host.equals(IpLiteral.withoutBrackets(urlHost).toLowerCase(Locale.ROOT)));
        }
    }
}
