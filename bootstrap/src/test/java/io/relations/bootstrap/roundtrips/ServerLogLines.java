package io.relations.bootstrap.roundtrips;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PostgreSQL's stderr log format: each message begins with the log line prefix (which must
 * contain {@code [%p]}, as the default {@code '%m [%p] '} does), its severity and two spaces; the
 * lines of a multi-line message after the first begin with a tab. Only the {@code LOG} messages of
 * {@code log_statement} ({@code statement: …} for the simple protocol, {@code execute <name>: …}
 * for the extended one) become {@link LoggedStatement}s; parameters ({@code DETAIL}), errors and
 * everything else the server logs are skipped.
 */
final class ServerLogLines {

    private static final Pattern MESSAGE = Pattern.compile(
            "^.*?\\[(\\d+)\\] .*?\\b(LOG|DETAIL|HINT|CONTEXT|STATEMENT|QUERY|LOCATION|ERROR|WARNING|NOTICE|INFO|FATAL|PANIC|DEBUG[1-5]?):  (.*)$");
    private static final Pattern SIMPLE = Pattern.compile("^statement: ?(.*)$", Pattern.DOTALL);
    /** {@code execute <statement>[/<portal>]: text}; a named portal (a cursor's fetch) follows a slash. */
    private static final Pattern EXTENDED = Pattern.compile("^execute (?:fetch from )?([^/:\\s]+)(?:/[^:\\s]+)?: ?(.*)$", Pattern.DOTALL);

    private ServerLogLines() {
    }

    /** The statements logged in {@code lines}, in order; a message cut off at the end of {@code lines} is kept as it is. */
    static List<LoggedStatement> statements(List<String> lines) {
        List<LoggedStatement> statements = new ArrayList<>();
        Message current = null;
        for (String line : lines) {
            if (line.startsWith("\t") && current != null) {
                current.text.append('\n').append(line.substring(1));
                continue;
            }
            if (current != null) {
                current.statement().ifPresent(statements::add);
            }
            Matcher message = MESSAGE.matcher(line);
            current = message.matches()
                    ? new Message(Integer.parseInt(message.group(1)), message.group(2), new StringBuilder(message.group(3)))
                    : null;
        }
        if (current != null) {
            current.statement().ifPresent(statements::add);
        }
        return statements;
    }

    private record Message(int pid, String severity, StringBuilder text) {

        Optional<LoggedStatement> statement() {
            if (!severity.equals("LOG")) {
                return Optional.empty();
            }
            Matcher simple = SIMPLE.matcher(text);
            if (simple.matches()) {
                return Optional.of(new LoggedStatement(pid, "", simple.group(1)));
            }
            Matcher extended = EXTENDED.matcher(text);
            if (extended.matches()) {
                return Optional.of(new LoggedStatement(pid, extended.group(1), extended.group(2)));
            }
            return Optional.empty();
        }
    }
}
