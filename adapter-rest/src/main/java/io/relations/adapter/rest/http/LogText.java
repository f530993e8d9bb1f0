package io.relations.adapter.rest.http;

/**
 * Text on its way to a log line, made unable to break or colour that line. Every code point a
 * log reader, terminal or line splitter may obey, namely controls (C0, DEL, C1: CR, LF, ESC, NEL),
 * format characters (bidi overrides and isolates, zero-width marks), the line and paragraph
 * separators U+2028 and U+2029, and lone surrogates, becomes a visible escape ({@code \n},
 * {@code \r}, {@code \t}, else {@code \}{@code uXXXX}); everything else stays as it is, so the
 * line stays readable for people. A backslash is not doubled: an escape in the output may have
 * been typed as such, but it can never be a line break.
 */
public final class LogText {

    /** Characters of escaped output a request-derived value may take in a log line. */
    public static final int MAX_LENGTH = 200;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private LogText() {
    }

    /** A value from a request (a path, a method, a library's refusal), escaped, and cut with a '…' once it reaches {@link #MAX_LENGTH}. */
    public static String of(String fromRequest) {
        if (fromRequest == null) {
            return "-";
        }
        return escape(fromRequest, MAX_LENGTH);
    }

    /** Any text, escaped but not cut: the logging configuration's backstop for messages it did not write. */
    public static String escaped(String text) {
        return escape(text, Integer.MAX_VALUE);
    }

    /** Whether the code point would be escaped: a control, format, separator or surrogate code point. */
    public static boolean isUnsafe(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** Appends the escape of one UTF-16 unit, {@code \}{@code uXXXX}. */
    public static void appendUnicodeEscape(StringBuilder out, char unit) {
        out.append('\\').append('u')
                .append(HEX[(unit >> 12) & 0xF]).append(HEX[(unit >> 8) & 0xF])
                .append(HEX[(unit >> 4) & 0xF]).append(HEX[unit & 0xF]);
    }

    private static String escape(String text, int maxLength) {
        if (text.length() <= maxLength && text.codePoints().noneMatch(LogText::isUnsafe)) {
            return text;
        }
        StringBuilder out = new StringBuilder((int) Math.min(text.length() + 16L, maxLength + 16L));
        for (int at = 0; at < text.length(); ) {
            if (out.length() >= maxLength) {
                return out.append('…').toString();
            }
            int codePoint = text.codePointAt(at);
            at += Character.charCount(codePoint);
            append(out, codePoint);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, int codePoint) {
        if (!isUnsafe(codePoint)) {
            out.appendCodePoint(codePoint);
        } else if (codePoint == '\n') {
            out.append("\\n");
        } else if (codePoint == '\r') {
            out.append("\\r");
        } else if (codePoint == '\t') {
            out.append("\\t");
        } else {
            for (char unit : Character.toChars(codePoint)) {
                appendUnicodeEscape(out, unit);
            }
        }
    }
}
