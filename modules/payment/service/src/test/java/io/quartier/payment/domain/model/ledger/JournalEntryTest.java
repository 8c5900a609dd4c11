package io.quartier.payment.domain.model.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

    private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");
    private static final Account CLEARING = Account.platform(AccountType.GATEWAY_CLEARING);

    @Test
    void anEntryWhosePostingsDoNotSumToZeroIsRefused() {
        JournalEntry.Builder entry = JournalEntry.builder("k", EntryKind.CAPTURE, "1", "EUR")
                .debit(CLEARING, 1000).credit(Account.merchant(7), 999);

        UnbalancedEntry e = assertThrows(UnbalancedEntry.class, () -> entry.build(AT));
        assertEquals(true, e.getMessage().contains("off by 1 EUR"), e.getMessage());
    }

    @Test
    void anEntryMovingNothingIsRefusedAndZeroPostingsAreLeftOut() {
        assertThrows(UnbalancedEntry.class,
                () -> JournalEntry.builder("k", EntryKind.CAPTURE, "1", "EUR").debit(CLEARING, 0).build(AT));

        JournalEntry entry = JournalEntry.builder("k", EntryKind.CAPTURE, "1", "EUR")
                .debit(CLEARING, 10).credit(Account.tips(5), 0).credit(Account.merchant(7), 10).build(AT);
        assertEquals(2, entry.getPostings().size());
    }

    @Test
    void aPartysAccountNamesItsPartyAndThePlatformsNone() {
        assertThrows(IllegalArgumentException.class, () -> new Account(AccountType.MERCHANT_PAYABLE, 0));
        assertThrows(IllegalArgumentException.class, () -> new Account(AccountType.VAT, 7));
    }
}
