package io.quartier.delivery.domain.model.job;

/**
 * What a typed handover code did: {@code accepted}, or refused with the tries {@code left}; {@code flaggedNow} when
 * this wrong code was the fifth, which flags the job for support.
 */
public record CodeCheck(boolean accepted, int left, boolean flaggedNow) {

    static CodeCheck ok() {
        return new CodeCheck(true, Codes.MAX_WRONG, false);
    }
}
