package io.relations.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relations.application.change.ChangeEvents;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeCloudEventsTest {

    private static final UserId BLOCKER = UserId.parse("01900000-0000-7000-8000-000000000001");
    private static final UserId BLOCKED = UserId.parse("01900000-0000-7000-8000-000000000002");
    private static final UUID ID = UUID.fromString("01900000-0000-7000-8000-0000000000aa");

    private final ChangeCloudEvents events = new ChangeCloudEvents(URI.create("urn:relations"));

    @Test
    void a_block_is_a_structured_cloud_event_with_its_fields_as_a_json_object() throws Exception {
        LoggedChange change = blockWithReason();

        JsonNode json = new ObjectMapper().readTree(events.toJson(change));

        assertThat(json.get("specversion").asText()).isEqualTo("1.0");
        assertThat(json.get("id").asText()).isEqualTo(ID.toString());
        assertThat(json.get("source").asText()).isEqualTo("urn:relations");
        assertThat(json.get("type").asText()).isEqualTo("io.relations.block.created.v1");
        assertThat(json.get("subject").asText()).isEqualTo("pair:" + BLOCKER + ":" + BLOCKED);
        assertThat(json.get("time").asText()).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(json.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(json.get(ChangeCloudEvents.POSITION).asText()).isEqualTo(change.position().toString());
        assertThat(json.get(ChangeCloudEvents.ACTOR).asText()).isEqualTo(BLOCKER.toString());
        assertThat(json.get("data").get("blocker").asText()).isEqualTo(BLOCKER.toString());
        assertThat(json.get("data").get("reason").asText()).isEqualTo("spam \"quoted\"");
    }

    @Test
    void what_a_subscription_may_not_see_is_not_written() throws Exception {
        LoggedChange change = blockWithReason();
        LoggedChange visible = new LoggedChange(change.position(), change.event().visibleTo(PrivacyClass.defaults()).orElseThrow());

        JsonNode data = new ObjectMapper().readTree(events.toJson(visible)).get("data");

        assertThat(data.has("reason")).isFalse();
        assertThat(data.get("blocked").asText()).isEqualTo(BLOCKED.toString());
    }

    private static LoggedChange blockWithReason() {
        RecordedEvent recorded = new RecordedEvent(ID, new UserBlocked(BLOCKER, BLOCKED, BlockReason.of(java.util.Optional.of("spam \"quoted\""))),
                Instant.parse("2026-12-01T10:00:00Z"));
        return new LoggedChange(new ChangePosition(0x2a, 7), ChangeEvents.of(recorded));
    }
}
