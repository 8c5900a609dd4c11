package io.quartier.delivery.domain.model.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * Handover codes: four random digits, compared in constant time so that the time of a refusal tells nothing of how
 * many digits were right. With five tries per code, a guess succeeds at most 5 times in 10,000.
 */
public final class Codes {

    /** Wrong codes allowed per handover before the job is flagged for support and the code locked. */
    public static final int MAX_WRONG = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {
    }

    public static String fourDigits() {
        return String.format("%04d", RANDOM.nextInt(10_000));
    }

    /** Whether {@code typed} is {@code expected}; a null or oversized entry is simply wrong. */
    public static boolean matches(String expected, String typed) {
        if (expected == null || typed == null || typed.length() > 16) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                typed.strip().getBytes(StandardCharsets.UTF_8));
    }
}
