package io.relations.adapter.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A DNS of fixed answers for the tests; it records every name asked, and knows no other name. */
final class StubResolver implements HostResolver {

    private final Map<String, List<InetAddress>> answers = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    /** Makes {@code name} resolve to the given literal addresses (no lookup: they are literals). */
    StubResolver answer(String name, String... literals) {
        answers.put(name, List.of(literals).stream().map(StubResolver::literal).toList());
        return this;
    }

    /** Makes {@code name} resolve to the given addresses. */
    StubResolver answer(String name, InetAddress... addresses) {
        answers.put(name, List.of(addresses));
        return this;
    }

    List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        asked.add(host);
        List<InetAddress> answer = answers.get(host);
        if (answer == null) {
            throw new UnknownHostException(host + " is not in the stub");
        }
        return answer;
    }

    static InetAddress literal(String literal) {
        return IpLiteral.parse(literal).orElseThrow(() -> new IllegalArgumentException(literal + " is not a literal"));
    }
}
