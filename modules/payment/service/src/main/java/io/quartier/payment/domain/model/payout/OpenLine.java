package io.quartier.payment.domain.model.payout;

import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.EntryKind;
import java.time.Instant;

/**
 * What one journal entry owes one payee account: the entry's postings on that account summed and turned round, so a
 * capture crediting a merchant 25.00 is {@code owedMinor} 2500 and a refund taken from it -500.
 */
public record OpenLine(long entryId, String entryKey, EntryKind kind, String orderReference, Instant occurredAt,
                       Account account, String currency, long owedMinor) {

    /** What makes the line unique: a line is paid at most once. */
    public Key key() {
        return new Key(entryId, account, currency);
    }

    /** One entry's part on one account in one currency. */
    public record Key(long entryId, Account account, String currency) {
    }
}
