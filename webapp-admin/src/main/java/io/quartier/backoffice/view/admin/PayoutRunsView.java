package io.quartier.backoffice.view.admin;

import io.quartier.kernel.Money;
import io.quartier.payment.api.PayoutPeriod;
import io.quartier.payment.api.PayoutRunView;
import io.quartier.payment.api.PayoutsApi;
import io.quartier.ui.Formats;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** The payout run log for admins, and a form to pay a period (whole days in UTC). */
@Named
@ViewScoped
public class PayoutRunsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    PayoutsApi payouts;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private List<PayoutRunView> runs = List.of();
    private LocalDate from = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
    private LocalDate to = LocalDate.now(ZoneOffset.UTC);

    public void load() {
        ServiceCall.run(() -> runs = payouts.runs(userSession.bearer()));
    }

    /** Pays the period; says how many payees were paid, or why nothing was. */
    public void run() {
        ServiceCall.run(() -> {
            PayoutRunView run = payouts.run(userSession.bearer(), new PayoutPeriod(from, to));
            Messages.info("admin.payouts.ran", run.payees());
        });
        load();
    }

    /** A run's totals, one per currency, in the reader's locale. */
    public String totals(PayoutRunView run) {
        return run.totals().stream().map(t -> Money.of(t.amountMinor(), t.currency()).format(localeSelection.getLocale()))
                .collect(Collectors.joining(", "));
    }

    public String when(Instant at) {
        return at == null ? "" : Formats.dateTime(at, ZoneOffset.UTC, localeSelection.getLocale());
    }

    public List<PayoutRunView> getRuns() {
        return runs;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
