package io.relations.adapter.webhooks;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * Where Jetty asks which addresses to connect to: resolves the host (an address written in the URL
 * as itself, a name through the {@link HostResolver}), keeps the addresses the SSRF rule or the
 * allow-list lets through, and hands Jetty exactly those, already resolved, so that Jetty connects
 * to a checked address and never looks the name up again. With none left, the connection fails
 * with an {@link AddressRefusedException} before any packet leaves. Resolution runs on the
 * executor, as a name lookup may block.
 */
final class CheckedAddressResolver implements SocketAddressResolver {

    private final HostResolver hostResolver;
    private final AllowList allowList;
    private final Executor executor;

    CheckedAddressResolver(HostResolver hostResolver, AllowList allowList, Executor executor) {
        this.hostResolver = Objects.requireNonNull(hostResolver, "hostResolver");
        this.allowList = Objects.requireNonNull(allowList, "allowList");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        try {
            executor.execute(() -> {
                try {
                    promise.succeeded(check(host, port));
                } catch (Exception | LinkageError failure) {
                    promise.failed(failure);
                }
            });
        } catch (RuntimeException rejected) {
            promise.failed(rejected);
        }
    }

    /** The addresses of the host that a webhook may reach, each with the port. */
    List<InetSocketAddress> check(String host, int port) throws UnknownHostException, AddressRefusedException {
        String bare = IpLiteral.withoutBrackets(host);
        Optional<InetAddress> literal = IpLiteral.parse(bare);
        List<InetAddress> resolved = literal.isPresent() ? List.of(literal.get()) : List.copyOf(hostResolver.resolve(bare));
        if (resolved.isEmpty()) {
            throw new UnknownHostException(bare + " has no address");
        }
        List<InetSocketAddress> reachable = resolved.stream()
                .filter(address -> PublicAddresses.isPublic(address) || allowList.allows(bare, port, address))
                .map(address -> new InetSocketAddress(address, port))
                .toList();
        if (reachable.isEmpty()) {
            throw new AddressRefusedException(bare, port, resolved);
        }
        return reachable;
    }
}
