package io.relations.bootstrap;

import io.relations.adapter.rest.auth.JwtAuthenticator;
import io.relations.adapter.rest.auth.JwtSettings;
import io.relations.adapter.rest.auth.PublicKeyAlgorithm;
import io.relations.adapter.rest.auth.RemoteKeySetSettings;
import io.relations.adapter.rest.auth.VerifiedTokenCache;
import io.relations.bootstrap.config.ConfigurationException;
import io.relations.bootstrap.config.GeneratedSecretFile;
import io.relations.bootstrap.config.TokenSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token checker for the configured key, checking each distinct token once while it is valid
 * and the keys are the same; files are read once, here, and a bad one stops the start. A JWKS URL
 * is fetched once here too, but a provider that cannot be reached does not stop the start: the
 * service starts unready and keeps trying (see docs/DESIGN.md §7).
 */
final class Authenticators {

    private static final Logger LOG = LoggerFactory.getLogger(Authenticators.class);

    private Authenticators() {
    }

    static TokenVerification of(TokenSettings tokens) {
        JwtAuthenticator checker = new JwtAuthenticator(settings(tokens).withMaxLifetime(tokens.maxLifetime()));
        VerifiedTokenCache cache = new VerifiedTokenCache(checker::verify, checker::keySetVersion, Clock.systemUTC(),
                VerifiedTokenCache.DEFAULT_CAPACITY, VerifiedTokenCache.DEFAULT_MAX_BYTES);
        if (tokens.key() instanceof TokenSettings.JwksUrl remote && !checker.hasKeys()) {
            LOG.warn("no key set could be fetched from {} yet: not ready until one is", remote.url());
        }
        return new TokenVerification(cache, checker);
    }

    private static JwtSettings settings(TokenSettings tokens) {
        TokenSettings.TokenKey key = tokens.key();
        try {
            if (key instanceof TokenSettings.SharedSecret shared) {
                return JwtSettings.hs256(shared.secret(), tokens.issuer(), tokens.audience());
            }
            if (key instanceof TokenSettings.GeneratedSecret generated) {
                return JwtSettings.hs256(GeneratedSecretFile.loadOrCreate(generated.file()), tokens.issuer(), tokens.audience());
            }
            if (key instanceof TokenSettings.PublicKeyFile publicKey) {
                String pem = read(publicKey.file(), "RELATIONS_JWT_PUBLIC_KEY_FILE");
                return JwtSettings.publicKey(algorithmOf(publicKey.algorithm()), pem, tokens.issuer(), tokens.audience());
            }
            if (key instanceof TokenSettings.JwksUrl remote) {
                RemoteKeySetSettings fetching = new RemoteKeySetSettings(remote.url(), remote.timeout(), remote.timeToLive(),
                        remote.refreshAhead(), remote.minRefreshInterval(), remote.outageTolerance());
                return JwtSettings.jwksUrl(algorithmOf(remote.algorithm()), fetching, tokens.issuer(), tokens.audience());
            }
            TokenSettings.JwksFile jwks = (TokenSettings.JwksFile) key;
            String json = read(jwks.file(), "RELATIONS_JWT_JWKS_FILE");
            return JwtSettings.jwks(algorithmOf(jwks.algorithm()), json, tokens.issuer(), tokens.audience());
        } catch (IllegalArgumentException unusableKey) {
            throw new ConfigurationException("the token key is unusable: " + unusableKey.getMessage());
        }
    }

    private static PublicKeyAlgorithm algorithmOf(TokenSettings.PublicKeyAlgorithm configured) {
        return switch (configured) {
            case RS256 -> PublicKeyAlgorithm.RS256;
            case ES256 -> PublicKeyAlgorithm.ES256;
        };
    }

    private static String read(Path file, String variable) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new ConfigurationException(variable + " names a file that cannot be read: " + file + " (" + unreadable.getMessage() + ")");
        }
    }
}
