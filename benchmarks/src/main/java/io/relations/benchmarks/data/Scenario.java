package io.relations.benchmarks.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.Optional;

/**
 * One kind of request measured on one data set: the same {@code name} on every set, so the sets
 * can be compared; the {@code detail} says what it means on this one (how long the list is).
 * The first answer is checked against {@code expectation}, so a fast wrong answer is not measured.
 */
record Scenario(String name, String detail, HttpRequest request, Expectation expectation) {

    /** What a correct answer holds; empty when it does. */
    interface Expectation {
        Optional<String> problemWith(JsonNode answer);
    }

    static Expectation items(int expected) {
        return answer -> answer.path("items").size() == expected
                ? Optional.empty()
                : Optional.of("expected " + expected + " items, got " + answer.path("items").size());
    }

    static Expectation followers(long expected) {
        return answer -> answer.path("followers").asLong(-1) == expected
                ? Optional.empty()
                : Optional.of("expected " + expected + " followers, got " + answer.path("followers"));
    }

    /** 100 entries, exactly {@code followed} of them followed by the caller, at least {@code followers} following the caller. */
    static Expectation relationships(int followed, int followers) {
        return answer -> {
            int following = 0;
            int followedBy = 0;
            for (JsonNode entry : answer.path("items")) {
                following += entry.path("following").asBoolean() ? 1 : 0;
                followedBy += entry.path("followed_by").asBoolean() ? 1 : 0;
            }
            boolean right = answer.path("items").size() == Subjects.LOOKUP_IDS && following == followed && followedBy >= followers;
            return right ? Optional.empty() : Optional.of("expected " + Subjects.LOOKUP_IDS + " entries, " + followed
                    + " followed, >= " + followers + " following back; got " + answer.path("items").size() + ", " + following + ", " + followedBy);
        };
    }
}
