package io.relations.archfixture.clean.domain.command;

import io.relations.archfixture.clean.domain.model.UserId;

public record Follow(UserId actor, UserId target) {}
