package io.relations.bootstrap.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request under construction by {@link HostileRequests}: starts as a valid call of a route and
 * is then mutated, each mutation naming itself in {@link #probes()}. Its bytes are sent as they are.
 */
final class HostileRequest {

    String method;
    String path;
    final List<String> query = new ArrayList<>();
    final List<String> headers = new ArrayList<>();
    byte[] body;
    String protocol = "HTTP/1.1";
    boolean withHost = true;
    boolean withContentLength = true;
    private final List<String> probes = new ArrayList<>();

    HostileRequest(String method, String path) {
        this.method = method;
        this.path = path;
    }

    void probe(String name) {
        probes.add(name);
    }

    List<String> probes() {
        return probes;
    }

    /** The request target as sent: the path, then the query joined with '&'. */
    String target() {
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /** ISO-8859-1, so that a char below 256 is sent as that one byte: raw non-ASCII bytes stay possible. */
    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method).append(' ').append(target()).append(' ').append(protocol).append("\r\n");
        if (withHost) {
            head.append("Host: 127.0.0.1\r\n");
        }
        head.append("Connection: close\r\n");
        headers.forEach(header -> head.append(header).append("\r\n"));
        if (body != null && withContentLength) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        String target = target();
        return method + " " + (target.length() > 120 ? target.substring(0, 120) + "…(" + target.length() + ")" : target)
                + " " + protocol + (withHost ? "" : " without Host") + " " + probes;
    }
}
