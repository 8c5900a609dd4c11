package io.quartier.systemtests.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM, started by {@link Platform} before the platform, whose identity
 * sends its mails here; tests read them back as their recipients would.
 */
public final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    /** One mail as its recipient reads it. */
    public record Mail(String to, String subject, String body) {

        /** The token of the link in the mail. */
        public String token() {
            Matcher m = TOKEN.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no link with a token in " + this);
            }
            return m.group(1);
        }
    }

    private final GreenMail server;
    private final int port;

    Mailbox(int port) {
        this.port = port;
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    int port() {
        return port;
    }

    void stop() {
        server.stop();
    }

    /** Every mail received so far for the address, oldest first. */
    public List<Mail> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(Mailbox::read)
                .filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** Waits up to 30 s until the address has received {@code count} mails, and returns its last one. */
    public Mail waitFor(String address, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        List<Mail> mails = to(address);
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            TimeUnit.MILLISECONDS.sleep(250);
            mails = to(address);
        }
        if (mails.size() < count) {
            throw new AssertionError(address + " received " + mails.size() + " mails within 30 s, not " + count + ": " + mails);
        }
        return mails.get(count - 1);
    }

    /** Waits {@code quiet} and checks the address received no more than {@code count} mails. */
    public void assertNoMoreThan(String address, int count, Duration quiet) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(quiet.toMillis());
        List<Mail> mails = to(address);
        if (mails.size() > count) {
            throw new AssertionError(address + " received " + mails.size() + " mails, expected " + count + ": " + mails);
        }
    }

    private static Mail read(MimeMessage m) {
        try {
            return new Mail(m.getRecipients(Message.RecipientType.TO)[0].toString(), m.getSubject(),
                    m.getContent().toString());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
