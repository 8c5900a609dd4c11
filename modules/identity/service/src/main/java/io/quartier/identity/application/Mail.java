package io.quartier.identity.application;

/** A plain-text mail to one person, in their language. */
public record Mail(String recipient, String subject, String body) {
}
