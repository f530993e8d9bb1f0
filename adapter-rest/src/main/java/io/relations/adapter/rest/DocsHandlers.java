package io.relations.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The hand-kept OpenAPI document ({@code openapi.yaml}), served as JSON, and Swagger UI from its
 * webjar: everything from the class path, nothing from a CDN.
 */
final class DocsHandlers {

    static final String OPENAPI_RESOURCE = "/openapi.yaml";
    private static final String SWAGGER_UI_POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final String openApiJson;
    private final String docsPage;

    DocsHandlers(ObjectMapper json) {
        this.openApiJson = openApiAsJson(json);
        this.docsPage = docsPage(swaggerUiVersion());
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApiJson);
    }

    void docs(Context ctx) {
        ctx.html(docsPage);
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
                  <script>
                    window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
                  </script>
                </body>
                </html>
                """.formatted(base);
    }
}
