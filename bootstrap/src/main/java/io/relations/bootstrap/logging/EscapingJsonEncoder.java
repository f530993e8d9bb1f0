package io.relations.bootstrap.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.relations.adapter.rest.http.LogText;
import java.nio.charset.StandardCharsets;

/**
 * Logback's {@link JsonEncoder}, one JSON object per line, with every character that some reader
 * takes for a line break or a terminal command written as a JSON escape. Logback escapes what
 * JSON requires (quotes, backslashes, C0 controls) but leaves DEL, the C1 controls (NEL among
 * them), bidi and other format characters and U+2028/U+2029 raw: valid JSON, yet a line splitter
 * or a JavaScript reader may break a record on them. Outside strings the encoder writes none of
 * these, so escaping them wherever they appear keeps every line valid JSON with the same values.
 */
public final class EscapingJsonEncoder extends JsonEncoder {

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] encoded = super.encode(event);
        return mayNeedEscapes(encoded) ? escaped(new String(encoded, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : encoded;
    }

    /** Every character to escape is DEL or beyond ASCII; plain ASCII lines, the usual ones, pass untouched. */
    private static boolean mayNeedEscapes(byte[] encoded) {
        for (byte b : encoded) {
            if (b < 0 || b == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** C0 controls are left alone: inside strings Logback has escaped them, and outside the one is the record's newline. */
    private static String escaped(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int at = 0; at < json.length(); ) {
            int codePoint = json.codePointAt(at);
            at += Character.charCount(codePoint);
            if (codePoint >= 0x7F && LogText.isUnsafe(codePoint)) {
                // beyond the BMP (a tag character, say) JSON writes the two surrogates' escapes
                for (char unit : Character.toChars(codePoint)) {
                    LogText.appendUnicodeEscape(out, unit);
                }
            } else {
                out.appendCodePoint(codePoint);
            }
        }
        return out.toString();
    }
}
