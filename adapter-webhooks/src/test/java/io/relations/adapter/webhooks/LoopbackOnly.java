package io.relations.adapter.webhooks;

import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * The tests' last step before Jetty connects: whatever the checked resolver hands on passes through
 * here, and an address that is not loopback never reaches Jetty (the attempt fails instead), so no
 * test can send a packet anywhere but this machine even if the check were broken. It records what
 * it saw, so that a test can tell whether the check let anything through.
 */
final class LoopbackOnly implements SocketAddressResolver {

    private final SocketAddressResolver checked;
    private final List<InetSocketAddress> handedOn = new CopyOnWriteArrayList<>();
    private final List<InetSocketAddress> stopped = new CopyOnWriteArrayList<>();

    LoopbackOnly(SocketAddressResolver checked) {
        this.checked = checked;
    }

    @Override
    public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        checked.resolve(host, port, context, new Promise<>() {
            @Override
            public void succeeded(List<InetSocketAddress> addresses) {
                List<InetSocketAddress> elsewhere = addresses.stream()
                        .filter(address -> !address.getAddress().isLoopbackAddress())
                        .toList();
                if (!elsewhere.isEmpty()) {
                    stopped.addAll(elsewhere);
                    promise.failed(new SocketException("the test guard stopped a connection to " + elsewhere));
                    return;
                }
                handedOn.addAll(addresses);
                promise.succeeded(addresses);
            }

            @Override
            public void failed(Throwable failure) {
                promise.failed(failure);
            }
        });
    }

    /** {@return the loopback addresses Jetty was allowed to connect to} */
    List<InetSocketAddress> handedOn() {
        return List.copyOf(handedOn);
    }

    /** {@return the addresses the check let through that are not loopback: always empty when the check works} */
    List<InetSocketAddress> stopped() {
        return List.copyOf(stopped);
    }
}
