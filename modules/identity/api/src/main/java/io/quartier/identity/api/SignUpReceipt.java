package io.quartier.identity.api;

/**
 * The answer to a sign-up: the same whether an account was created or the address or username was taken (the mail
 * sent to the address says which), so that nobody learns which addresses have accounts.
 */
public record SignUpReceipt(String username, String email) {
}
