package io.relations.bootstrap.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads typed settings from environment variables, failing with a message that names the variable. */
final class Environment {

    private final Map<String, String> variables;

    Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(variables.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    String text(String name, String fallback) {
        return text(name).orElse(fallback);
    }

    int integer(String name, int fallback, int min, int max) {
        return text(name).map(value -> parse(name, value, Integer::parseInt, "a whole number"))
                .map(value -> {
                    if (value < min || value > max) {
                        throw invalid(name, value.toString(), "a number from " + min + " to " + max);
                    }
                    return value;
                })
                .orElse(fallback);
    }

    boolean flag(String name, boolean fallback) {
        return text(name).map(value -> switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw invalid(name, value, "true or false");
        }).orElse(fallback);
    }

    /** {@code 90s}, {@code 30m}, {@code 24h}, {@code 7d}, or ISO-8601 ({@code PT24H}), within [min, max]. */
    Duration duration(String name, Duration fallback, Duration min, Duration max) {
        return text(name).map(value -> {
            Duration duration = parse(name, value, Environment::durationOf, "a duration such as 30m, 24h or 7d");
            if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
                throw invalid(name, value, "a duration from " + min + " to " + max);
            }
            return duration;
        }).orElse(fallback);
    }

    private static Duration durationOf(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("p")) {
            return Duration.parse(text);
        }
        long amount = Long.parseLong(lower.substring(0, lower.length() - 1));
        return switch (lower.charAt(lower.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("no unit");
        };
    }

    Optional<Path> path(String name) {
        return text(name).map(value -> parse(name, value, Path::of, "a file system path"));
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        return text(name).map(value -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            throw invalid(name, value, "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT));
        }).orElse(fallback);
    }

    static ConfigurationException invalid(String name, String value, String expected) {
        return new ConfigurationException(name + " is invalid ('" + value + "'): expected " + expected);
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String expected) {
        try {
            return parser.apply(value);
        } catch (RuntimeException notParsable) {
            throw invalid(name, value, expected);
        }
    }
}
