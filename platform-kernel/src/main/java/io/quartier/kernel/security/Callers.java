package io.quartier.kernel.security;

import io.quartier.kernel.problem.ProblemException;
import jakarta.json.JsonNumber;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read from identity's token: the account (subject) and, for merchant staff, the merchant. */
public final class Callers {

    private Callers() {
    }

    public static long accountId(JsonWebToken caller) {
        return Long.parseLong(caller.getSubject());
    }

    /** The merchant a MERCHANT token works for; 403 when the token names none. */
    public static long merchantId(JsonWebToken caller) {
        Object claim = caller.getClaim(Roles.MERCHANT_CLAIM);
        if (claim instanceof JsonNumber n) {
            return n.longValue();
        }
        if (claim instanceof Number n) {
            return n.longValue();
        }
        throw ProblemException.forbidden("the token names no merchant");
    }
}
