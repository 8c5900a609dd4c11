package io.quartier.payment.application;

import io.quartier.kernel.domain.DomainException;
import io.quartier.payment.domain.model.payout.PayoutRepository;
import io.quartier.payment.domain.model.payout.PayoutRun;
import io.quartier.payment.domain.model.payout.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The payout run log's own transactions: a run is logged RUNNING before it pays anything, so that a second run
 * started meanwhile is refused, and logged FAILED when paying failed (its payouts rolled back).
 */
@ApplicationScoped
public class PayoutRunLog {

    @Inject
    PayoutRepository payouts;

    /**
     * @throws DomainException conflict {@code problem.payout.runInProgress} when another run is RUNNING (one left
     *         RUNNING by a server that died is marked FAILED first)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PayoutRun open(Period period, long startedBy, Instant now) {
        for (PayoutRun running : payouts.runsRunning()) {
            if (!running.abandonedAt(now)) {
                throw inProgress(running.getId());
            }
            running.fail("abandoned", now);
        }
        PayoutRun run = new PayoutRun(period, startedBy, now);
        try {
            payouts.add(run);
        } catch (PersistenceException e) {
            // the database's one-running-run index: another run was logged between our look and our insert
            throw inProgress(null);
        }
        return run;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long runId, String why, Instant now) {
        payouts.findRunForUpdate(runId).ifPresent(run -> run.fail(why, now));
    }

    private static DomainException inProgress(Long runId) {
        return DomainException.conflict("problem.payout.runInProgress", "payout run " + runId + " is running");
    }
}
