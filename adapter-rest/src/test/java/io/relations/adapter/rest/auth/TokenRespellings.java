package io.relations.adapter.rest.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random respellings of a token, of every kind a lenient Base64URL decoder reads as the
 * same token (finding 5): characters outside the alphabet appended or inserted, {@code =} padding,
 * the standard alphabet's {@code +} and {@code /}, unused trailing bits set. None is the token itself.
 */
public final class TokenRespellings {

    /** Outside unpadded Base64URL: the standard alphabet's extras, padding, separators, controls, and beyond ASCII. */
    public static final TokenRespellings ANY_CHARACTER =
            new TokenRespellings("+/=*%.~!$&'()[],;: \t\r\n\u0000\u007f\u00e9\u2028\uff21\ud83d");
    /** The same, within what an HTTP header carries unchanged: visible ASCII, no white space. */
    public static final TokenRespellings IN_A_HEADER = new TokenRespellings("+/=*%.~!$&'()[],;:\"<>?@\\^`{|}#");

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final String outside;

    private TokenRespellings(String outside) {
        this.outside = outside;
    }

    public String respell(String token, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> token + outside(random);
            case 1 -> insertAt(token, random.nextInt(token.length() + 1), outside(random));
            case 2 -> insertAt(token, endOfPart(token, random.nextInt(3)), random.nextBoolean() ? "=" : "==");
            case 3 -> standardAlphabet(token, random);
            default -> unusedBitsSet(token, random);
        };
    }

    private String outside(Random random) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            text.append(outside.charAt(random.nextInt(outside.length())));
        }
        return text.toString();
    }

    /** One '-' as '+' or one '_' as '/', as the standard alphabet spells them; an appended '+' if there is neither. */
    private static String standardAlphabet(String token, Random random) {
        List<Integer> urlSafe = new ArrayList<>();
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) == '-' || token.charAt(i) == '_') {
                urlSafe.add(i);
            }
        }
        if (urlSafe.isEmpty()) {
            return token + "+";
        }
        int at = urlSafe.get(random.nextInt(urlSafe.size()));
        return token.substring(0, at) + (token.charAt(at) == '-' ? '+' : '/') + token.substring(at + 1);
    }

    /** The last character of a part whose length leaves unused bits, with some of them set: the same bytes once decoded. */
    private static String unusedBitsSet(String token, Random random) {
        List<Integer> candidates = new ArrayList<>();
        for (int part = 0; part < 3; part++) {
            int length = endOfPart(token, part) - startOfPart(token, part);
            if (length % 4 == 2 || length % 4 == 3) {
                candidates.add(part);
            }
        }
        if (candidates.isEmpty()) {
            return token + "=";
        }
        int part = candidates.get(random.nextInt(candidates.size()));
        int end = endOfPart(token, part);
        int unused = (end - startOfPart(token, part)) % 4 == 2 ? 0b1111 : 0b11;
        int bits = 1 + random.nextInt(unused);
        char last = ALPHABET.charAt(ALPHABET.indexOf(token.charAt(end - 1)) | bits);
        return token.substring(0, end - 1) + last + token.substring(end);
    }

    private static String insertAt(String token, int at, String text) {
        return token.substring(0, at) + text + token.substring(at);
    }

    private static int startOfPart(String token, int part) {
        int start = 0;
        for (int i = 0; i < part; i++) {
            start = token.indexOf('.', start) + 1;
        }
        return start;
    }

    private static int endOfPart(String token, int part) {
        int dot = token.indexOf('.', startOfPart(token, part));
        return dot < 0 ? token.length() : dot;
    }
}
