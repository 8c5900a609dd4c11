package io.quartier.delivery.domain.model.position;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One kept point of a courier's trail, with the job it was on (if any), for disputes. */
@Entity
@Table(name = "courier_trail")
public class TrailPoint {

    @Id
    @SequenceGenerator(name = "courier_trail_seq", sequenceName = "courier_trail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "courier_trail_seq")
    private Long id;

    @Column(name = "courier_id", nullable = false)
    private long courierId;

    @Column(name = "job_id")
    private Long jobId;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TrailPoint() {
    }

    public TrailPoint(long courierId, Long jobId, PositionReport report) {
        this.courierId = courierId;
        this.jobId = jobId;
        this.latitude = report.latitude();
        this.longitude = report.longitude();
        this.recordedAt = report.at();
    }

    public long getCourierId() {
        return courierId;
    }

    public Long getJobId() {
        return jobId;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
