package io.quartier.identity.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A mail written in the transaction that decided it (the outbox): it exists only if that transaction committed, and
 * is sent afterwards, again and again with growing pauses while the mail server refuses it.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Taken by the server. The body is dropped: it may hold a link's secret, which the database need not keep. */
    public void sent(Instant now) {
        attempts++;
        sentAt = now;
        body = "";
    }

    /** The server refused it: 10 s before the next try, twice as long after each further failure, at most an hour. */
    public void failed(Instant now) {
        attempts++;
        Duration pause = Duration.ofSeconds(10).multipliedBy(1L << Math.min(attempts - 1, 12));
        nextAttemptAt = now.plus(pause.compareTo(LONGEST_PAUSE) < 0 ? pause : LONGEST_PAUSE);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public boolean isSent() {
        return sentAt != null;
    }
}
