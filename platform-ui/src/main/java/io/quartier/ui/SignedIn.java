package io.quartier.ui;

import io.quartier.identity.api.TokenView;

/**
 * A person just logged in to this webapp (a CDI event, fired in the login's request once {@link UserSession} holds the
 * token): a webapp observes it to prepare their session, such as the language of their account.
 */
public record SignedIn(TokenView token) {
}
