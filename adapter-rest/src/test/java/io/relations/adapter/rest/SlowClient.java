package io.relations.adapter.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A client on 127.0.0.1 that writes a request in pieces, as slowly as a test wants, and reads the
 * answer by hand: for the read deadline, which no well-behaved client would ever meet.
 */
final class SlowClient implements AutoCloseable {

    /** One answer: its status line and headers, and its body. */
    record Answer(String head, String body) {
        int status() {
            return Integer.parseInt(head.substring(9, 12));
        }

        boolean closes() {
            return head.toLowerCase(Locale.ROOT).contains("\r\nconnection: close");
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    SlowClient(int port) {
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(20_000);
            out = socket.getOutputStream();
            in = socket.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the text; false when the service has closed the connection. */
    boolean write(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return true;
        } catch (IOException closedByTheService) {
            return false;
        }
    }

    /** Writes one character at a time, a pause between each, until done, closed, or the stop time. */
    boolean trickle(String text, long pauseMillis, long stopAtNanos) {
        for (int i = 0; i < text.length(); i++) {
            if (System.nanoTime() > stopAtNanos || !write(text.substring(i, i + 1))) {
                return false;
            }
            if (!pause(pauseMillis)) {
                return false;
            }
        }
        return true;
    }

    /** The next answer, or empty when the connection ends before one comes. */
    Optional<Answer> read() {
        try {
            String head = readHead();
            if (head.isEmpty()) {
                return Optional.empty();
            }
            int length = contentLength(head);
            byte[] body = in.readNBytes(length);
            return Optional.of(new Answer(head, new String(body, StandardCharsets.UTF_8)));
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer and no close within the socket timeout", e);
        } catch (IOException resetByTheService) {
            return Optional.empty();
        }
    }

    /** Whether the service has closed the connection: the next read finds its end (or a reset). */
    boolean closedByTheService() {
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int next = in.read();
            if (next == -1) {
                return "";
            }
            head.write(next);
            matched = next == end[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        return 0;
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the test is over with this connection either way
        }
    }
}
