package se.largrupp.core.meetings.calendar;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** A feed's secret: 256 random bits, URL-safe Base64 without padding (43 characters), naming no one. */
final class FeedToken {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private FeedToken() {}

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code text} can be a token at all: anything else is answered without a database look-up. */
    static boolean wellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
