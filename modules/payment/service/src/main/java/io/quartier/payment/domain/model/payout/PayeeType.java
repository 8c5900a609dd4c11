package io.quartier.payment.domain.model.payout;

import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.AccountType;
import java.util.Optional;

/** Who a payout pays: a merchant (its payable) or a courier (its payable for its jobs' earnings, and its tips). */
public enum PayeeType {
    MERCHANT, COURIER;

    /** The payee an account's money goes to, empty for an account that pays no one (the platform's, a customer's). */
    public static Optional<Payee> of(Account account) {
        return switch (account.type()) {
            case MERCHANT_PAYABLE -> Optional.of(new Payee(MERCHANT, account.partyId()));
            case COURIER_PAYABLE, TIPS -> Optional.of(new Payee(COURIER, account.partyId()));
            default -> Optional.empty();
        };
    }

    /** The account types a payout of this kind of payee empties. */
    public AccountType[] accounts() {
        return this == MERCHANT ? new AccountType[] {AccountType.MERCHANT_PAYABLE}
                : new AccountType[] {AccountType.COURIER_PAYABLE, AccountType.TIPS};
    }

    /** A merchant or courier, by its id (the merchant's id, the courier's account id). */
    public record Payee(PayeeType type, long id) {
    }
}
