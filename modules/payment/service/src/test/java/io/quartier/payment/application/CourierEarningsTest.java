package io.quartier.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.delivery.api.event.Delivered;
import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.AccountType;
import io.quartier.payment.domain.model.ledger.EntryKind;
import io.quartier.payment.domain.model.ledger.JournalEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A delivered job's earnings are owed to its courier once, whatever delivers the event again. */
class CourierEarningsTest {

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final CourierEarnings earnings = new CourierEarnings();

    @BeforeEach
    void wire() {
        earnings.ledger = ledger;
        earnings.clock = Clock.fixed(Instant.parse("2026-11-28T20:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void aDeliveredJobOwesItsEarningsToItsCourierInTheOrdersCurrency() {
        earnings.delivered(new Delivered(31, 7, 5, 612L, "MAD"));

        assertEquals(1, ledger.entries.size());
        JournalEntry entry = ledger.entries.get(0);
        assertEquals("earning:31", entry.getEntryKey());
        assertEquals(EntryKind.EARNING, entry.getKind());
        assertEquals("7", entry.getOrderReference());
        assertEquals(-612, entry.on(Account.courier(5)));
        assertEquals(612, entry.on(Account.platform(AccountType.DELIVERY_REVENUE)));
        assertEquals("MAD", entry.getPostings().get(0).getCurrency());
    }

    @Test
    void theSameJobDeliveredAgainPostsNothingMore() {
        earnings.delivered(new Delivered(31, 7, 5, 612L, "EUR"));
        earnings.delivered(new Delivered(31, 7, 5, 612L, "EUR"));
        earnings.delivered(new Delivered(31, 7, 5, 999L, "EUR"));

        assertEquals(1, ledger.entries.size(), "one entry per job, however often its delivery comes");
        assertEquals(-612, ledger.entries.get(0).on(Account.courier(5)));
        earnings.delivered(new Delivered(32, 7, 5, 150L, "EUR"));
        assertEquals(2, ledger.entries.size(), "another part of the same order is a job of its own");
    }

    @Test
    void aDeliveryWithoutEarningsPostsNothing() {
        earnings.delivered(new Delivered(31, 7, 5, null, null));
        earnings.delivered(new Delivered(32, 7, 5, 0L, "EUR"));
        earnings.delivered(new Delivered(33, 7, 5, -10L, "EUR"));
        earnings.delivered(new Delivered(34, 7, 0, 500L, "EUR"));
        earnings.delivered(new Delivered(35, 7, 5, 500L, "euro"));

        assertEquals(0, ledger.entries.size());
    }
}
