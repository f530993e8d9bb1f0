package io.relations.archfixture.clean.application.port.out;

import io.relations.archfixture.clean.domain.event.UserFollowed;

public interface FollowNotifier {

    boolean notify(UserFollowed event);
}
