package io.relations.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The served OpenAPI 3.1 document, restated as 3.0 for swagger-request-validator, whose parser
 * reads 3.1 type arrays as "no type" and then misreads header values. The document uses one 3.1
 * construct only, {@code type: [T, 'null']}, which is 3.0's {@code type: T, nullable: true}.
 */
final class OpenApi30 {

    private OpenApi30() {
    }

    static String document() {
        ObjectNode document = (ObjectNode) DocsHandlers.openApiTree();
        document.put("openapi", "3.0.3");
        restate(document);
        return document.toString();
    }

    private static void restate(JsonNode node) {
        if (node instanceof ObjectNode object && object.get("type") instanceof ArrayNode types) {
            List<String> named = new ArrayList<>();
            types.forEach(type -> named.add(type.asText()));
            if (named.remove("null") && named.size() == 1) {
                object.put("type", named.get(0));
                object.put("nullable", true);
            }
        }
        node.forEach(OpenApi30::restate);
    }
}
