package io.relations.bootstrap.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One attacker's text put into one field of an otherwise valid request: a part of the token, the
 * path, the query, the method, a header or the body; as the client would escape it, and raw (as
 * UTF-8 bytes, which the server may refuse before any handler runs, and may log doing so).
 */
final class LogInjections {

    /** Where the text goes. */
    enum Field {
        JWT_TYP, JWT_KID, JWT_HEADER_PARAMETER, JWT_HEADER_NOT_JSON, JWT_ISSUER, JWT_AUDIENCE, JWT_SUBJECT, JWT_CLAIM,
        BEARER_TEXT, PATH_ESCAPED, PATH_RAW, UNKNOWN_ROUTE, QUERY_ESCAPED, QUERY_RAW, METHOD,
        REQUEST_ID, USER_AGENT, CONTENT_TYPE, BODY_ESCAPED, BODY_RAW
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UserId caller;
    private final UserId target;

    LogInjections(UserId caller, UserId target) {
        this.caller = caller;
        this.target = target;
    }

    HostileRequest request(Field field, String text, String requestId) {
        HostileRequest request = new HostileRequest("GET", "/api/v1/me/blocks");
        request.probe(field.name());
        String token = Tokens.valid(caller);
        switch (field) {
            case JWT_TYP -> token = signed(header -> header.type(new JOSEObjectType(text)), claims -> { });
            case JWT_KID -> token = signed(header -> header.keyID(text), claims -> { });
            case JWT_HEADER_PARAMETER -> token = signed(header -> header.customParam("note", text), claims -> { });
            case JWT_HEADER_NOT_JSON -> token = base64Url("{\"alg\":\"HS256\",\"typ\":\"" + text) + ".e30.c2lnbmF0dXJl";
            case JWT_ISSUER -> token = signed(header -> header, claims -> claims.issuer(text));
            case JWT_AUDIENCE -> token = signed(header -> header, claims -> claims.audience(text));
            case JWT_SUBJECT -> token = signed(header -> header, claims -> claims.subject(text));
            case JWT_CLAIM -> token = signed(header -> header, claims -> claims.claim("name", text));
            case BEARER_TEXT -> token = raw(text);
            case PATH_ESCAPED -> request.path = "/api/v1/users/" + escaped(text) + "/followers";
            case PATH_RAW -> request.path = "/api/v1/users/" + raw(text) + "/followers";
            case UNKNOWN_ROUTE -> request.path = "/" + escaped(text);
            case QUERY_ESCAPED -> request.query.add("limit=" + escaped(text));
            case QUERY_RAW -> request.query.add("limit=" + raw(text));
            case METHOD -> request.method = "GET" + raw(text);
            case REQUEST_ID -> requestId = raw(text);
            case USER_AGENT -> request.headers.add("User-Agent: " + raw(text));
            case CONTENT_TYPE -> request.headers.add("Content-Type: " + raw(text));
            case BODY_ESCAPED -> block(request, raw(json(text)));
            case BODY_RAW -> block(request, raw("{\"reason\":\"" + text + "\"}"));
        }
        request.headers.add("Authorization: Bearer " + token);
        request.headers.add("X-Request-Id: " + requestId);
        return request;
    }

    private void block(HostileRequest request, String body) {
        request.method = "PUT";
        request.path = "/api/v1/me/blocks/" + target;
        request.headers.add("Content-Type: application/json");
        request.body = body.getBytes(StandardCharsets.ISO_8859_1);
    }

    private String signed(UnaryOperator<JWSHeader.Builder> header, Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(caller.toString())
                .issuer(ServiceUnderTest.ISSUER)
                .audience(ServiceUnderTest.AUDIENCE)
                .expirationTime(Date.from(now.plusSeconds(3_600)));
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(header.apply(new JWSHeader.Builder(JWSAlgorithm.HS256)).build(), claims.build());
        try {
            jwt.sign(new MACSigner(Tokens.SECRET));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The UTF-8 bytes of the text as chars below 256, so that {@link HostileRequest#bytes()} sends them as they are. */
    private static String raw(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static String escaped(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String reason) {
        try {
            return JSON.writeValueAsString(Map.of("reason", reason));
        } catch (JsonProcessingException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }
}
