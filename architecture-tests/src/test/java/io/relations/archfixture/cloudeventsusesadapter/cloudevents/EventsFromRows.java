package io.relations.archfixture.cloudeventsusesadapter.cloudevents;

import io.relations.archfixture.cloudeventsusesadapter.adapter.persistence.ChangeRow;

/** Violation: the shared CloudEvents mapping reads the persistence adapter's rows. */
public final class EventsFromRows {

    public String typeOf(ChangeRow row) {
        return "io.relations." + row.type() + ".v1";
    }
}
