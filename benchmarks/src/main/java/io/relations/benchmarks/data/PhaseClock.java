package io.relations.benchmarks.data;

/** Times the phases of a long job and prints each as it ends, so a slow one shows while the job runs. */
final class PhaseClock {

    /** A phase's work. */
    interface Work<E extends Exception> {
        void run() throws E;
    }

    private final String prefix;
    private final long startedAt = System.nanoTime();

    PhaseClock(String prefix) {
        this.prefix = prefix;
    }

    <E extends Exception> void run(String phase, Work<E> work) throws E {
        long phaseStartedAt = System.nanoTime();
        work.run();
        System.out.printf("PHASE %s %-58s %8.1f s%n", prefix, phase, seconds(phaseStartedAt));
    }

    void printTotal() {
        System.out.printf("PHASE %s %-58s %8.1f s%n", prefix, "total", seconds(startedAt));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
