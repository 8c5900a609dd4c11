package io.quartier.payment.application;

import io.quartier.kernel.domain.DomainException;
import io.quartier.payment.api.PayoutRunView;
import io.quartier.payment.api.PayoutStatement;
import io.quartier.payment.api.PayoutView;
import io.quartier.payment.api.event.PayoutPaid;
import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.Ledger;
import io.quartier.payment.domain.model.payout.OpenLine;
import io.quartier.payment.domain.model.payout.PayeeType;
import io.quartier.payment.domain.model.payout.Payout;
import io.quartier.payment.domain.model.payout.PayoutRepository;
import io.quartier.payment.domain.model.payout.PayoutRun;
import io.quartier.payment.domain.model.payout.Period;
import io.quartier.payment.domain.service.PayoutPlan;
import io.quartier.payment.domain.service.PostingSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payout runs and statements. A run is logged RUNNING in a transaction of its own (one at a time), then pays in one
 * transaction: each payee's payout with its lines, its journal entry (payables debited, gateway clearing credited),
 * PayoutPaid, and the run marked FINISHED, all or nothing. A line already paid is never paid again, whatever the
 * period asked; the database refuses a second payout of a payee for the same period and cut-off, or of a line.
 */
@ApplicationScoped
public class Payouts {

    private static final Logger LOG = Logger.getLogger(Payouts.class.getName());

    @Inject
    PayoutRepository payouts;

    @Inject
    PayoutRunLog runLog;

    @Inject
    Ledger ledger;

    @Inject
    PaymentEvents events;

    @Inject
    Payouts self;

    Clock clock = Clock.systemUTC();

    /**
     * Runs the period: the days {@code from} to {@code to} in UTC ({@code startedBy} an admin's account, 0 for the
     * clock).
     *
     * @throws DomainException invalid {@code problem.payout.period}; conflict {@code problem.payout.runInProgress}
     */
    public PayoutRunView run(LocalDate from, LocalDate to, long startedBy) {
        Period period = Period.of(from, to, clock.instant());
        PayoutRun run = runLog.open(period, startedBy, clock.instant());
        try {
            return view(self.pay(run.getId()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "payout run " + run.getId() + " failed and paid nothing", e);
            runLog.fail(run.getId(), e.getClass().getSimpleName(), clock.instant());
            throw e;
        }
    }

    /** Pays what the run's period owes, in one transaction (called through the container, for it). */
    @Transactional
    public PayoutRun pay(long runId) {
        PayoutRun run = payouts.findRunForUpdate(runId).orElseThrow(() -> DomainException.notFound("payout run", runId));
        Period period = run.period();
        PayoutPlan.Result plan = PayoutPlan.of(payouts.linesOwed(period.start(), period.cutOff()),
                payouts.linesPaid(period.start(), period.cutOff()));
        List<Payout> paid = new ArrayList<>();
        for (PayoutPlan.Draft draft : plan.toPay()) {
            Payout payout = new Payout(runId, draft.payee(), draft.currency(), period, draft.lines(), clock.instant());
            payouts.add(payout);
            ledger.post(PostingSets.payout(payout.entryKey(), perAccount(draft.lines()), draft.currency(),
                    clock.instant()));
            events.publish(new PayoutPaid(payout.getId(), payout.payee().type().name(), payout.payee().id(),
                    payout.getAmountMinor(), payout.getCurrency(), period.from(), period.to()));
            paid.add(payout);
        }
        plan.notPaid().forEach(d -> LOG.info(() -> "payout run " + runId + ": " + d.payee() + " owes "
                + -d.totalMinor() + " " + d.currency() + " net; nothing paid"));
        run.finish(paid, clock.instant());
        return run;
    }

    public List<PayoutRunView> latestRuns() {
        return payouts.latestRuns(100).stream().map(Payouts::view).toList();
    }

    /** A payee's own payouts, newest first. */
    public List<PayoutView> paidTo(PayeeType.Payee payee) {
        return payouts.paidTo(payee).stream().map(Payouts::view).toList();
    }

    /**
     * A payout with its lines, for its payee ({@code reader}) or an admin ({@code reader} null).
     *
     * @throws DomainException not found for a payout that does not exist or is another payee's
     */
    public PayoutStatement statement(long payoutId, PayeeType.Payee reader) {
        Payout payout = payouts.find(payoutId).filter(p -> reader == null || p.paysTo(reader))
                .orElseThrow(() -> DomainException.notFound("payout", payoutId));
        return new PayoutStatement(view(payout), payout.getLines().stream()
                .map(l -> new PayoutStatement.Line(l.getEntryKey(), l.getKind().name(), l.getOrderReference(),
                        l.getOccurredAt(), l.account().type().name(), l.getAmountMinor()))
                .toList());
    }

    private static Map<Account, Long> perAccount(List<OpenLine> lines) {
        Map<Account, Long> owed = new LinkedHashMap<>();
        lines.forEach(l -> owed.merge(l.account(), l.owedMinor(), Math::addExact));
        return owed;
    }

    private static PayoutView view(Payout p) {
        return new PayoutView(p.getId(), p.payee().type().name(), p.payee().id(), p.getCurrency(), p.getPeriodFrom(),
                p.getPeriodTo(), p.getAmountMinor(), p.getPaidAt(), p.getLines().size());
    }

    private static PayoutRunView view(PayoutRun r) {
        Period period = r.period();
        return new PayoutRunView(r.getId(), period.from(), period.to(), period.cutOff(), r.getStatus().name(),
                r.getStartedBy(), r.getStartedAt(), r.getFinishedAt(), r.getPayees(),
                r.getTotals().stream().map(t -> new PayoutRunView.Total(t.getCurrency(), t.getAmountMinor(),
                        t.getPayees())).toList(), r.getFailure());
    }
}
