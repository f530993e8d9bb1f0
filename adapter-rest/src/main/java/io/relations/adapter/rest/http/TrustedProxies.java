package io.relations.adapter.rest.http;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;

/**
 * Which address a request counts against. The connection's own remote address, unless it is a
 * trusted proxy: then {@code X-Forwarded-For} is believed, and the client is its right-most entry
 * that is not itself a trusted proxy (each proxy appends the address it heard from, so entries
 * further left are whatever the client chose to write). An entry that is no IP literal ends the
 * walk at the proxy that passed it on. Keys are canonical address texts, an IPv6 address counted
 * by its /64 (one subscriber's usual share), so a client cannot make more keys than it has
 * addresses, nor a key longer than an address.
 */
public final class TrustedProxies {

    /** The key of a remote address that is no IP literal (a Unix socket, say): all such share one. */
    public static final String UNKNOWN_ADDRESS = "unknown";
    /** How many {@code X-Forwarded-For} entries are read from the right at most; a longer chain ends at its last trusted hop. */
    static final int MAX_HOPS = 16;
    private static final int IPV6_SUBSCRIBER_PREFIX = 64;

    private final List<AddressRange> trusted;

    private TrustedProxies(List<AddressRange> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** Believe no {@code X-Forwarded-For}: the default. */
    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    public static TrustedProxies of(List<AddressRange> trusted) {
        return new TrustedProxies(trusted);
    }

    /**
     * @param remoteAddress the connection's peer, as the server reports it
     * @param forwardedFor the values of every {@code X-Forwarded-For} header, in order
     */
    public String clientKey(String remoteAddress, List<String> forwardedFor) {
        InetAddress client = IpLiteral.parse(remoteAddress).orElse(null);
        if (client == null) {
            return UNKNOWN_ADDRESS;
        }
        if (isTrusted(client) && !forwardedFor.isEmpty()) {
            client = forwardedClient(client, String.join(",", forwardedFor));
        }
        return keyOf(client);
    }

    private InetAddress forwardedClient(InetAddress proxy, String chain) {
        InetAddress client = proxy;
        int end = chain.length();
        for (int hop = 0; hop < MAX_HOPS && end >= 0 && isTrusted(client); hop++) {
            int comma = chain.lastIndexOf(',', end - 1);
            String entry = chain.substring(comma + 1, end).strip();
            InetAddress forwarded = IpLiteral.parse(entry).orElse(null);
            if (forwarded == null) {
                break;
            }
            client = forwarded;
            end = comma;
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        for (AddressRange range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    static String keyOf(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] subscriber = AddressRange.masked(address.getAddress(), IPV6_SUBSCRIBER_PREFIX);
        try {
            return InetAddress.getByAddress(subscriber).getHostAddress() + "/" + IPV6_SUBSCRIBER_PREFIX;
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        return trusted.toString();
    }
}
