package io.relations.bootstrap.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bytes to the service as they are, over a socket of their own, for requests no HTTP client
 * library would send (raw bytes in the path, a header without a colon, a lying method). The
 * answer is read to the end of the connection ({@code Connection: close}), chunks joined; a
 * stream of Server-Sent Events only to the end of its head, so that a stream's whole length
 * (RELATIONS_CHANGES_STREAM_MAX_DURATION) never holds the caller: closing the socket ends it.
 */
final class RawHttp {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    static final String CLOSED_WITHOUT_AN_ANSWER = "closed without an answer";

    /** An answer as the socket gave it; status 0 when none came (the connection closed or timed out first). */
    record RawAnswer(int status, Map<String, String> headers, String body, String failure) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The request was sent whole and the connection then ended cleanly without a byte of answer. */
        boolean closedWithoutAnAnswer() {
            return status == 0 && failure.startsWith(CLOSED_WITHOUT_AN_ANSWER);
        }
    }

    private final int port;
    private final InetAddress from;

    RawHttp(int port) {
        this(port, null);
    }

    /** @param from the local loopback address to send from (127.0.0.2, …: Linux lets a socket bind any of 127/8), or null for any */
    RawHttp(int port, InetAddress from) {
        this.port = port;
        this.from = from;
    }

    RawAnswer exchange(byte[] request) {
        long started = System.nanoTime();
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, from, 0)) {
            socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
            String writeFailure = write(socket.getOutputStream(), request);
            byte[] answer = readAll(socket.getInputStream());
            if (answer.length == 0) {
                // how long it took tells a deadline's close (RELATIONS_HTTP_READ_DEADLINE_MS) from one at once
                long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
                return new RawAnswer(0, Map.of(), "", writeFailure == null
                        ? CLOSED_WITHOUT_AN_ANSWER + " after " + took + " ms from port " + socket.getLocalPort() : writeFailure);
            }
            return parse(answer);
        } catch (IOException e) {
            return new RawAnswer(0, Map.of(), "", e.toString());
        }
    }

    /** The server may answer and close before a large body is all sent; the answer is read all the same. */
    private static String write(OutputStream out, byte[] request) {
        try {
            out.write(request);
            out.flush();
            return null;
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes.write(buffer, 0, read);
                if (isEventStreamHead(bytes)) {
                    break;
                }
            }
        } catch (IOException resetAfterAnswer) {
            // a reset after the answer came (the server discarding an unread body) leaves what was read
            if (bytes.size() == 0) {
                throw resetAfterAnswer;
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Whether what was read holds the final head (after any interim 1xx), complete, and it says
     * {@code text/event-stream}. Only an answer's first bytes are looked at: a head is short.
     */
    private static boolean isEventStreamHead(ByteArrayOutputStream bytes) {
        if (bytes.size() > 64 * 1024) {
            return false;
        }
        String text = withoutInterimAnswers(new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1));
        int endOfHead = text.indexOf("\r\n\r\n");
        return endOfHead >= 0 && text.substring(0, endOfHead).toLowerCase(Locale.ROOT).contains("\r\ncontent-type: text/event-stream");
    }

    /** An interim answer (100 Continue) comes before the real one. */
    private static String withoutInterimAnswers(String text) {
        String rest = text;
        while (rest.startsWith("HTTP/1.1 1") && rest.contains("\r\n\r\n")) {
            rest = rest.substring(rest.indexOf("\r\n\r\n") + 4);
        }
        return rest;
    }

    private static RawAnswer parse(byte[] answer) {
        String text = withoutInterimAnswers(new String(answer, StandardCharsets.ISO_8859_1));
        int endOfHeaders = text.indexOf("\r\n\r\n");
        String head = endOfHeaders < 0 ? text : text.substring(0, endOfHeaders);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(),
                        (first, second) -> first + "," + second);
            }
        }
        byte[] rawBody = endOfHeaders < 0 ? new byte[0]
                : text.substring(endOfHeaders + 4).getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunk(rawBody) : rawBody;
        int status = statusLine.length > 1 && statusLine[1].matches("[0-9]{3}") ? Integer.parseInt(statusLine[1]) : 0;
        return new RawAnswer(status, headers, new String(body, StandardCharsets.UTF_8), status == 0 ? "no status line: " + lines[0] : null);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int endOfSize = indexOfCrlf(chunked, at);
            if (endOfSize < 0) {
                break;
            }
            String sizeText = new String(chunked, at, endOfSize - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, endOfSize + 2, Math.min(size, chunked.length - endOfSize - 2));
            at = endOfSize + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
