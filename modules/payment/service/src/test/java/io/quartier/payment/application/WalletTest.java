package io.quartier.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.payment.api.AuthorizationRequest;
import io.quartier.payment.api.TopUpRequest;
import io.quartier.payment.api.WalletView;
import io.quartier.payment.domain.model.gateway.CardDetails;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.method.PaymentMethod;
import io.quartier.payment.domain.model.wallet.TopUp;
import io.quartier.payment.infrastructure.gateway.SandboxGateway;
import io.quartier.payment.api.event.PaymentFailed;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A wallet topped up from a card, paying an order, and refusing what it does not hold. */
class WalletTest {

    private static final long ALICE = 1;

    private final InMemoryMethods methods = new InMemoryMethods();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final InMemoryHolds holds = new InMemoryHolds();
    private final WalletBalances wallets = new WalletBalances();
    private final TopUps topUps = new TopUps();
    private final Authorizations authorizations = new Authorizations();
    private final List<Object> published = new ArrayList<>();
    private final PaymentMethod visa = new PaymentMethod(ALICE, "Visa", "4242", 12, 2030, "tok_sandbox_visa", true);
    private final PaymentMethod declined =
            new PaymentMethod(ALICE, "Visa", "0002", 12, 2030, "tok_sandbox_declined", false);

    WalletTest() {
        wallets.methods = methods;
        topUps.methods = methods;
        topUps.wallets = wallets;
        topUps.ledger = ledger;
        topUps.gateway = new SandboxGateway();
        topUps.topUps = new InMemoryTopUps();
        topUps.self = topUps;
        authorizations.methods = methods;
        authorizations.wallets = wallets;
        authorizations.authorizations = holds;
        authorizations.self = authorizations;
        authorizations.events = published::add;
        authorizations.failures = new PaymentFailures();
        authorizations.failures.events = published::add;
        methods.add(visa);
        methods.add(declined);
    }

    @Test
    void aTopUpChargesTheCardOnceAndCreditsTheWalletInTheLedger() {
        topUps.topUp(ALICE, "k1", new TopUpRequest(visa.getId(), 5000, "EUR"));
        topUps.topUp(ALICE, "k1", new TopUpRequest(visa.getId(), 5000, "EUR"));

        WalletView wallet = topUps.wallet(ALICE, "EUR");
        assertEquals(5000, wallet.balanceMinor(), "once per key");
        assertEquals(1, wallet.movements().size());
        assertEquals(5000, wallet.movements().get(0).amountMinor());
        assertEquals(-5000, ledger.entries.stream().mapToLong(e -> e.on(Account.wallet(ALICE))).sum());
        ProblemException reused = assertThrows(ProblemException.class,
                () -> topUps.topUp(ALICE, "k1", new TopUpRequest(visa.getId(), 6000, "EUR")));
        assertEquals(422, reused.status());
    }

    @Test
    void aTopUpWhoseCreditWasNotWrittenAfterTheChargeIsCreditedOnceByTheRetry() {
        KeyedCharges gateway = new KeyedCharges();
        topUps.gateway = gateway;
        topUps.self = new TopUps() {
            private boolean crashed;

            @Override
            public TopUp open(long customerId, String key, TopUpRequest request) {
                return WalletTest.this.topUps.open(customerId, key, request);
            }

            @Override
            public TopUp complete(long topUpId, String gatewayReference) {
                if (!crashed) {
                    crashed = true;
                    throw new PersistenceException("the database went away after the card was charged");
                }
                return WalletTest.this.topUps.complete(topUpId, gatewayReference);
            }
        };
        assertThrows(PersistenceException.class,
                () -> topUps.topUp(ALICE, "k1", new TopUpRequest(visa.getId(), 5000, "EUR")));
        assertEquals(0, topUps.wallet(ALICE, "EUR").balanceMinor(), "charged, not yet credited");

        topUps.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
        assertEquals(1, topUps.settlePending(), "the clock asks the gateway again");
        assertEquals(0, topUps.settlePending(), "and only once");
        topUps.topUp(ALICE, "k1", new TopUpRequest(visa.getId(), 5000, "EUR"));

        assertEquals(5000, topUps.wallet(ALICE, "EUR").balanceMinor(), "credited once");
        assertEquals(1, ledger.entries.size());
        assertEquals(1, gateway.charges.size(), "the same key asked twice: one charge at a gateway that keeps keys");
        assertEquals(2, gateway.asked, "asked with the top-up's key again, not a new one");
    }

    @Test
    void aTopUpTheBankWantsConfirmedIsAskedAgainWithTheSameKeyOnceTheChallengeIsAnswered() {
        Bank bank = new Bank();
        topUps.gateway = bank;
        TopUpRequest request = new TopUpRequest(visa.getId(), 5000, "EUR");

        ProblemException asked = assertThrows(ProblemException.class, () -> topUps.topUp(ALICE, "k1", request));
        ProblemException askedAgain = assertThrows(ProblemException.class, () -> topUps.topUp(ALICE, "k1", request));

        assertEquals(402, asked.status());
        assertEquals("problem.payment.authenticationRequired", asked.code());
        assertEquals("/challenge?for=topup:1", asked.toProblem().errors().get("challengeUrl"));
        assertEquals(asked.toProblem().errors(), askedAgain.toProblem().errors(), "the same challenge, not answered yet");
        assertEquals(0, topUps.wallet(ALICE, "EUR").balanceMinor(), "nothing credited before the bank said yes");

        bank.passed.add("topup:1");
        assertEquals("COMPLETED", topUps.topUp(ALICE, "k1", request).status());
        assertEquals("COMPLETED", topUps.topUp(ALICE, "k1", request).status());
        assertEquals(5000, topUps.wallet(ALICE, "EUR").balanceMinor(), "credited once");
        assertEquals(List.of("topup:1"), bank.captured, "charged once");

        assertThrows(ProblemException.class, () -> topUps.topUp(ALICE, "k2", request));
        bank.failed.add("topup:2");
        ProblemException refused = assertThrows(ProblemException.class, () -> topUps.topUp(ALICE, "k2", request));
        assertEquals("problem.payment.authenticationFailed", refused.code());
        assertEquals("problem.payment.authenticationFailed",
                assertThrows(ProblemException.class, () -> topUps.topUp(ALICE, "k2", request)).code(),
                "a failed challenge is final for its key");
        assertEquals(5000, topUps.wallet(ALICE, "EUR").balanceMinor());
    }

    /** A card's bank that asks for a challenge on every reference until the customer passed or failed it. */
    private static final class Bank extends AuthorizingGateway {

        final List<String> passed = new ArrayList<>();
        final List<String> failed = new ArrayList<>();
        final List<String> captured = new ArrayList<>();

        @Override
        public GatewayDecision authorize(String token, Money amount, String reference, String idempotencyKey) {
            if (passed.contains(reference)) {
                return GatewayDecision.approved(reference);
            }
            return failed.contains(reference) ? GatewayDecision.declined("authentication_failed")
                    : GatewayDecision.challenge("/challenge?for=" + reference);
        }

        /** A top-up takes what it held at once. */
        @Override
        public void capture(String gatewayReference, Money amount) {
            captured.add(gatewayReference);
        }
    }

    @Test
    void aDeclinedCardCreditsNothing() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> topUps.topUp(ALICE, "k1", new TopUpRequest(declined.getId(), 5000, "EUR")));

        assertEquals(402, refused.status());
        assertEquals("problem.payment.declined", refused.code());
        assertEquals(0, topUps.wallet(ALICE, "EUR").balanceMinor());
        assertTrue(ledger.entries.isEmpty());
    }

    @Test
    void aTopUpOutsideItsBoundsOrFromAnotherCustomersCardIsRefused() {
        assertEquals("problem.topUp.amount", assertThrows(ProblemException.class,
                () -> topUps.topUp(ALICE, "k1", new TopUpRequest(visa.getId(), 99, "EUR"))).code());
        assertEquals("problem.topUp.amount", assertThrows(ProblemException.class,
                () -> topUps.topUp(ALICE, "k2", new TopUpRequest(visa.getId(), Long.MAX_VALUE, "EUR"))).code());
        assertEquals(404, assertThrows(ProblemException.class,
                () -> topUps.topUp(2, "k3", new TopUpRequest(visa.getId(), 5000, "EUR"))).status());
    }

    @Test
    void theWalletPaysWhatItHoldsAndNoMore() {
        topUps.topUp(ALICE, "k1", new TopUpRequest(visa.getId(), 3000, "EUR"));
        long walletId = topUps.wallet(ALICE, "EUR").paymentMethodId();

        authorizations.authorize("o1", new AuthorizationRequest("101", ALICE, walletId, 2000, "EUR"));
        ProblemException short1 = assertThrows(ProblemException.class, () -> authorizations.authorize("o2",
                new AuthorizationRequest("102", ALICE, walletId, 1001, "EUR")));
        ProblemException otherCurrency = assertThrows(ProblemException.class, () -> authorizations.authorize("o3",
                new AuthorizationRequest("103", ALICE, walletId, 100, "GBP")));

        assertEquals("problem.payment.walletInsufficient", short1.code());
        assertEquals(402, short1.status());
        assertEquals("problem.payment.walletCurrency", otherCurrency.code());
        WalletView wallet = topUps.wallet(ALICE, "EUR");
        assertEquals(3000, wallet.balanceMinor());
        assertEquals(2000, wallet.heldMinor());
        assertEquals(1000, wallet.availableMinor());
        assertTrue(holds.byId.values().stream().allMatch(a -> a.isFromWallet()));
        assertEquals(List.of(new PaymentFailed("102", ALICE, 1001, "EUR", "wallet_insufficient",
                        "problem.payment.walletInsufficient"),
                new PaymentFailed("103", ALICE, 100, "GBP", "wallet_currency", "problem.payment.walletCurrency")),
                published.subList(1, published.size()), "one authorized, then each refusal announced");
    }

    @Test
    void aHoldGivenBackFreesTheMoneyAndAHoldPaidLeavesTheWallet() {
        topUps.topUp(ALICE, "k1", new TopUpRequest(visa.getId(), 3000, "EUR"));
        PaymentMethod wallet = methods.wallet(ALICE, "EUR").orElseThrow();
        authorizations.authorize("o1", new AuthorizationRequest("101", ALICE, wallet.getId(), 1000, "EUR"));
        authorizations.authorize("o2", new AuthorizationRequest("102", ALICE, wallet.getId(), 500, "EUR"));

        wallets.release(holds.byId.get(1L));
        wallets.spend(holds.byId.get(2L));

        assertEquals(2500, wallet.getBalanceMinor());
        assertEquals(0, wallet.getHeldMinor());
        assertThrows(IllegalStateException.class, () -> wallets.spend(holds.byId.get(2L)), "a hold is paid once");
    }

    /** A gateway that keeps idempotency keys, as real ones do: a key asked again gets its first charge. */
    private static final class KeyedCharges implements PaymentGateway {

        final Map<String, String> charges = new HashMap<>();
        int asked;

        @Override
        public Optional<CardDetails> describe(String token) {
            return Optional.empty();
        }

        @Override
        public GatewayDecision authorize(String token, Money amount, String reference, String idempotencyKey) {
            asked++;
            return GatewayDecision.approved(charges.computeIfAbsent(reference, r -> "ch_" + charges.size()));
        }

        @Override
        public void capture(String gatewayReference, Money amount) {
        }

        @Override
        public void voidAuthorization(String gatewayReference) {
        }

        @Override
        public GatewayDecision refund(String gatewayReference, Money amount, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }
    }
}
