package io.quartier.payment.application;

import io.quartier.kernel.problem.ProblemException;

/** The {@code Idempotency-Key} a money-moving call must carry: present, and at most 100 characters. */
final class IdempotencyKeys {

    static final int MAX_LENGTH = 100;

    private IdempotencyKeys() {
    }

    static String require(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ProblemException.invalid("problem.idempotencyKeyRequired", "the Idempotency-Key header is required");
        }
        if (idempotencyKey.length() > MAX_LENGTH) {
            throw ProblemException.invalid("problem.idempotencyKeyInvalid",
                    "the Idempotency-Key header is longer than " + MAX_LENGTH + " characters");
        }
        return idempotencyKey;
    }
}
