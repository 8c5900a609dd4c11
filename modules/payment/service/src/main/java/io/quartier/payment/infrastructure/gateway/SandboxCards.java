package io.quartier.payment.infrastructure.gateway;

import io.quartier.payment.domain.model.gateway.CardDetails;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's card network: its documented test numbers, and the tokens its own card form gives for them (as a
 * real gateway's form, Stripe Elements for one, would). A token is {@code tok_sandbox_<behaviour>.<random>}, so the
 * gateway still knows how to answer for it after a restart; what it describes (brand, last four, expiry) is kept in
 * memory only, for the latest {@value #KEPT} tokens. The card number itself is never kept, logged nor put in a message.
 */
public final class SandboxCards {

    static final int KEPT = 10_000;

    /** The test numbers and the behaviour each token gets (see {@link SandboxGateway}). */
    private static final Map<String, String> BEHAVIOURS = Map.of(
            "4242424242424242", "visa",
            "5555555555554444", "mastercard",
            "4000000000000002", "declined",
            "4000000000009995", "insufficient_funds",
            "4000000000000069", "expired",
            "4000000000000036", "processing_error",
            "4000002760003184", "3ds",
            "4000000000003220", "challenge");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, CardDetails> described = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CardDetails> eldest) {
            return size() > KEPT;
        }
    };

    /** Why a card typed into the form is refused; each is a key of the form's texts. */
    public enum Refusal {
        NUMBER("sandbox.card.invalidNumber"), EXPIRY("sandbox.card.invalidExpiry"), CVC("sandbox.card.invalidCvc");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A token for the card, or why not. */
    public record Tokenized(String token, Refusal refusal) {
    }

    /**
     * A new token for a test card typed into the sandbox's form (spaces and dashes in the number allowed), or the
     * reason it is refused: a number that is not one of the test numbers, an expiry in the past or unreadable, a
     * CVC that is not 3 or 4 digits.
     */
    public Tokenized tokenize(String number, String expiryMonth, String expiryYear, String cvc, YearMonth now) {
        String digits = number == null ? "" : number.replaceAll("[ -]", "");
        String behaviour = BEHAVIOURS.get(digits);
        if (behaviour == null) {
            return new Tokenized(null, Refusal.NUMBER);
        }
        YearMonth expiry = expiry(expiryMonth, expiryYear);
        if (expiry == null || expiry.isBefore(now)) {
            return new Tokenized(null, Refusal.EXPIRY);
        }
        if (cvc == null || !cvc.matches("[0-9]{3,4}")) {
            return new Tokenized(null, Refusal.CVC);
        }
        return new Tokenized(remember(behaviour, new CardDetails(digits.startsWith("5") ? "Mastercard" : "Visa",
                digits.substring(digits.length() - 4), expiry.getMonthValue(), expiry.getYear())), null);
    }

    /**
     * A new token for the card a phone's wallet ({@link CardDetails#APPLE_PAY} or {@link CardDetails#GOOGLE_PAY})
     * offers, as Apple Pay or Google Pay give a gateway a device token after the customer confirmed on the phone:
     * an approved Visa shown with the last four digits of its device number (never the card's), valid three more
     * years. Empty for any other wallet name.
     */
    public Optional<String> tokenizeDeviceWallet(String wallet, YearMonth now) {
        String known = CardDetails.deviceWallet(wallet);
        if (known == null) {
            return Optional.empty();
        }
        YearMonth expiry = now.plusYears(3);
        String deviceLast4 = String.format("%04d", RANDOM.nextInt(10_000));
        return Optional.of(remember("visa", new CardDetails("Visa", deviceLast4, expiry.getMonthValue(),
                expiry.getYear(), known)));
    }

    private String remember(String behaviour, CardDetails card) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String token = SandboxGateway.TOKEN_PREFIX + behaviour + "." + HexFormat.of().formatHex(random);
        synchronized (described) {
            described.put(token, card);
        }
        return token;
    }

    /** The card a token of this form stands for, while the sandbox remembers it. */
    public Optional<CardDetails> describe(String token) {
        synchronized (described) {
            return Optional.ofNullable(described.get(token));
        }
    }

    /** The behaviour a token names: {@code tok_sandbox_declined.ab12} behaves as {@code tok_sandbox_declined}. */
    static String behaviourOf(String token) {
        if (token == null) {
            return null;
        }
        int dot = token.indexOf('.');
        return dot < 0 ? token : token.substring(0, dot);
    }

    private static YearMonth expiry(String month, String year) {
        if (month == null || year == null || !month.strip().matches("[0-9]{1,2}") || !year.strip().matches("[0-9]{2}|[0-9]{4}")) {
            return null;
        }
        int m = Integer.parseInt(month.strip());
        int y = Integer.parseInt(year.strip());
        if (m < 1 || m > 12) {
            return null;
        }
        return YearMonth.of(y < 100 ? 2000 + y : y, m);
    }
}
