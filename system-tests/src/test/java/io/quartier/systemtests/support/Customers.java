package io.quartier.systemtests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

/** New customers, as the shop makes them: signed up through identity's API and confirmed from the mailbox. */
public final class Customers {

    private Customers() {
    }

    /** Signs up a customer named {@code prefix} and a random suffix, with address {@code <name>@example.org}, and
     * confirms the address with the mailed link; returns the username. */
    public static String signUpAndConfirm(String prefix, String password, String locale) throws InterruptedException {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@example.org";
        Api.Response signedUp = Api.post("/identity/api/accounts", null, null, """
                {"username": "%s", "password": "%s", "displayName": "Test %s", "email": "%s", "locale": "%s"}"""
                .formatted(name, password, name, email, locale));
        assertEquals(201, signedUp.status(), signedUp::toString);
        Api.Response verified = Api.post("/identity/api/accounts/verifications", null, null,
                "{\"token\": \"%s\"}".formatted(Platform.mailbox().waitFor(email, 1).token()));
        assertEquals(204, verified.status(), verified::toString);
        return name;
    }
}
