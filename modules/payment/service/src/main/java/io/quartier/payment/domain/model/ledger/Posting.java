package io.quartier.payment.domain.model.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a journal entry: an amount in minor units debited (positive) or credited (negative) to an account. */
@Embeddable
public class Posting {

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 24)
    private AccountType accountType;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    protected Posting() {
    }

    Posting(Account account, long amountMinor, String currency) {
        this.accountType = account.type();
        this.partyId = account.partyId();
        this.amountMinor = amountMinor;
        this.currency = currency;
    }

    public Account account() {
        return new Account(accountType, partyId);
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    @Override
    public String toString() {
        return accountType + (partyId > 0 ? "#" + partyId : "") + " " + amountMinor + " " + currency;
    }
}
