package io.quartier.identity.application;

import io.quartier.identity.application.Mailer.Mail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailOutboxTest {

    private final Fakes.Outbox stored = new Fakes.Outbox();
    private final Fakes.MovableClock clock = new Fakes.MovableClock();
    private final List<Mail> delivered = new ArrayList<>();
    private boolean serverDown;
    private final MailOutbox outbox = Fakes.outbox(stored, clock);

    MailOutboxTest() {
        outbox.mailer = mail -> {
            if (serverDown) {
                throw new IllegalStateException("connection refused");
            }
            delivered.add(mail);
        };
    }

    @Test
    void aQueuedMailIsSentOnce() {
        Mail mail = new Mail("alice@example.org", "Hello", "Body");
        outbox.queue(mail);

        assertTrue(outbox.sendNext());
        assertFalse(outbox.sendNext(), "nothing left");
        assertEquals(List.of(mail), delivered);
        assertEquals("", stored.mails.get(0).getBody(), "a sent mail's secrets are not kept");
    }

    @Test
    void aRefusedMailIsTriedAgainLaterWithGrowingPauses() {
        outbox.queue(new Mail("alice@example.org", "Hello", "Body"));
        serverDown = true;

        assertFalse(outbox.sendNext());
        assertEquals(clock.now.plusSeconds(10), stored.mails.get(0).getNextAttemptAt());
        clock.now = clock.now.plusSeconds(10);
        assertFalse(outbox.sendNext());
        assertEquals(clock.now.plusSeconds(20), stored.mails.get(0).getNextAttemptAt(), "twice as long");

        serverDown = false;
        assertFalse(outbox.sendNext(), "not due yet");
        clock.now = clock.now.plus(Duration.ofSeconds(20));
        assertTrue(outbox.sendNext());
        assertEquals(1, delivered.size());
    }

    @Test
    void thePauseNeverExceedsAnHour() {
        outbox.queue(new Mail("alice@example.org", "Hello", "Body"));
        serverDown = true;
        for (int i = 0; i < 30; i++) {
            clock.now = stored.mails.get(0).getNextAttemptAt();
            outbox.sendNext();
        }
        assertEquals(clock.now.plus(Duration.ofHours(1)), stored.mails.get(0).getNextAttemptAt());
    }
}
