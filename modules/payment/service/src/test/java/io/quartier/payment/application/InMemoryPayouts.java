package io.quartier.payment.application;

import io.quartier.payment.domain.model.ledger.JournalEntry;
import io.quartier.payment.domain.model.ledger.EntryKind;
import io.quartier.payment.domain.model.ledger.Posting;
import io.quartier.payment.domain.model.payout.OpenLine;
import io.quartier.payment.domain.model.payout.PayeeType;
import io.quartier.payment.domain.model.payout.Payout;
import io.quartier.payment.domain.model.payout.PayoutRepository;
import io.quartier.payment.domain.model.payout.PayoutRun;
import io.quartier.payment.domain.model.payout.RunStatus;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Payouts and runs in lists, reading what is owed from an {@link InMemoryLedger}'s entries (an entry's id is its
 * place in the journal); like the database, it refuses a line paid twice and a second RUNNING run.
 */
class InMemoryPayouts implements PayoutRepository {

    final List<Payout> payouts = new ArrayList<>();
    final List<PayoutRun> runs = new ArrayList<>();
    private final InMemoryLedger ledger;

    InMemoryPayouts(InMemoryLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<OpenLine> linesOwed(Instant from, Instant until) {
        List<OpenLine> owed = new ArrayList<>();
        for (int i = 0; i < ledger.entries.size(); i++) {
            JournalEntry e = ledger.entries.get(i);
            if (e.getKind() == EntryKind.PAYOUT || e.getOccurredAt().isBefore(from) || !e.getOccurredAt().isBefore(until)) {
                continue;
            }
            Map<OpenLine.Key, Long> sums = new LinkedHashMap<>();
            for (Posting p : e.getPostings()) {
                if (PayeeType.of(p.account()).isPresent()) {
                    sums.merge(new OpenLine.Key(i + 1, p.account(), p.getCurrency()), -p.getAmountMinor(), Long::sum);
                }
            }
            sums.forEach((k, sum) -> owed.add(new OpenLine(k.entryId(), e.getEntryKey(), e.getKind(),
                    e.getOrderReference(), e.getOccurredAt(), k.account(), k.currency(), sum)));
        }
        return owed;
    }

    @Override
    public Set<OpenLine.Key> linesPaid(Instant from, Instant until) {
        return payouts.stream().flatMap(p -> p.getLines().stream().map(l -> new OpenLine.Key(l.getEntryId(),
                l.account(), p.getCurrency()))).collect(Collectors.toSet());
    }

    @Override
    public void add(Payout payout) {
        Set<OpenLine.Key> paid = linesPaid(Instant.MIN, Instant.MAX);
        if (payout.getLines().stream().anyMatch(l -> paid.contains(new OpenLine.Key(l.getEntryId(), l.account(),
                payout.getCurrency())))) {
            throw new IllegalStateException("a line of " + payout.payee() + " is paid already");
        }
        setId(payout, payouts.size() + 1L);
        payouts.add(payout);
    }

    @Override
    public Optional<Payout> find(long id) {
        return payouts.stream().filter(p -> p.getId() == id).findFirst();
    }

    @Override
    public List<Payout> paidTo(PayeeType.Payee payee) {
        return payouts.stream().filter(p -> p.paysTo(payee)).sorted(Comparator.comparing(Payout::getId).reversed())
                .toList();
    }

    @Override
    public void add(PayoutRun run) {
        if (run.getStatus() == RunStatus.RUNNING && !runsRunning().isEmpty()) {
            throw new jakarta.persistence.PersistenceException("one running run");
        }
        setId(run, runs.size() + 1L);
        runs.add(run);
    }

    @Override
    public Optional<PayoutRun> findRunForUpdate(long id) {
        return runs.stream().filter(r -> r.getId() == id).findFirst();
    }

    @Override
    public List<PayoutRun> runsRunning() {
        return runs.stream().filter(r -> r.getStatus() == RunStatus.RUNNING).toList();
    }

    @Override
    public List<PayoutRun> latestRuns(int limit) {
        List<PayoutRun> newestFirst = new ArrayList<>(runs);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().limit(limit).toList();
    }

    /** The database's sequence, for the test. */
    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
