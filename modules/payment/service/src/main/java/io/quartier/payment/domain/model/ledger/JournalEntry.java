package io.quartier.payment.domain.model.ledger;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One movement of money: a balanced set of postings (per currency, debits equal credits), written once. Its
 * {@code entryKey} names what caused it ({@code capture:<authorization>}, {@code refund:<refund>}): the ledger keeps
 * one entry per key, so a redelivered event or a retried call never posts twice. Built only through {@link Builder},
 * which refuses an unbalanced set.
 */
@Entity
@Table(name = "ledger_entry")
public class JournalEntry {

    @Id
    @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
    private Long id;

    @Column(name = "entry_key", nullable = false, unique = true, length = 100)
    private String entryKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EntryKind kind;

    /** The order it belongs to (payment's order reference); null for a payout. */
    @Column(name = "order_reference", length = 64)
    private String orderReference;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ledger_posting", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "line_no")
    private List<Posting> postings = new ArrayList<>();

    protected JournalEntry() {
    }

    private JournalEntry(String entryKey, EntryKind kind, String orderReference, Instant occurredAt,
                         List<Posting> postings) {
        this.entryKey = entryKey;
        this.kind = kind;
        this.orderReference = orderReference;
        this.occurredAt = occurredAt;
        this.postings = new ArrayList<>(postings);
    }

    public static Builder builder(String entryKey, EntryKind kind, String orderReference, String currency) {
        return new Builder(entryKey, kind, orderReference, currency);
    }

    /** The sum of the postings per currency: every value is zero for an entry that could be built. */
    public Map<String, Long> sumPerCurrency() {
        return sumPerCurrency(postings);
    }

    /** The entry's net amount on one account (debits minus credits), 0 when it does not touch it. */
    public long on(Account account) {
        return postings.stream().filter(p -> p.account().equals(account)).mapToLong(Posting::getAmountMinor).sum();
    }

    public Long getId() {
        return id;
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

    public List<Posting> getPostings() {
        return Collections.unmodifiableList(postings);
    }

    private static Map<String, Long> sumPerCurrency(List<Posting> postings) {
        Map<String, Long> sums = new TreeMap<>();
        postings.forEach(p -> sums.merge(p.getCurrency(), p.getAmountMinor(), Math::addExact));
        return sums;
    }

    /** Collects postings in one currency; {@link #build} checks they balance. Zero amounts are left out. */
    public static final class Builder {

        private final String entryKey;
        private final EntryKind kind;
        private final String orderReference;
        private final String currency;
        private final List<Posting> postings = new ArrayList<>();

        private Builder(String entryKey, EntryKind kind, String orderReference, String currency) {
            if (entryKey == null || entryKey.isBlank() || kind == null || currency == null) {
                throw new IllegalArgumentException("an entry has a key, a kind and a currency");
            }
            this.entryKey = entryKey;
            this.kind = kind;
            this.orderReference = orderReference;
            this.currency = currency;
        }

        public Builder debit(Account account, long amountMinor) {
            return post(account, amountMinor);
        }

        public Builder credit(Account account, long amountMinor) {
            return post(account, Math.negateExact(amountMinor));
        }

        /** @throws UnbalancedEntry when the postings do not sum to zero, or there are none */
        public JournalEntry build(Instant occurredAt) {
            if (postings.isEmpty()) {
                throw new UnbalancedEntry("entry " + entryKey + " moves nothing");
            }
            sumPerCurrency(postings).forEach((c, sum) -> {
                if (sum != 0) {
                    throw new UnbalancedEntry("entry " + entryKey + " is off by " + sum + " " + c + ": " + postings);
                }
            });
            return new JournalEntry(entryKey, kind, orderReference, occurredAt, postings);
        }

        private Builder post(Account account, long amountMinor) {
            if (amountMinor != 0) {
                postings.add(new Posting(account, amountMinor, currency));
            }
            return this;
        }
    }
}
