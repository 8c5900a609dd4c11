package io.quartier.payment.domain.model.payout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Payouts, their statements and the run log, in payment's schema (port; {@code JpaPayoutRepository} the adapter). */
public interface PayoutRepository {

    /** What the journal entries of [from, until) owe merchants and couriers (payouts themselves left out). */
    List<OpenLine> linesOwed(Instant from, Instant until);

    /** Of the lines of entries in [from, until), those a payout already paid. */
    Set<OpenLine.Key> linesPaid(Instant from, Instant until);

    /** Inserts at once; fails (rolling the caller back) when the payee has a payout of that period or a line is paid. */
    void add(Payout payout);

    Optional<Payout> find(long id);

    /** A payee's payouts, newest first (at most 200). */
    List<Payout> paidTo(PayeeType.Payee payee);

    /** Inserts at once; fails when another run is RUNNING. */
    void add(PayoutRun run);

    /** The run's row, locked until the transaction ends. */
    Optional<PayoutRun> findRunForUpdate(long id);

    List<PayoutRun> runsRunning();

    /** The latest runs, newest first. */
    List<PayoutRun> latestRuns(int limit);
}
