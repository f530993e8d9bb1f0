package io.relations.bootstrap;

import io.relations.adapter.rest.auth.Scope;
import io.relations.adapter.rest.auth.TokenMinter;
import io.relations.bootstrap.config.ConfigurationException;
import io.relations.bootstrap.config.GeneratedSecretFile;
import io.relations.bootstrap.config.TokenSettings;
import io.relations.domain.model.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code relations.jar token --sub <uuid> [--admin] [--scope changes:read] [--ttl 1h]}: mints a token the running service
 * accepts, for trying the API. Only where the service verifies tokens with its own HS256 secret;
 * with a public key, tokens come from the identity provider that holds the private key.
 */
final class TokenCommand {

    static final String USAGE = "token --sub <user uuid> [--admin] [--scope <admin, changes:read or changes:read_private>]..."
            + " [--ttl <duration: 30m, 12h, 7d>]";
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    private TokenCommand() {
    }

    static String mint(List<String> arguments, TokenSettings settings, Clock clock) {
        UserId subject = null;
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Duration lifetime = DEFAULT_LIFETIME.compareTo(settings.maxLifetime()) > 0 ? settings.maxLifetime() : DEFAULT_LIFETIME;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--sub" -> subject = parseSubject(valueAfter(arguments, i++));
                case "--admin" -> scopes.add(Scope.ADMIN);
                case "--scope" -> scopes.add(parseScope(valueAfter(arguments, i++)));
                case "--ttl" -> lifetime = parseLifetime(valueAfter(arguments, i++));
                default -> throw new UsageException("unknown option '" + argument + "'; usage: " + USAGE);
            }
        }
        if (subject == null) {
            throw new UsageException("--sub is required; usage: " + USAGE);
        }
        if (lifetime.compareTo(settings.maxLifetime()) > 0) {
            throw new UsageException("--ttl " + lifetime + " is longer than RELATIONS_JWT_MAX_LIFETIME (" + settings.maxLifetime()
                    + "): the service would refuse the token");
        }
        return new TokenMinter(secretOf(settings.key()), settings.issuer(), settings.audience(), clock).mint(subject, scopes, lifetime);
    }

    private static byte[] secretOf(TokenSettings.TokenKey key) {
        if (key instanceof TokenSettings.SharedSecret shared) {
            return shared.secret();
        }
        if (key instanceof TokenSettings.GeneratedSecret generated) {
            return GeneratedSecretFile.loadOrCreate(generated.file());
        }
        throw new ConfigurationException("the service verifies tokens with a public key (RELATIONS_JWT_PUBLIC_KEY_FILE or"
                + " RELATIONS_JWT_JWKS_FILE): mint tokens with the private key's owner, not with this command");
    }

    private static String valueAfter(List<String> arguments, int index) {
        if (index + 1 >= arguments.size()) {
            throw new UsageException(arguments.get(index) + " needs a value; usage: " + USAGE);
        }
        return arguments.get(index + 1);
    }

    private static Scope parseScope(String text) {
        return Scope.of(text).orElseThrow(() -> new UsageException("--scope takes admin, changes:read or changes:read_private, got '" + text + "'"));
    }

    private static UserId parseSubject(String text) {
        try {
            return UserId.parse(text);
        } catch (IllegalArgumentException notUuid) {
            throw new UsageException("--sub must be a UUID, got '" + text + "'");
        }
    }

    private static Duration parseLifetime(String text) {
        try {
            String lower = text.toLowerCase(Locale.ROOT);
            Duration lifetime = lower.endsWith("d")
                    ? Duration.ofDays(Long.parseLong(lower.substring(0, lower.length() - 1)))
                    : Duration.parse("PT" + lower);
            if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofDays(365)) > 0) {
                throw new UsageException("--ttl must be between one second and 365 days");
            }
            return lifetime;
        } catch (NumberFormatException | DateTimeParseException notDuration) {
            throw new UsageException("--ttl takes a duration such as 30m, 12h or 7d, got '" + text + "'");
        }
    }
}
