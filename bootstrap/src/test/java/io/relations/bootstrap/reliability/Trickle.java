package io.relations.bootstrap.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A slowloris on a connection of its own to 127.0.0.1: the start of a request at once, the rest a
 * byte at a time with a pause between, until the service closes the connection or the client
 * gives up; the answer (if any) is read to the end of the connection.
 */
final class Trickle {

    /** What came back: status 0 when the connection closed without an answer; how long until the end. */
    record Outcome(int status, String answer, Duration took, boolean allSent, boolean gaveUp) {
    }

    private Trickle() {
    }

    static Outcome send(int port, String start, String rest, Duration pause, Duration giveUpAfter) {
        long started = System.nanoTime();
        long stopAt = started + giveUpAfter.toNanos();
        boolean[] allSent = {false};
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) giveUpAfter.plusSeconds(5).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(start.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = new Thread(() -> allSent[0] = trickle(out, rest, pause, stopAt), "trickle");
            writer.setDaemon(true);
            writer.start();
            String answer = readToTheEnd(socket.getInputStream());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            writer.join(pause.plusSeconds(2).toMillis());
            return new Outcome(status(answer), answer, took, allSent[0], false);
        } catch (SocketTimeoutException e) {
            return new Outcome(0, "", Duration.ofNanos(System.nanoTime() - started), allSent[0], true);
        } catch (IOException e) {
            return new Outcome(0, e.toString(), Duration.ofNanos(System.nanoTime() - started), allSent[0], false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean trickle(OutputStream out, String rest, Duration pause, long stopAt) {
        try {
            for (int i = 0; i < rest.length(); i++) {
                if (System.nanoTime() > stopAt) {
                    return false;
                }
                out.write(rest.charAt(i));
                out.flush();
                Thread.sleep(pause.toMillis());
            }
            return true;
        } catch (IOException closedByTheService) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String readToTheEnd(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                answer.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException resetByTheService) {
            // a reset ends the connection as a close does
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static int status(String answer) {
        return answer.startsWith("HTTP/1.1 ") && answer.length() >= 12 ? Integer.parseInt(answer.substring(9, 12)) : 0;
    }
}
