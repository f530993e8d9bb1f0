package io.relations.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * How Javalin and Jetty are set up, apart from the routes: JSON, the size limits of a request,
 * the error page Jetty answers itself, the read deadline, the graceful stop and the connector's
 * buffers. Nothing here depends on the use cases.
 */
final class ServerSettings {

    private ServerSettings() {
    }

    static void applyTo(JavalinConfig config, ObjectMapper json, Duration readDeadline) {
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(json, false));
        config.http.maxRequestSize = RestApi.MAX_REQUEST_BYTES;
        config.http.prefer405over404 = true;
        config.staticFiles.enableWebjars();
        config.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(RestApi.MAX_REQUEST_HEADER_BYTES);
            // Jetty caches header values per connection, for a client that repeats them. A
            // connection shared by many callers (a proxy's, a load test's) brings a new token each
            // time, and the cache is cleared over and over, at a cost in CPU and nothing gained.
            http.setHeaderCacheSize(0);
        });
        // Jetty's default connector pools its I/O buffers across connections. A buffer handed on
        // while still in use carries one request's bytes, a bearer token among them, into another
        // client's answer: the hostile-input run saw another request's token and body ahead of a
        // 400 once (docs/RELIABILITY.md). Fresh buffers cannot carry anything over; they cost an
        // allocation per request, small beside the request's database work (docs/BENCHMARKS.md).
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, null, null, ByteBufferPool.NON_POOLING, -1, -1,
                    new HttpConnectionFactory(http));
            connector.setHost(config.jetty.host);
            connector.setPort(config.jetty.port);
            return connector;
        });
        config.jetty.modifyServer(jetty -> {
            jetty.setErrorHandler(new JettyErrors(json));
            // Javalin puts its own handler inside the innermost of these: on stop, requests under
            // way may finish; each request must be read within the deadline.
            GracefulHandler graceful = new GracefulHandler();
            graceful.setHandler(new ReadDeadline(readDeadline));
            jetty.setHandler(graceful);
            jetty.setStopTimeout(RestApi.STOP_TIMEOUT.toMillis());
        });
    }
}
