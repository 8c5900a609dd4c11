package io.quartier.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.problem.ProblemException;
import io.quartier.payment.api.PaymentMethodView;
import io.quartier.payment.domain.model.method.PaymentMethod;
import io.quartier.payment.infrastructure.gateway.SandboxGateway;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentMethodsTest {

    private static final long ALICE = 1;
    private static final long BEN = 2;

    private final InMemoryMethods store = new InMemoryMethods();
    private final SandboxGateway gateway = new SandboxGateway();
    private final PaymentMethods methods = new PaymentMethods();

    PaymentMethodsTest() {
        methods.methods = store;
        methods.gateway = gateway;
        methods.self = methods;
    }

    @Test
    void theFirstCardIsTheDefaultAndAnotherBecomesItWhenAskedTo() {
        PaymentMethodView first = methods.add(ALICE, token("4242424242424242"), false);
        PaymentMethodView second = methods.add(ALICE, token("5555555555554444"), false);
        PaymentMethodView third = methods.add(ALICE, token("4242424242424242"), true);

        assertTrue(first.preferred());
        assertFalse(second.preferred());
        assertEquals(List.of(third.id(), first.id(), second.id()), ids(ALICE));
        assertEquals(1, methods.ofCustomer(ALICE).stream().filter(PaymentMethodView::preferred).count());
        assertEquals("4444", second.last4());
        assertEquals("Mastercard", second.brand());
    }

    @Test
    void theSameTokenSavedTwiceIsOneCard() {
        String token = token("4242424242424242");

        PaymentMethodView once = methods.add(ALICE, token, false);
        PaymentMethodView again = methods.add(ALICE, token, true);

        assertEquals(once.id(), again.id());
        assertEquals(1, methods.ofCustomer(ALICE).size());
    }

    @Test
    void removingTheDefaultMakesTheNextOneTheDefaultAndTheRemovedIsNeverOfferedAgain() {
        PaymentMethodView first = methods.add(ALICE, token("4242424242424242"), false);
        PaymentMethodView second = methods.add(ALICE, token("5555555555554444"), false);

        methods.remove(ALICE, first.id());

        assertEquals(List.of(second.id()), ids(ALICE));
        assertTrue(methods.ofCustomer(ALICE).get(0).preferred());
        assertTrue(store.owned(ALICE, first.id()).isEmpty(), "a removed card is not charged");
        assertEquals(404, assertThrows(ProblemException.class, () -> methods.remove(ALICE, first.id())).status());
    }

    @Test
    void anotherCustomersMethodIsNotFound() {
        PaymentMethodView alices = methods.add(ALICE, token("4242424242424242"), false);

        assertEquals(404, assertThrows(ProblemException.class, () -> methods.remove(BEN, alices.id())).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> methods.prefer(BEN, alices.id())).status());
        assertEquals(List.of(alices.id()), ids(ALICE));
        assertTrue(methods.ofCustomer(BEN).isEmpty());
    }

    @Test
    void aTokenTheGatewayNeverGaveIsRefusedAndAnAccountKeepsAtMostTwentyMethods() {
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> methods.add(ALICE, "tok_sandbox_visa.forged", false));
        assertEquals(422, unknown.status());
        assertEquals("problem.paymentMethod.unknownToken", unknown.code());

        for (int i = 0; i < PaymentMethods.MAX_METHODS; i++) {
            methods.add(ALICE, token("4242424242424242"), false);
        }
        ProblemException tooMany = assertThrows(ProblemException.class,
                () -> methods.add(ALICE, token("4242424242424242"), false));
        assertEquals("problem.paymentMethod.tooMany", tooMany.code());
    }

    @Test
    void aWalletIsNotRemovedAsACardIs() {
        PaymentMethod wallet = PaymentMethod.wallet(ALICE, "EUR");
        store.add(wallet);

        ProblemException refused = assertThrows(ProblemException.class, () -> methods.remove(ALICE, wallet.getId()));

        assertEquals("problem.paymentMethod.walletNotRemovable", refused.code());
        assertEquals(PaymentMethodView.WALLET, methods.ofCustomer(ALICE).get(0).kind());
    }

    private String token(String number) {
        return gateway.cards().tokenize(number, "12", "2030", "123", YearMonth.of(2026, 11)).token();
    }

    private List<Long> ids(long customer) {
        return methods.ofCustomer(customer).stream().map(PaymentMethodView::id).toList();
    }
}
