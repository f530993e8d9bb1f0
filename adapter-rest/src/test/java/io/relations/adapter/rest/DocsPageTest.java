package io.relations.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finding 8 of issue 10: /docs under a strict Content-Security-Policy, and still whole. */
class DocsPageTest {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("<link\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"");

    @RegisterExtension
    static final TestApi api = new TestApi();

    @Test
    void the_docs_page_allows_scripts_of_the_service_only_and_no_frame() {
        var page = api.get("/docs", null);

        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'");
        assertThat(directive(policy, "script-src")).isEqualTo("script-src 'self'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void the_docs_page_has_no_inline_script() {
        Matcher scripts = SCRIPT.matcher(api.get("/docs", null).body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("script %d names its file", count).containsPattern(SRC);
            assertThat(scripts.group(2).strip()).as("script %d has no inline code", count).isEmpty();
        }
        assertThat(count).as("the page loads Swagger UI and its start-up script").isGreaterThanOrEqualTo(2);
        assertThat(api.get("/docs", null).body()).doesNotContainIgnoringCase("onload=").doesNotContainIgnoringCase("javascript:");
    }

    @Test
    void the_docs_page_loads_every_script_and_stylesheet_it_names_from_the_service() {
        String body = api.get("/docs", null).body();
        List<String> scripts = attributes(SCRIPT, SRC, body);
        List<String> styles = attributes(LINK, HREF, body);

        assertThat(scripts).contains(DocsHandlers.INITIALIZER_PATH).hasSizeGreaterThanOrEqualTo(2);
        assertThat(styles).isNotEmpty();
        for (String script : scripts) {
            assertThat(script).as("served by the service itself").startsWith("/");
            var reply = api.get(script, null);
            assertThat(reply.status()).as(script).isEqualTo(200);
            assertThat(reply.header("Content-Type")).as(script).containsIgnoringCase("javascript");
            assertThat(reply.body()).as(script).isNotBlank();
        }
        for (String style : styles) {
            assertThat(style).as("served by the service itself").startsWith("/");
            var reply = api.get(style, null);
            assertThat(reply.status()).as(style).isEqualTo(200);
            assertThat(reply.header("Content-Type")).as(style).startsWith("text/css");
        }
    }

    @Test
    void the_start_up_script_starts_swagger_ui_on_the_document_of_the_service() {
        var script = api.get(DocsHandlers.INITIALIZER_PATH, null);

        assertThat(script.body()).contains("SwaggerUIBundle(", "\"/openapi.json\"", "validatorUrl: null");
    }

    private static List<String> attributes(Pattern element, Pattern attribute, String html) {
        List<String> values = new ArrayList<>();
        Matcher elements = element.matcher(html);
        while (elements.find()) {
            Matcher value = attribute.matcher(elements.group(1));
            if (value.find()) {
                values.add(value.group(1));
            }
        }
        return values;
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        return "";
    }
}
