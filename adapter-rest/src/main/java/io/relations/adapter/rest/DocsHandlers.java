package io.relations.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The hand-kept OpenAPI document ({@code openapi.yaml}), served as JSON, and Swagger UI from its
 * webjar: everything from the class path, nothing from a CDN. The page holds no inline script
 * (its start-up script is {@link #INITIALIZER_PATH}), so its policy allows scripts from the
 * service itself only.
 */
final class DocsHandlers {

    static final String OPENAPI_RESOURCE = "/openapi.yaml";
    static final String INITIALIZER_PATH = "/docs/swagger-initializer.js";
    /**
     * Scripts, styles, images and requests from the service itself only, and never in a frame.
     * Styles may be inline: Swagger UI sets element styles as it renders; scripts may not.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String INITIALIZER_RESOURCE = "/docs/swagger-initializer.js";
    private static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    private static final String SWAGGER_UI_POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final String openApiJson;
    private final String docsPage;
    private final String initializer;

    DocsHandlers(ObjectMapper json) {
        this.openApiJson = openApiAsJson(json);
        this.docsPage = docsPage(swaggerUiVersion());
        this.initializer = classPathText(INITIALIZER_RESOURCE);
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApiJson);
    }

    void docs(Context ctx) {
        ctx.header(SecurityHeaders.CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
        ctx.header("X-Frame-Options", "DENY");
        ctx.html(docsPage);
    }

    void initializer(Context ctx) {
        ctx.contentType(JAVASCRIPT).result(initializer);
    }

    /** The OpenAPI document as a tree, read from the class path. */
    static JsonNode openApiTree() {
        try (InputStream yaml = DocsHandlers.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (yaml == null) {
                throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the class path");
            }
            return new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OPENAPI_RESOURCE, e);
        }
    }

    private static String openApiAsJson(ObjectMapper json) {
        try {
            return json.writeValueAsString(openApiTree());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classPathText(String resource) {
        try (InputStream text = DocsHandlers.class.getResourceAsStream(resource)) {
            if (text == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new String(text.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String swaggerUiVersion() {
        try (InputStream pom = DocsHandlers.class.getResourceAsStream(SWAGGER_UI_POM)) {
            if (pom == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(pom);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String docsPage(String version) {
        String base = "/webjars/swagger-ui/" + version + "/";
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Relations API</title>
                  <link rel="stylesheet" href="%1$sswagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$sswagger-ui-bundle.js"></script>
                  <script src="%2$s"></script>
                </body>
                </html>
                """.formatted(base, INITIALIZER_PATH);
    }
}
