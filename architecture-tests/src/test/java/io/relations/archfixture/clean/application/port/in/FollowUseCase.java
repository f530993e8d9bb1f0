package io.relations.archfixture.clean.application.port.in;

import io.relations.archfixture.clean.domain.command.Follow;
import io.relations.archfixture.clean.domain.decision.Decision;

public interface FollowUseCase {

    Decision follow(Follow command);
}
