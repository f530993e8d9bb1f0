package io.relations.adapter.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a webhook URL's host name into addresses. The sender checks every address it answers
 * against the SSRF rule and connects to exactly the addresses that passed, never asking again: a
 * name cannot answer a public address to the check and a private one to the connection. IP
 * addresses written in the URL are never passed here.
 */
@FunctionalInterface
public interface HostResolver {

    /**
     * The addresses of a name.
     *
     * @param host a host name, without brackets or port
     * @return its addresses, at least one
     * @throws UnknownHostException if the name has no address
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** {@return the JDK's resolver (the system's DNS and hosts file)} */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
