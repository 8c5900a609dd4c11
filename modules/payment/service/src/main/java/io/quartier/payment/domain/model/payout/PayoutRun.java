package io.quartier.payment.domain.model.payout;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One line of the payout run log: which period, who started it and when, and once done what it paid (totals per
 * currency) or why it failed. The database lets one run be RUNNING at a time.
 */
@Entity
@Table(name = "payout_run")
public class PayoutRun {

    /** A run still RUNNING after this long died with its server (its payouts rolled back with it). */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(30);

    @Id
    @SequenceGenerator(name = "payout_run_seq", sequenceName = "payout_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payout_run_seq")
    private Long id;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "cut_off", nullable = false)
    private Instant cutOff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RunStatus status;

    /** The admin's account id, 0 for the daily clock. */
    @Column(name = "started_by", nullable = false)
    private long startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(nullable = false)
    private int payees;

    @Column(length = 200)
    private String failure;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payout_run_total", joinColumns = @JoinColumn(name = "run_id"))
    private List<RunTotal> totals = new ArrayList<>();

    protected PayoutRun() {
    }

    public PayoutRun(Period period, long startedBy, Instant startedAt) {
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.cutOff = period.cutOff();
        this.status = RunStatus.RUNNING;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public Period period() {
        return new Period(periodFrom, periodTo, cutOff);
    }

    public void finish(List<Payout> paid, Instant at) {
        status = RunStatus.FINISHED;
        finishedAt = at;
        payees = (int) paid.stream().map(Payout::payee).distinct().count();
        paid.stream().map(Payout::getCurrency).distinct().sorted().forEach(c -> totals.add(new RunTotal(c,
                paid.stream().filter(p -> p.getCurrency().equals(c)).mapToLong(Payout::getAmountMinor)
                        .reduce(0, Math::addExact),
                (int) paid.stream().filter(p -> p.getCurrency().equals(c)).count())));
    }

    public void fail(String why, Instant at) {
        status = RunStatus.FAILED;
        finishedAt = at;
        failure = why == null ? null : why.substring(0, Math.min(why.length(), 200));
    }

    public boolean abandonedAt(Instant now) {
        return status == RunStatus.RUNNING && startedAt.plus(ABANDONED_AFTER).isBefore(now);
    }

    public Long getId() {
        return id;
    }

    public RunStatus getStatus() {
        return status;
    }

    public long getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getPayees() {
        return payees;
    }

    public String getFailure() {
        return failure;
    }

    public List<RunTotal> getTotals() {
        return Collections.unmodifiableList(totals);
    }
}
