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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one payee was paid for one period in one currency, with its statement: the journal entries it pays. The
 * database keeps one payout per payee, currency and period (up to its cut-off), and each entry's line on each account
 * in one payout only, so nothing is paid twice.
 */
@Entity
@Table(name = "payout")
public class Payout {

    @Id
    @SequenceGenerator(name = "payout_seq", sequenceName = "payout_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payout_seq")
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Enumerated(EnumType.STRING)
    @Column(name = "payee_type", nullable = false, length = 12)
    private PayeeType payeeType;

    @Column(name = "payee_id", nullable = false)
    private long payeeId;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    /** Entries up to this instant were looked at: the period's end, or the run's start for a period not over yet. */
    @Column(name = "cut_off", nullable = false)
    private Instant cutOff;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payout_line", joinColumns = @JoinColumn(name = "payout_id"))
    @OrderColumn(name = "line_no")
    private List<PayoutLine> lines = new ArrayList<>();

    protected Payout() {
    }

    public Payout(long runId, PayeeType.Payee payee, String currency, Period period, List<OpenLine> lines,
                  Instant paidAt) {
        long total = lines.stream().mapToLong(OpenLine::owedMinor).reduce(0, Math::addExact);
        if (total <= 0) {
            throw new IllegalArgumentException("a payout pays a positive amount, not " + total + " to " + payee);
        }
        this.runId = runId;
        this.payeeType = payee.type();
        this.payeeId = payee.id();
        this.currency = currency;
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.cutOff = period.cutOff();
        this.amountMinor = total;
        this.paidAt = paidAt;
        lines.forEach(l -> this.lines.add(new PayoutLine(l)));
    }

    /** The key of the payout's journal entry. */
    public String entryKey() {
        return "payout:" + id;
    }

    public boolean paysTo(PayeeType.Payee payee) {
        return payeeType == payee.type() && payeeId == payee.id();
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public PayeeType.Payee payee() {
        return new PayeeType.Payee(payeeType, payeeId);
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public Instant getCutOff() {
        return cutOff;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public List<PayoutLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
