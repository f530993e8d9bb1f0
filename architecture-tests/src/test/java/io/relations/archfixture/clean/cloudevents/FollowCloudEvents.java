package io.relations.archfixture.clean.cloudevents;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.relations.archfixture.clean.domain.event.UserFollowed;
import java.util.Map;

/** The mapping of a change to its wire form: the domain's event in, JSON out (Jackson is allowed here). */
public final class FollowCloudEvents {

    private final ObjectMapper json = new ObjectMapper();

    public byte[] toJson(UserFollowed event) throws Exception {
        return json.writeValueAsBytes(Map.of("type", "follow.created", "follower", event.follower().toString()));
    }
}
