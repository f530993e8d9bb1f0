package io.relations.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import io.relations.adapter.rest.http.Texts;
import io.relations.adapter.rest.problem.ProblemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads JSON request bodies. Jackson's own messages name Java classes, so a bad body is
 * described here in the API's words only.
 */
final class JsonBodies {

    private final ObjectMapper mapper;

    JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The body, or empty when the request has none. */
    <T> Optional<T> optional(Context ctx, Class<T> type) {
        byte[] bytes = ctx.bodyAsBytes();
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parse(bytes, type));
    }

    <T> T required(Context ctx, Class<T> type) {
        return optional(ctx, type).orElseThrow(() -> ProblemException.invalidRequest("A JSON body is required."));
    }

    private <T> T parse(byte[] bytes, Class<T> type) {
        T value;
        try {
            value = mapper.readValue(bytes, type);
        } catch (UnrecognizedPropertyException unknown) {
            throw ProblemException.invalidRequest("Unknown field " + Texts.quoted(unknown.getPropertyName()) + " in the body.");
        } catch (MismatchedInputException mismatch) {
            throw ProblemException.invalidRequest(mismatch.getPath().isEmpty()
                    ? "The body must be a JSON object."
                    : "The field " + Texts.quoted(path(mismatch)) + " has the wrong type.");
        } catch (JsonProcessingException malformed) {
            throw ProblemException.invalidRequest("The body is not valid JSON.");
        } catch (IOException unreadable) {
            throw ProblemException.invalidRequest("The body could not be read.");
        }
        if (value == null) {
            throw ProblemException.invalidRequest("The body must be a JSON object.");
        }
        return value;
    }

    private static String path(MismatchedInputException mismatch) {
        return mismatch.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
