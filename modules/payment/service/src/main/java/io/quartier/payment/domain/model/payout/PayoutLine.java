package io.quartier.payment.domain.model.payout;

import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.AccountType;
import io.quartier.payment.domain.model.ledger.EntryKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One line of a payout's statement: a journal entry it pays (a capture, a refund), what it owed on which account. */
@Embeddable
public class PayoutLine {

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "entry_key", nullable = false, length = 100)
    private String entryKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EntryKind kind;

    @Column(name = "order_reference", length = 64)
    private String orderReference;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 24)
    private AccountType accountType;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    protected PayoutLine() {
    }

    PayoutLine(OpenLine line) {
        this.entryId = line.entryId();
        this.entryKey = line.entryKey();
        this.kind = line.kind();
        this.orderReference = line.orderReference();
        this.occurredAt = line.occurredAt();
        this.accountType = line.account().type();
        this.partyId = line.account().partyId();
        this.amountMinor = line.owedMinor();
    }

    public long getEntryId() {
        return entryId;
    }

    public String getEntryKey() {
        return entryKey;
    }

    public EntryKind getKind() {
        return kind;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Account account() {
        return new Account(accountType, partyId);
    }

    /** What the entry owed the payee on that account (negative: taken back, by a refund). */
    public long getAmountMinor() {
        return amountMinor;
    }
}
