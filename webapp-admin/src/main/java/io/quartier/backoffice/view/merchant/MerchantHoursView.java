package io.quartier.backoffice.view.merchant;

import io.quartier.catalog.api.MerchantCatalogApi;
import io.quartier.catalog.api.OpeningHoursView;
import io.quartier.catalog.api.PauseChange;
import io.quartier.catalog.api.StoreContact;
import io.quartier.catalog.api.StoreView;
import io.quartier.catalog.api.WeekChange;
import io.quartier.ui.Formats;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.Service;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The hours editor: the week as editable ranges (saved whole, or refused whole with every violation named),
 * closures for holidays, and the busy-mode button. Times are the store's own, in its time zone.
 */
@Named
@ViewScoped
public class MerchantHoursView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The pause lengths offered, in minutes. */
    public static final List<Integer> PAUSES = List.of(15, 30, 45, 60, 90, 120);

    @Inject
    @Service
    MerchantCatalogApi catalog;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private final StoreChoice choice = new StoreChoice();
    private OpeningHoursView hours;
    private List<RangeRow> week = new ArrayList<>();
    private LocalDate closureFirstDay;
    private LocalDate closureLastDay;
    private String closureNote;
    private int pauseMinutes = 30;
    private String phone;
    private String email;
    private Integer deliveryRadiusMetres;

    public void load() {
        ServiceCall.run(() -> {
            choice.offer(catalog.stores(userSession.bearer()));
            if (choice.getStoreId() != null) {
                show(catalog.hours(userSession.bearer(), choice.getStoreId()));
                choice.chosen().ifPresent(s -> {
                    phone = s.phone();
                    email = s.email();
                    deliveryRadiusMetres = s.deliveryRadiusMetres();
                });
            }
        });
    }

    public void addRange() {
        week.add(new RangeRow(DayOfWeek.MONDAY.name(), "11:30", "14:30"));
    }

    public void removeRange(RangeRow row) {
        week.remove(row);
    }

    public void saveWeek() {
        List<OpeningHoursView.Range> ranges = week.stream()
                .map(r -> new OpeningHoursView.Range(r.getDay(), r.getOpens(), r.getCloses())).toList();
        change(() -> catalog.changeWeek(userSession.bearer(), choice.getStoreId(), new WeekChange(ranges)),
                "merchant.hours.saved");
    }

    public void addClosure() {
        if (closureFirstDay == null || closureLastDay == null) {
            Messages.error("catalog.closure.incomplete");
            return;
        }
        if (change(() -> catalog.addClosure(userSession.bearer(), choice.getStoreId(),
                new OpeningHoursView.ClosureDays(closureFirstDay, closureLastDay, closureNote)), "merchant.hours.closureAdded")) {
            closureFirstDay = null;
            closureLastDay = null;
            closureNote = null;
        }
    }

    public void removeClosure(ClosureRow closure) {
        change(() -> catalog.removeClosure(userSession.bearer(), choice.getStoreId(), closure.firstDay().toString()),
                "merchant.hours.closureRemoved");
    }

    public void saveContact() {
        ServiceCall.run(() -> {
            StoreView saved = catalog.changeContact(userSession.bearer(), choice.getStoreId(),
                    new StoreContact(phone, email, deliveryRadiusMetres));
            phone = saved.phone();
            email = saved.email();
            deliveryRadiusMetres = saved.deliveryRadiusMetres();
            Messages.info("merchant.hours.contactSaved");
        });
    }

    public void pause() {
        change(() -> catalog.pause(userSession.bearer(), choice.getStoreId(), new PauseChange(pauseMinutes)),
                "merchant.hours.paused");
    }

    public void resume() {
        change(() -> catalog.resume(userSession.bearer(), choice.getStoreId()), "merchant.hours.resumed");
    }

    private boolean change(Supplier<OpeningHoursView> call, String doneKey) {
        return ServiceCall.run(() -> {
            show(call.get());
            Messages.info(doneKey);
        });
    }

    private void show(OpeningHoursView now) {
        hours = now;
        week = new ArrayList<>(now.week().stream().map(r -> new RangeRow(r.day(), r.opens(), r.closes())).toList());
    }

    /** An instant in the store's zone, for the reader. */
    public String format(Instant instant) {
        return instant == null || hours == null ? ""
                : Formats.dateTime(instant, ZoneId.of(hours.timeZone()), localeSelection.getLocale());
    }

    public List<ClosureRow> getClosures() {
        return hours == null ? List.of() : hours.closures().stream()
                .map(c -> new ClosureRow(c.firstDay(), c.lastDay(), c.note())).toList();
    }

    public String getStatus() {
        return hours == null ? null : hours.status();
    }

    public String getPausedUntil() {
        return hours == null ? "" : format(hours.pausedUntil());
    }

    public String getNextOpening() {
        return hours == null ? "" : format(hours.nextOpening());
    }

    public String getNextClosing() {
        return hours == null ? "" : format(hours.nextClosing());
    }

    public String getTimeZone() {
        return hours == null ? "" : hours.timeZone();
    }

    public List<String> getDays() {
        return List.of(DayOfWeek.values()).stream().map(DayOfWeek::name).toList();
    }

    public List<Integer> getPauses() {
        return PAUSES;
    }

    /** The store the page works on, and the merchant's others to choose from. */
    public StoreChoice getChoice() {
        return choice;
    }

    public List<RangeRow> getWeek() {
        return week;
    }

    public LocalDate getClosureFirstDay() {
        return closureFirstDay;
    }

    public void setClosureFirstDay(LocalDate closureFirstDay) {
        this.closureFirstDay = closureFirstDay;
    }

    public LocalDate getClosureLastDay() {
        return closureLastDay;
    }

    public void setClosureLastDay(LocalDate closureLastDay) {
        this.closureLastDay = closureLastDay;
    }

    public String getClosureNote() {
        return closureNote;
    }

    public void setClosureNote(String closureNote) {
        this.closureNote = closureNote;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getDeliveryRadiusMetres() {
        return deliveryRadiusMetres;
    }

    public void setDeliveryRadiusMetres(Integer deliveryRadiusMetres) {
        this.deliveryRadiusMetres = deliveryRadiusMetres;
    }

    public int getPauseMinutes() {
        return pauseMinutes;
    }

    public void setPauseMinutes(int pauseMinutes) {
        this.pauseMinutes = pauseMinutes;
    }
}
