package io.relations.adapter.rest.auth;

import com.nimbusds.jose.JWSAlgorithm;

/** The signature algorithms a public key (PEM or JWKS) may verify; named as in the JWT header. */
public enum PublicKeyAlgorithm {
    RS256(JWSAlgorithm.RS256, "RSA"),
    ES256(JWSAlgorithm.ES256, "EC");

    private final JWSAlgorithm jws;
    private final String keyFamily;

    PublicKeyAlgorithm(JWSAlgorithm jws, String keyFamily) {
        this.jws = jws;
        this.keyFamily = keyFamily;
    }

    JWSAlgorithm jws() {
        return jws;
    }

    /** The JCA key algorithm of the public key. */
    String keyFamily() {
        return keyFamily;
    }
}
