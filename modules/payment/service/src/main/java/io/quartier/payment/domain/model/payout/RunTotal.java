package io.quartier.payment.domain.model.payout;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a run paid in one currency, to how many payees. */
@Embeddable
public class RunTotal {

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false)
    private int payees;

    protected RunTotal() {
    }

    public RunTotal(String currency, long amountMinor, int payees) {
        this.currency = currency;
        this.amountMinor = amountMinor;
        this.payees = payees;
    }

    public String getCurrency() {
        return currency;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public int getPayees() {
        return payees;
    }
}
