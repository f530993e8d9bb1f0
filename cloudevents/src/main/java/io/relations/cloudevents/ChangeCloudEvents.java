package io.relations.cloudevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import io.relations.application.change.ChangeEvent;
import io.relations.application.change.LoggedChange;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Maps a logged change to its CloudEvent: {@code id} the change's id (the same on every delivery:
 * consumers drop repeats by it), {@code source} the service's, {@code type} the change type with its
 * version ({@code io.relations.follow.created.v1}), {@code subject} the unit of order
 * ({@code pair:<lower>:<higher>}, {@code user:<id>}, {@code setting:<key>}), {@code time} when it
 * happened, {@code datacontenttype} {@code application/json} and {@code data} the type's fields as a
 * JSON object of strings; two extensions: {@value #POSITION} (the change's position in the log, 32
 * hexadecimal digits that sort as the log does) and {@value #ACTOR} (who did it). The change given
 * is written as it is: what a consumer may see of it is decided before
 * ({@link ChangeEvent#visibleTo}). Safe to share between threads.
 */
public final class ChangeCloudEvents {

    /** The media type of one event in structured mode. */
    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    /** The extension attribute with the change's position in the log. */
    public static final String POSITION = "relationsposition";

    /** The extension attribute with the acting user's id. */
    public static final String ACTOR = "relationsactor";

    private static final String DATA_CONTENT_TYPE = "application/json";

    private final URI source;
    private final ObjectMapper json = new ObjectMapper();
    private final JsonFormat format = new JsonFormat();

    /**
     * The mapping for one service.
     *
     * @param source the CloudEvents {@code source} of every event, such as {@code urn:relations}
     * @throws NullPointerException if {@code source} is null
     */
    public ChangeCloudEvents(URI source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * The change as a CloudEvent.
     *
     * @param change the change, as its consumer may see it
     * @return the event
     */
    public CloudEvent toCloudEvent(LoggedChange change) {
        ChangeEvent event = change.event();
        return CloudEventBuilder.v1()
                .withId(event.id().toString())
                .withSource(source)
                .withType(event.type().cloudEventType())
                .withSubject(event.subject().key())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withExtension(POSITION, change.position().toString())
                .withExtension(ACTOR, event.actor().toString())
                .withData(DATA_CONTENT_TYPE, data(event))
                .build();
    }

    /**
     * The change as one CloudEvent in structured JSON ({@value #CONTENT_TYPE}), UTF-8.
     *
     * @param change the change, as its consumer may see it
     * @return the JSON document
     */
    public byte[] toJson(LoggedChange change) {
        return format.serialize(toCloudEvent(change));
    }

    /** {@return the {@code source} of every event} */
    public URI source() {
        return source;
    }

    private byte[] data(ChangeEvent event) {
        try {
            return json.writeValueAsBytes(event.data());
        } catch (JsonProcessingException impossible) {
            // A map of strings always serialises.
            throw new UncheckedIOException(impossible);
        }
    }
}
