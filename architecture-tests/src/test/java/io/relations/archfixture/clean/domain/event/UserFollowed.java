package io.relations.archfixture.clean.domain.event;

import io.relations.archfixture.clean.domain.model.UserId;
import java.time.Instant;

public record UserFollowed(UserId follower, UserId followed, Instant at) {}
