package io.relations.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * The API serves on one connector whose I/O buffers are never pooled: a buffer that served one
 * request cannot reach another connection, so no request's bytes (a bearer token, a body) can
 * travel into another client's answer, whatever Jetty does with a buffer after release.
 */
class ConnectorBuffersTest {

    @Test
    void the_one_connector_takes_fresh_buffers_and_serves_on_the_port_asked_for() throws Exception {
        Javalin app = new RestApi(new StubUseCases().ports(), token -> {
            throw new IllegalStateException("not called");
        }, Operations.defaults()).create().start("127.0.0.1", 0);
        try {
            List<Connector> connectors = List.of(app.jettyServer().server().getConnectors());

            assertThat(connectors).hasSize(1);
            assertThat(((AbstractConnector) connectors.get(0)).getByteBufferPool()).isSameAs(ByteBufferPool.NON_POOLING);
            assertThat(((ServerConnector) connectors.get(0)).getHost()).isEqualTo("127.0.0.1");
            assertThat(((ServerConnector) connectors.get(0)).getLocalPort()).isEqualTo(app.port());
            HttpResponse<Void> live = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health/live")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(live.statusCode()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }
}
