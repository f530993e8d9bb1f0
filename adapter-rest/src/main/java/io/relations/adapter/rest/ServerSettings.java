package io.relations.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * How Javalin and Jetty are set up, apart from the routes: JSON, the size limits of a request,
 * the error page Jetty answers itself, the read deadline and the graceful stop. Nothing here
 * depends on the use cases.
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
