package io.relations.adapter.rest.auth;

/**
 * Accepts a token only in its one spelling: three parts joined by dots, each canonical unpadded
 * Base64URL (RFC 7515 §2): only {@code A–Z a–z 0–9 - _}, no {@code =} padding, a length that is not
 * 1 modulo 4, and the unused low bits of the last character zero, so that decoding a part and
 * encoding the bytes again gives exactly the text sent. The decoder behind the token parser skips
 * characters outside the alphabet and ignores those bits, so without this check one token had
 * unlimited spellings, each of them a separate entry of the verified-token cache.
 */
final class CanonicalToken {

    private static final int PARTS = 3;

    private CanonicalToken() {
    }

    /** @throws InvalidTokenException unless {@code token} is three canonical Base64URL parts */
    static void require(String token) {
        int start = 0;
        for (int part = 1; part <= PARTS; part++) {
            int end = part < PARTS ? token.indexOf('.', start) : token.length();
            if (end < 0) {
                throw new InvalidTokenException("the token does not have three parts");
            }
            requireCanonicalPart(token, start, end, part);
            start = end + 1;
        }
    }

    private static void requireCanonicalPart(String token, int start, int end, int part) {
        int length = end - start;
        if (length == 0) {
            throw new InvalidTokenException("part " + part + " of the token is empty");
        }
        if (length % 4 == 1) {
            throw new InvalidTokenException("part " + part + " of the token has a length no Base64URL text has");
        }
        for (int i = start; i < end; i++) {
            if (valueOf(token.charAt(i)) < 0) {
                // The character itself stays out of the message: it is the client's, and the message goes to the log.
                throw new InvalidTokenException("part " + part + " of the token holds a character outside unpadded Base64URL");
            }
        }
        // Two leftover characters carry 12 bits for one byte, three carry 18 for two: the rest must be zero.
        int unusedBits = switch (length % 4) {
            case 2 -> 0b1111;
            case 3 -> 0b11;
            default -> 0;
        };
        if ((valueOf(token.charAt(end - 1)) & unusedBits) != 0) {
            throw new InvalidTokenException("part " + part + " of the token is not canonical Base64URL (unused bits set)");
        }
    }

    /** The 6-bit value of a Base64URL character, or -1 for any other character. */
    private static int valueOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '-') {
            return 62;
        }
        if (c == '_') {
            return 63;
        }
        return -1;
    }
}
