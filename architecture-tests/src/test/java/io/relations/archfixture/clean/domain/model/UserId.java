package io.relations.archfixture.clean.domain.model;

import java.util.UUID;

public record UserId(UUID value) {}
