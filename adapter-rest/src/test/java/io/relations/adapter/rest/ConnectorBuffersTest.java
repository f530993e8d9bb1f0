package io.relations.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API serves on one connector whose I/O buffers are never pooled: a buffer that served one
 * request cannot reach another connection, so no request's bytes (a bearer token, a body) can
 * travel into another client's answer, whatever Jetty does with a buffer after release.
 */
class ConnectorBuffersTest {

    @RegisterExtension
    static final TestApi api = new TestApi();

    @Test
    void the_one_connector_takes_fresh_buffers_and_serves_on_the_port_asked_for() {
        List<Connector> connectors = api.connectors();

        assertThat(connectors).hasSize(1);
        assertThat(((AbstractConnector) connectors.get(0)).getByteBufferPool()).isSameAs(ByteBufferPool.NON_POOLING);
        assertThat(((ServerConnector) connectors.get(0)).getHost()).isEqualTo("127.0.0.1");
        assertThat(((ServerConnector) connectors.get(0)).getLocalPort()).isEqualTo(api.port());
        assertThat(api.get("/health/live", null).status()).isEqualTo(200);
    }
}
