package io.relations.benchmarks.data;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Prints what the measurement found. {@code RESULT} lines are markdown table rows (strip the
 * prefix and paste); {@code PLAN} lines are the query plans behind the plan verdicts.
 */
final class Report {

    private static final double FLAT_TARGET = 1.5;
    private static final double LOOKUP_TARGET_MILLIS = 10;
    private static final List<String> PAGINATION = List.of(Scenarios.FOLLOWERS_FIRST_TOP, Scenarios.FOLLOWERS_DEEP_TOP,
            Scenarios.FOLLOWERS_FIRST_TYPICAL, Scenarios.FOLLOWING_FIRST_TOP, Scenarios.FOLLOWING_DEEP_TOP);

    private int plansChecked;
    private int plansFailed;

    void subjects(DataSetSize size, Subjects subjects) {
        System.out.printf("SUBJECTS %s most followed %s (%,d followers); typical %s (%,d); following most %s (%,d); "
                        + "celebrity %s (%,d); ten-followers %s (%,d); caller %s (%,d followers, follows %,d)%n",
                size.label(), subjects.mostFollowed().user(), subjects.mostFollowed().followers(),
                subjects.typical().user(), subjects.typical().followers(),
                subjects.mostFollowing().user(), subjects.mostFollowing().following(),
                subjects.celebrity().user(), subjects.celebrity().followers(),
                subjects.tenFollowers().user(), subjects.tenFollowers().followers(),
                subjects.caller().user(), subjects.caller().followers(), subjects.caller().following());
    }

    void plans(DataSetSize size, List<ListPlanCheck.Verdict> verdicts) {
        for (ListPlanCheck.Verdict verdict : verdicts) {
            System.out.printf("PLAN %s %s%n", size.label(), verdict.query());
            verdict.plan().forEach(line -> System.out.println("PLAN     " + line));
        }
        if (plansChecked == 0) {
            System.out.println("RESULT | set | query | no sort, no seq scan | scans | rows from indexes | execution ms |");
            System.out.println("RESULT |---|---|---|---|---:|---:|");
        }
        for (ListPlanCheck.Verdict verdict : verdicts) {
            plansChecked++;
            plansFailed += verdict.passed() ? 0 : 1;
            System.out.printf("RESULT | %s | %s | %s | %s | %,d | %.3f |%n", size.label(), verdict.query(),
                    verdict.passed() ? "pass" : "**FAIL**", verdict.scans(), verdict.indexRows(), verdict.executionMillis());
        }
    }

    void latencies(Collection<Measurement> measured) {
        System.out.println("RESULT | set | request | on this set | n | failed | min | median | p90 | p99 | max | round medians |");
        System.out.println("RESULT |---|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Measurement measurement : measured) {
            LatencyFigures f = measurement.figures();
            System.out.printf("RESULT | %s | %s | %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f–%.2f |%n",
                    measurement.size().label(), measurement.scenario().name(), measurement.scenario().detail(), f.count(), f.failed(),
                    f.min(), f.median(), f.p90(), f.p99(), f.max(), f.lowestRoundMedian(), f.highestRoundMedian());
        }
    }

    /** The targets of items 3 and 4, comparing the largest set with the smallest. */
    void summary(List<DataSetSize> sizes, Map<String, Measurement> measured) {
        DataSetSize smallest = sizes.stream().min((a, b) -> Long.compare(a.edges(), b.edges())).orElseThrow();
        DataSetSize largest = sizes.stream().max((a, b) -> Long.compare(a.edges(), b.edges())).orElseThrow();
        System.out.println("RESULT | target | figure (ms, all in milliseconds) | met? |");
        System.out.println("RESULT |---|---|---|");
        for (String name : PAGINATION) {
            LatencyFigures small = figures(measured, smallest, name);
            LatencyFigures large = figures(measured, largest, name);
            double ratio = large.p99() / small.p99();
            System.out.printf("RESULT | %s: p99 %s ≤ %.1f × p99 %s | %.2f / %.2f = %.2f (medians %.2f / %.2f) | %s |%n",
                    name, largest.label(), FLAT_TARGET, smallest.label(), large.p99(), small.p99(), ratio,
                    large.median(), small.median(), ratio <= FLAT_TARGET ? "yes" : "**no**");
        }
        LatencyFigures celebrity = figures(measured, largest, Scenarios.STATS_CELEBRITY);
        LatencyFigures ten = figures(measured, largest, Scenarios.STATS_TEN);
        System.out.printf("RESULT | stats in O(1) on %s: celebrity as fast as the 10-follower user | p99 %.2f vs %.2f, median %.2f vs %.2f | %s |%n",
                largest.label(), celebrity.p99(), ten.p99(), celebrity.median(), ten.median(),
                celebrity.p99() <= FLAT_TARGET * ten.p99() ? "yes (within 1.5×)" : "**no**");
        LatencyFigures lookup = figures(measured, largest, Scenarios.LOOKUP);
        System.out.printf("RESULT | relationships?ids= (100 ids) p99 < %.0f ms on %s | p99 %.2f (median %.2f) | %s |%n",
                LOOKUP_TARGET_MILLIS, largest.label(), lookup.p99(), lookup.median(), lookup.p99() < LOOKUP_TARGET_MILLIS ? "yes" : "**no**");
        System.out.printf("RESULT | every list query: index scan, no sort | %d of %d plans pass | %s |%n",
                plansChecked - plansFailed, plansChecked, plansFailed == 0 ? "yes" : "**no**");
    }

    private static LatencyFigures figures(Map<String, Measurement> measured, DataSetSize size, String scenario) {
        return measured.entrySet().stream()
                .filter(entry -> entry.getValue().size().equals(size) && entry.getValue().scenario().name().equals(scenario))
                .findFirst().orElseThrow().getValue().figures();
    }
}
