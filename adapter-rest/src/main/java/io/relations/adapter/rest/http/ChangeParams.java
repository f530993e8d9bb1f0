package io.relations.adapter.rest.http;

import io.relations.adapter.rest.problem.ProblemException;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.PrivacyClass;
import io.relations.application.service.ChangeFeedService;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the change feed's parameters: a position, a limit, privacy classes; anything malformed is an invalid_request. */
public final class ChangeParams {

    /** A page of the feed unless {@code limit} says otherwise. */
    public static final int DEFAULT_LIMIT = 100;
    /** The largest page: the application's. */
    public static final int MAX_LIMIT = ChangeFeedService.MAX_LIMIT;

    private static final Pattern LIMIT_TEXT = Pattern.compile("[0-9]{1,4}");
    private static final int MAX_CLASSES = PrivacyClass.values().length;

    private ChangeParams() {
    }

    /**
     * {@code after}: a position as the feed writes them (32 lower-case hex digits).
     *
     * @param query the request's parameters
     * @return the position, or empty when absent
     * @throws ProblemException {@code invalid_request} when it is not a position
     */
    public static Optional<ChangePosition> after(Query query) {
        return query.get("after").map(text -> position(text, "after"));
    }

    /**
     * A position sent as {@code Last-Event-ID}.
     *
     * @param header the header's value, or null when absent
     * @return the position; empty for an absent or empty header (the SSE way of saying none)
     * @throws ProblemException {@code invalid_request} when it is not a position
     */
    public static Optional<ChangePosition> lastEventId(String header) {
        return header == null || header.isEmpty() ? Optional.empty() : Optional.of(position(header, "Last-Event-ID"));
    }

    /**
     * {@code limit}: 1 to {@value #MAX_LIMIT}.
     *
     * @param query the request's parameters
     * @return the limit, {@value #DEFAULT_LIMIT} when absent
     * @throws ProblemException {@code invalid_request} when it is not a whole number in range
     */
    public static int limit(Query query) {
        return query.get("limit").map(text -> {
            int limit = LIMIT_TEXT.matcher(text).matches() ? Integer.parseInt(text) : -1;
            if (limit < 1 || limit > MAX_LIMIT) {
                throw ProblemException.invalidRequest("The limit must be a whole number from 1 to " + MAX_LIMIT + ".");
            }
            return limit;
        }).orElse(DEFAULT_LIMIT);
    }

    /**
     * {@code privacy=public,parties,private}: one or more classes, each once.
     *
     * @param query the request's parameters
     * @return the classes, or empty when absent
     * @throws ProblemException {@code invalid_request} for an unknown, repeated or empty class
     */
    public static Optional<Set<PrivacyClass>> privacy(Query query) {
        return query.get("privacy").map(text -> {
            String[] parts = text.split(",", MAX_CLASSES + 1);
            if (parts.length > MAX_CLASSES) {
                throw ProblemException.invalidRequest("The privacy lists at most " + MAX_CLASSES + " classes.");
            }
            Set<PrivacyClass> classes = EnumSet.noneOf(PrivacyClass.class);
            for (String part : parts) {
                PrivacyClass privacy;
                try {
                    privacy = PrivacyClass.fromCode(part);
                } catch (IllegalArgumentException unknown) {
                    throw ProblemException.invalidRequest("The privacy " + Texts.quoted(part) + " is not a class: use public, parties or private.");
                }
                if (!classes.add(privacy)) {
                    throw ProblemException.invalidRequest("The privacy lists " + privacy.code() + " more than once.");
                }
            }
            return classes;
        });
    }

    private static ChangePosition position(String text, String name) {
        try {
            return ChangePosition.parse(text);
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.invalidRequest("The " + name + " " + Texts.quoted(text)
                    + " is not a change position: 32 lower-case hexadecimal digits, as next_cursor and the event ids give them.");
        }
    }
}
