package io.relations.benchmarks.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends a fixed list of requests at a fixed arrival rate, whether or not earlier ones have been
 * answered (open loop), so a slow server shows up as latency instead of as fewer requests.
 * Requests wait for one of a fixed number of kept-alive connections, as in wrk2; latency runs from
 * the request's scheduled start, not from when a connection was free to send it.
 */
final class OpenLoopRun {

    private static final int CONNECTIONS = 64;
    private static final int NO_MORE_REQUESTS = -1;

    private final String host;
    private final int port;

    OpenLoopRun(String host, int port) {
        this.host = host;
        this.port = port;
    }

    LatencySummary run(String name, List<byte[]> requests, double perSecond) {
        long intervalNanos = (long) (1e9 / perSecond);
        long[] latencyNanos = new long[requests.size()];
        long[] scheduledAt = new long[requests.size()];
        AtomicInteger failed = new AtomicInteger();
        BlockingQueue<Integer> due = new LinkedBlockingQueue<>();
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            Thread sender = new Thread(() -> send(requests, due, scheduledAt, latencyNanos, failed), "load-sender-" + c);
            sender.start();
            senders.add(sender);
        }
        long start = System.nanoTime();
        for (int i = 0; i < requests.size(); i++) {
            scheduledAt[i] = start + i * intervalNanos;
            waitUntil(scheduledAt[i]);
            due.add(i);
        }
        senders.forEach(sender -> due.add(NO_MORE_REQUESTS));
        for (Thread sender : senders) {
            try {
                sender.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for answers", interrupted);
            }
        }
        return LatencySummary.of(name, latencyNanos, failed.get(), perSecond, System.nanoTime() - start);
    }

    private void send(List<byte[]> requests, BlockingQueue<Integer> due, long[] scheduledAt, long[] latencyNanos, AtomicInteger failed) {
        try (HttpConnection connection = new HttpConnection(host, port)) {
            for (int index = due.take(); index != NO_MORE_REQUESTS; index = due.take()) {
                int status;
                try {
                    status = connection.exchange(requests.get(index));
                } catch (IOException failure) {
                    status = 0;
                }
                latencyNanos[index] = System.nanoTime() - scheduledAt[index];
                if (status < 200 || status >= 300) {
                    failed.incrementAndGet();
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(long nanoTime) {
        long remaining;
        while ((remaining = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }
}
