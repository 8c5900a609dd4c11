package io.quartier.delivery.domain.model.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The photo a courier took of an order left at the door when the customer was not there: the proof of that
 * delivery, shown to the customer and to support. Mapped by the job's id, so reading a job never reads the image.
 */
@Entity
@Table(name = "delivery_photo")
public class DeliveryPhoto {

    @Id
    @Column(name = "job_id")
    private Long jobId;

    @Column(name = "media_type", nullable = false, length = 20)
    private String mediaType;

    @Column(nullable = false)
    private byte[] image;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected DeliveryPhoto() {
    }

    public DeliveryPhoto(long jobId, PhotoFormat format, byte[] image, Instant takenAt) {
        this.jobId = jobId;
        this.mediaType = format.mediaType();
        this.image = image.clone();
        this.takenAt = takenAt;
    }

    public long getJobId() {
        return jobId;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getImage() {
        return image.clone();
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
