package io.quartier.payment.domain.model.ledger;

/** A journal entry whose postings do not sum to zero in a currency: a bug, never a customer's mistake. */
public class UnbalancedEntry extends IllegalStateException {

    public UnbalancedEntry(String message) {
        super(message);
    }
}
