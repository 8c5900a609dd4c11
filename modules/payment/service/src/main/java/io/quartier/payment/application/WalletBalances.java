package io.quartier.payment.application;

import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.method.PaymentMethod;
import io.quartier.payment.domain.model.method.PaymentMethodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What moves a wallet's balance, each under a lock of the wallet's row in the caller's transaction, so that payments
 * of one wallet run one after the other and none sees a balance another is changing: the balance never goes below
 * zero, however many pay at once (the table refuses it too). The ledger entry that goes with each change is the
 * caller's, in the same transaction.
 */
@ApplicationScoped
public class WalletBalances {

    @Inject
    PaymentMethodRepository methods;

    /** What the customer's wallet in {@code currency} can pay now (0 without a wallet). */
    public long available(long customerId, String currency) {
        return methods.wallet(customerId, currency).map(PaymentMethod::availableMinor).orElse(0L);
    }

    /** Holds an order's amount; false when the wallet does not have it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hold(long walletId, long amountMinor) {
        return locked(walletId).hold(amountMinor);
    }

    /** Gives a wallet hold back (the order was rejected, cancelled or failed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Authorization hold) {
        locked(hold.getPaymentMethodId()).release(hold.getAmountMinor());
    }

    /** Pays a wallet hold (the order was delivered). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void spend(Authorization hold) {
        locked(hold.getPaymentMethodId()).spend(hold.getAmountMinor());
    }

    /** Pays {@code takenMinor} of a multi-store order's wallet hold and gives the rest back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void spendPart(Authorization hold, long takenMinor) {
        PaymentMethod wallet = locked(hold.getPaymentMethodId());
        wallet.spend(takenMinor);
        if (hold.getAmountMinor() > takenMinor) {
            wallet.release(hold.getAmountMinor() - takenMinor);
        }
    }

    /** Money into the wallet: a top-up, or a refund of an order it paid. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void credit(long walletId, long amountMinor) {
        locked(walletId).credit(amountMinor);
    }

    private PaymentMethod locked(long walletId) {
        PaymentMethod wallet = methods.byIdForUpdate(walletId).orElseThrow();
        if (!wallet.isWallet()) {
            throw new IllegalStateException("payment method " + walletId + " is not a wallet");
        }
        return wallet;
    }
}
