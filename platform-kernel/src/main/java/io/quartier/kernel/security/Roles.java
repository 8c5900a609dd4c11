package io.quartier.kernel.security;

/** The platform's roles, as carried in the JWT {@code groups} claim and declared by every WAR. */
public final class Roles {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String MERCHANT = "MERCHANT";
    public static final String COURIER = "COURIER";
    public static final String ADMIN = "ADMIN";
    public static final String SUPPORT = "SUPPORT";
    public static final String PARTNER = "PARTNER";
    /** The platform's own services calling each other (a token identity issues to a service, never to a person). */
    public static final String SERVICE = "SERVICE";

    /** Claim holding the merchant a MERCHANT account is scoped to. */
    public static final String MERCHANT_CLAIM = "merchantId";

    /** Claim holding the account id; the JWT subject carries it too. */
    public static final String ACCOUNT_CLAIM = "accountId";

    private Roles() {
    }
}
