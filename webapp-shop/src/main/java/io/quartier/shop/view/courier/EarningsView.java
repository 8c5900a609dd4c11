package io.quartier.shop.view.courier;

import io.quartier.delivery.api.CourierApi;
import io.quartier.delivery.api.EarningsSummary;
import io.quartier.payment.api.PayoutsApi;
import io.quartier.ui.Downloads;
import io.quartier.ui.Formats;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;

/**
 * The courier's earnings: each of the last seven days, this week, the last jobs with what each paid, and the payouts
 * that paid them, each statement downloadable as a CSV sheet or a PDF (payment draws both).
 */
@Named
@ViewScoped
public class EarningsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    CourierApi couriers;

    @Inject
    @Service
    PayoutsApi payouts;

    @Inject
    UserSession userSession;

    private List<DayRow> days = List.of();
    private List<JobLineRow> jobs = List.of();
    private String weekTotal;
    private int weekJobs;
    private String weekStart;
    private List<PayoutRow> payoutRows = List.of();

    /** One payout: its period, when it was paid and how much. */
    public record PayoutRow(long id, String period, String paidAt, String amount) implements Serializable {
    }

    /** One day: its date, its delivered jobs and what they paid. */
    public record DayRow(String date, int jobs, String total) implements Serializable {
    }

    /** One delivered job and what it paid, part by part. */
    public record JobLineRow(long jobId, long orderId, String pickupName, String deliveredAt, JobRow.Pay pay)
            implements Serializable {
    }

    public void load() {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ServiceCall.run(() -> {
            EarningsSummary summary = couriers.earnings(userSession.bearer());
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(reader);
            ZoneId zone = Formats.zone(summary.zone());
            days = summary.days().stream().map(d -> new DayRow(day.format(d.date()), d.jobs(),
                    JobRow.Pay.money(d.totalMinor(), summary.currency(), reader))).toList();
            weekTotal = JobRow.Pay.money(summary.weekTotalMinor(), summary.currency(), reader);
            weekJobs = summary.weekJobs();
            weekStart = day.format(summary.weekStart());
            jobs = summary.jobs().stream().map(j -> new JobLineRow(j.jobId(), j.orderId(), j.pickupName(),
                    Formats.dateTime(j.deliveredAt(), zone, reader), JobRow.Pay.of(j.earning(), reader))).toList();
        });
        ServiceCall.run(() -> payoutRows = payouts.statements(userSession.bearer()).stream()
                .map(p -> new PayoutRow(p.id(), p.from() + " – " + p.to(),
                        Formats.dateTime(p.paidAt(), ZoneOffset.UTC, reader),
                        JobRow.Pay.money(p.amountMinor(), p.currency(), reader))).toList());
    }

    /** The payout's statement as payment writes it. */
    public StreamedContent csv(long payoutId) {
        return Downloads.of("quartier-statement-" + payoutId + ".csv", "text/csv; charset=UTF-8",
                () -> payouts.statementCsv(userSession.bearer(), payoutId).getBytes(StandardCharsets.UTF_8));
    }

    /** The payout's statement as a PDF, in the reader's language. */
    public StreamedContent pdf(long payoutId) {
        String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag();
        return Downloads.of("quartier-statement-" + payoutId + ".pdf", "application/pdf",
                () -> payouts.statementPdf(userSession.bearer(), payoutId, language));
    }

    public List<PayoutRow> getPayouts() {
        return payoutRows;
    }

    public List<DayRow> getDays() {
        return days;
    }

    public List<JobLineRow> getJobs() {
        return jobs;
    }

    public String getWeekTotal() {
        return weekTotal;
    }

    public int getWeekJobs() {
        return weekJobs;
    }

    public String getWeekStart() {
        return weekStart;
    }
}
