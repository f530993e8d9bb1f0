package io.relations.archfixture.clean.application.port.out;

import java.time.Instant;

public interface Clock {

    Instant now();
}
