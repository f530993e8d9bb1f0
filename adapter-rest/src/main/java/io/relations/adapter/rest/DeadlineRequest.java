package io.relations.adapter.rest;

import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A request whose body can be cut off: once {@link #expire()}d, every read answers a 408 failure,
 * and a reader waiting for more content is woken to see it. Until then it reads as the request it wraps.
 */
final class DeadlineRequest extends Request.Wrapper {

    static final int REQUEST_TIMEOUT = 408;

    private final AtomicReference<Runnable> waitingReader = new AtomicReference<>();
    private volatile boolean expired;

    DeadlineRequest(Request request) {
        super(request);
    }

    @Override
    public Content.Chunk read() {
        if (expired) {
            return Content.Chunk.from(new HttpException.RuntimeException(REQUEST_TIMEOUT, "The request was not sent in time."));
        }
        return super.read();
    }

    @Override
    public void demand(Runnable demandCallback) {
        if (expired) {
            demandCallback.run();
            return;
        }
        waitingReader.set(demandCallback);
        super.demand(() -> {
            // Whichever comes first, the content or the deadline, wakes the reader; the other finds nothing to wake.
            if (waitingReader.compareAndSet(demandCallback, null)) {
                demandCallback.run();
            }
        });
        if (expired) {
            wakeReader();
        }
    }

    /** From now on reads fail; a reader waiting for content is woken on the request's own executor. */
    void expire() {
        expired = true;
        wakeReader();
    }

    private void wakeReader() {
        Runnable reader = waitingReader.getAndSet(null);
        if (reader != null) {
            getContext().execute(reader);
        }
    }
}
