package io.relations.adapter.rest.http;

/** Client input echoed in a problem's detail: quoted, cut short, and stripped of control characters. */
public final class Texts {

    private static final int MAX_ECHO = 80;

    private Texts() {
    }

    public static String quoted(String input) {
        String printable = input.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return "\"" + (printable.length() > MAX_ECHO ? printable.substring(0, MAX_ECHO) + "…" : printable) + "\"";
    }
}
