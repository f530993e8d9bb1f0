package io.relations.adapter.persistence.webhook;

import io.relations.application.change.ChangePosition;
import io.relations.application.change.ChangeType;
import io.relations.application.change.PrivacyClass;
import io.relations.application.webhook.RetrySchedule;
import io.relations.application.webhook.SubscriptionState;
import io.relations.application.webhook.WebhookEndpoint;
import io.relations.application.webhook.WebhookSubscription;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StatelessSession;
import org.hibernate.query.NativeQuery;

/**
 * How a subscription is a row of {@code phoenix_kit_webhook_subscriptions}: type codes and
 * classes as comma-separated codes, the start as the position's text. The one place that reads a
 * row back; every query of a subscription selects {@link #COLUMNS}.
 */
final class WebhookRows {

    static final String COLUMNS = "id, url, event_types, privacy, state, pause_reason, failing_since, failed_attempts, "
            + "next_attempt_at, start_after, created_at, updated_at";

    private WebhookRows() {
    }

    static NativeQuery<Object[]> query(StatelessSession session, String sql) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = session.createNativeQuery(sql)
                .addScalar("id", UUID.class)
                .addScalar("url", String.class)
                .addScalar("event_types", String.class)
                .addScalar("privacy", String.class)
                .addScalar("state", String.class)
                .addScalar("pause_reason", String.class)
                .addScalar("failing_since", Instant.class)
                .addScalar("failed_attempts", Integer.class)
                .addScalar("next_attempt_at", Instant.class)
                .addScalar("start_after", String.class)
                .addScalar("created_at", Instant.class)
                .addScalar("updated_at", Instant.class);
        return query;
    }

    static WebhookSubscription subscription(Object[] row) {
        Optional<RetrySchedule> retry = row[6] == null
                ? Optional.empty()
                : Optional.of(new RetrySchedule((Instant) row[6], (Integer) row[7], (Instant) row[8]));
        return new WebhookSubscription((UUID) row[0], new WebhookEndpoint(URI.create((String) row[1])), types((String) row[2]),
                classes((String) row[3]), SubscriptionState.of((String) row[4], Optional.ofNullable((String) row[5])), retry,
                ChangePosition.parse((String) row[9]), (Instant) row[10], (Instant) row[11]);
    }

    static String typeCodes(Set<ChangeType> types) {
        return types.stream().map(ChangeType::code).distinct().sorted().collect(Collectors.joining(","));
    }

    static String classCodes(Set<PrivacyClass> classes) {
        return classes.stream().map(PrivacyClass::code).collect(Collectors.joining(","));
    }

    /** Every version of each code: a subscription names what happened, whatever version its data has. */
    private static Set<ChangeType> types(String codes) {
        Set<String> named = Arrays.stream(codes.split(",")).filter(code -> !code.isEmpty()).collect(Collectors.toSet());
        Set<ChangeType> types = EnumSet.noneOf(ChangeType.class);
        for (ChangeType type : ChangeType.values()) {
            if (named.contains(type.code())) {
                types.add(type);
            }
        }
        return types;
    }

    private static Set<PrivacyClass> classes(String codes) {
        Set<PrivacyClass> classes = EnumSet.noneOf(PrivacyClass.class);
        for (String code : codes.split(",")) {
            classes.add(PrivacyClass.fromCode(code));
        }
        return classes;
    }
}
