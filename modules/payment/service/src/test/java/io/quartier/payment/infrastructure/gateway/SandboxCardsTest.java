package io.quartier.payment.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.payment.domain.model.gateway.CardDetails;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SandboxCardsTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    private final SandboxGateway gateway = new SandboxGateway();
    private final SandboxCards cards = gateway.cards();

    @Test
    void aTestNumberBecomesATokenThatDescribesTheCardWithoutItsNumber() {
        SandboxCards.Tokenized visa = cards.tokenize("4242 4242 4242 4242", "12", "2030", "123", NOW);

        assertNull(visa.refusal());
        assertTrue(visa.token().startsWith("tok_sandbox_visa."), visa.token());
        assertFalse(visa.token().contains("4242"), "the token does not carry the number");
        assertEquals(new CardDetails("Visa", "4242", 12, 2030), gateway.describe(visa.token()).orElseThrow());
        assertNotEquals(visa.token(), cards.tokenize("4242-4242-4242-4242", "12", "30", "123", NOW).token(),
                "each entry of the card gets a token of its own");
        assertEquals(new CardDetails("Mastercard", "4444", 1, 2029),
                gateway.describe(cards.tokenize("5555555555554444", "1", "2029", "1234", NOW).token()).orElseThrow());
    }

    @Test
    void aTokenBehavesAsItsTestCard() {
        String approved = cards.tokenize("4242424242424242", "12", "2030", "123", NOW).token();
        String declined = cards.tokenize("4000 0000 0000 0002", "12", "2030", "123", NOW).token();
        String noFunds = cards.tokenize("4000 0000 0000 9995", "12", "2030", "123", NOW).token();

        assertTrue(gateway.authorize(approved, Money.of(100, "EUR"), "1", key()).approved());
        assertEquals("card_declined", gateway.authorize(declined, Money.of(100, "EUR"), "1", key()).declineCode());
        assertEquals("insufficient_funds", gateway.authorize(noFunds, Money.of(100, "EUR"), "1", key()).declineCode());
    }

    @Test
    void refusesOtherNumbersPastExpiriesAndBadCvcs() {
        assertEquals(SandboxCards.Refusal.NUMBER, cards.tokenize("4242424242424241", "12", "2030", "123", NOW).refusal());
        assertEquals(SandboxCards.Refusal.NUMBER, cards.tokenize(null, "12", "2030", "123", NOW).refusal());
        assertEquals(SandboxCards.Refusal.EXPIRY, cards.tokenize("4242424242424242", "10", "2026", "123", NOW).refusal());
        assertEquals(SandboxCards.Refusal.EXPIRY, cards.tokenize("4242424242424242", "13", "2030", "123", NOW).refusal());
        assertEquals(SandboxCards.Refusal.EXPIRY, cards.tokenize("4242424242424242", "x", "2030", "123", NOW).refusal());
        assertEquals(SandboxCards.Refusal.CVC, cards.tokenize("4242424242424242", "12", "2030", "12", NOW).refusal());
        assertTrue(gateway.describe("tok_sandbox_visa.unknown").isEmpty(), "a token the sandbox never gave");
    }

    @Test
    void aPhonesWalletGivesADeviceTokenThatPaysAndShowsTheWalletNotTheCard() {
        String apple = cards.tokenizeDeviceWallet(CardDetails.APPLE_PAY, NOW).orElseThrow();
        String google = cards.tokenizeDeviceWallet(CardDetails.GOOGLE_PAY, NOW).orElseThrow();

        CardDetails onIphone = gateway.describe(apple).orElseThrow();
        assertEquals(CardDetails.APPLE_PAY, onIphone.deviceWallet());
        assertEquals("Visa", onIphone.brand());
        assertTrue(onIphone.last4().matches("[0-9]{4}"), onIphone.last4());
        assertEquals(NOW.plusYears(3), YearMonth.of(onIphone.expiryYear(), onIphone.expiryMonth()));
        assertEquals(CardDetails.GOOGLE_PAY, gateway.describe(google).orElseThrow().deviceWallet());
        assertTrue(gateway.authorize(apple, Money.of(2_500, "EUR"), "1", key()).approved());
        assertNotEquals(apple, cards.tokenizeDeviceWallet(CardDetails.APPLE_PAY, NOW).orElseThrow());
        assertTrue(cards.tokenizeDeviceWallet("samsung_pay", NOW).isEmpty());
        assertTrue(cards.tokenizeDeviceWallet(null, NOW).isEmpty());
    }

    private static String key() {
        return java.util.UUID.randomUUID().toString();
    }
}
