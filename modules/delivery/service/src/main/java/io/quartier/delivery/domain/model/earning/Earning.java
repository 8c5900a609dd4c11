package io.quartier.delivery.domain.model.earning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What one job pays its courier, part by part, in minor units of {@code currency}. */
@Embeddable
public class Earning {

    @Column(name = "earning_currency", length = 3)
    private String currency;

    @Column(name = "earning_base")
    private long baseMinor;

    @Column(name = "earning_distance")
    private long distanceMinor;

    @Column(name = "earning_peak")
    private long peakMinor;

    @Column(name = "earning_tip")
    private long tipMinor;

    @Column(name = "earning_waiting")
    private long waitingMinor;

    @Column(name = "distance_meters")
    private long distanceMeters;

    @Column(name = "waiting_minutes")
    private long waitingMinutes;

    protected Earning() {
    }

    public Earning(String currency, long baseMinor, long distanceMinor, long peakMinor, long tipMinor,
                   long distanceMeters) {
        this.currency = currency;
        this.baseMinor = baseMinor;
        this.distanceMinor = distanceMinor;
        this.peakMinor = peakMinor;
        this.tipMinor = tipMinor;
        this.distanceMeters = distanceMeters;
    }

    /** Adds the minutes waited at the store, at the given rate; set once, at pickup. */
    public void waited(long minutes, long perMinuteMinor) {
        this.waitingMinutes = minutes;
        this.waitingMinor = minutes * perMinuteMinor;
    }

    public long total() {
        return baseMinor + distanceMinor + peakMinor + tipMinor + waitingMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public long getBaseMinor() {
        return baseMinor;
    }

    public long getDistanceMinor() {
        return distanceMinor;
    }

    public long getPeakMinor() {
        return peakMinor;
    }

    public long getTipMinor() {
        return tipMinor;
    }

    public long getWaitingMinor() {
        return waitingMinor;
    }

    public long getDistanceMeters() {
        return distanceMeters;
    }

    public long getWaitingMinutes() {
        return waitingMinutes;
    }
}
