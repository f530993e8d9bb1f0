package io.relations.bootstrap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;

/** Reading the service's change feed ({@code GET /api/v1/changes}) in the tests. */
public final class ChangeFeed {

    /** The feed's {@code after} for its start: the position before every change. */
    public static final String START = "00000000000000000000000000000000";
    private static final int MAX_PAGES = 1_000;

    private ChangeFeed() {
    }

    /**
     * The position after everything readable now, for a test that wants only what commits from
     * then on: pages through the whole log, at most 1,000 pages of 1,000 changes.
     *
     * @param reader a caller allowed to read the feed (its scope, or an administrator)
     * @return the {@code next_cursor} of the first empty page
     */
    public static String end(ApiClient reader) {
        String after = START;
        for (int page = 0; page < MAX_PAGES; page++) {
            HttpReply reply = reader.get("/api/v1/changes?limit=1000&after=" + after);
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            String next = reply.json().path("next_cursor").asText();
            if (reply.json().path("items").isEmpty()) {
                return next;
            }
            after = next;
        }
        throw new AssertionError("the feed did not end within " + MAX_PAGES + " pages");
    }
}
