package io.relations.bootstrap.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a consumer received, judged against the log: at least once (nothing it was owed is
 * missing), nothing invented (every event it got is a row of the log), and in order per subject
 * (the order in which each subject's events first arrived is the log's order of that subject's
 * changes; a repeat after a crash may come later, a first arrival may not overtake). An arrival
 * whose key is not its change's subject breaks the order too: a consumer orders by that key.
 *
 * @param arrivals   events received, repeats included
 * @param missing    ids of changes owed and never received
 * @param invented   ids received that the log does not hold
 * @param outOfOrder one line per subject whose first arrivals are not in log order
 */
record DeliveryVerdict(long arrivals, List<String> missing, List<String> invented, List<String> outOfOrder) {

    /** One event as the consumer got it: its id, and the key it orders by (the CloudEvent's subject, the record's key). */
    record Arrival(String id, String key) {
    }

    private static final int SAMPLES = 5;

    DeliveryVerdict {
        missing = List.copyOf(missing);
        invented = List.copyOf(invented);
        outOfOrder = List.copyOf(outOfOrder);
    }

    /**
     * @param owed     the changes the consumer must receive, in log order
     * @param log      every change of the log (a consumer may receive more than it is owed, never what is not there)
     * @param arrivals what it received, in the order it came (for Kafka: each partition's order)
     */
    static DeliveryVerdict judge(CommittedChanges owed, CommittedChanges log, List<Arrival> arrivals) {
        Map<String, String> subjectOf = new HashMap<>();
        Map<String, CommittedChanges.Change> byId = new HashMap<>();
        log.inOrder().forEach(change -> {
            subjectOf.put(change.id(), change.subject());
            byId.put(change.id(), change);
        });
        Map<String, Set<String>> firstArrivals = new LinkedHashMap<>();
        Set<String> invented = new LinkedHashSet<>();
        List<String> outOfOrder = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            String subject = subjectOf.get(arrival.id());
            if (subject == null) {
                invented.add(arrival.id());
            } else if (!subject.equals(arrival.key())) {
                outOfOrder.add(arrival.id() + " arrived under key " + arrival.key() + ", its subject is " + subject);
            } else {
                firstArrivals.computeIfAbsent(subject, key -> new LinkedHashSet<>()).add(arrival.id());
            }
        }
        Map<String, List<String>> logOrder = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (CommittedChanges.Change change : owed.inOrder()) {
            Set<String> arrived = firstArrivals.getOrDefault(change.subject(), Set.of());
            if (arrived.contains(change.id())) {
                logOrder.computeIfAbsent(change.subject(), key -> new ArrayList<>()).add(change.id());
            } else {
                missing.add(change.id());
            }
        }
        logOrder.forEach((subject, expected) -> {
            List<String> got = firstArrivals.get(subject).stream().filter(expected::contains).toList();
            if (!got.equals(expected)) {
                outOfOrder.add(subject + ": first arrivals " + got + ", log order " + expected.stream().map(byId::get).toList());
            }
        });
        return new DeliveryVerdict(arrivals.size(), missing, List.copyOf(invented), outOfOrder);
    }

    /** A few of what went wrong, for the message of a failed check. */
    String samples() {
        return "missing " + first(missing) + "; invented " + first(invented) + "; out of order " + first(outOfOrder);
    }

    private static List<String> first(List<String> items) {
        return items.subList(0, Math.min(SAMPLES, items.size()));
    }
}
