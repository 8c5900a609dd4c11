package io.quartier.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The platform's mail caught for the demo, when no SMTP server is configured ({@code IDENTITY_MAIL_SMTP_HOST}): identity
 * sends its mail (address confirmations, password resets) over SMTP to this server (GreenMail, in the launcher's JVM,
 * on a free local port), which keeps each mail in the data folder ({@code mail/<n>.eml}) and prints whom it is for, its
 * subject and its links, so that a new customer of the demo can confirm their address. Nothing leaves the machine.
 */
final class DemoMailbox implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    /** GreenMail says at INFO every address it makes a box for: not the launcher's business to print. */
    private static final Logger GREENMAIL = Logger.getLogger("com.icegreen.greenmail");

    private final GreenMail server;
    private final int port;
    private final Path folder;
    private final Consumer<String> out;
    private final ScheduledExecutorService poller;
    private int shown;
    /** How many mails earlier runs kept in the folder: this run's are numbered after them, never over them. */
    private final int kept;

    private DemoMailbox(Path folder, Consumer<String> out) throws IOException {
        this.folder = Files.createDirectories(folder);
        try (var files = Files.list(this.folder)) {
            this.kept = (int) files.filter(f -> f.getFileName().toString().endsWith(".eml")).count();
        }
        this.out = out;
        this.port = freePort();
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "quartier-demo-mailbox");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the server and prints each mail it receives, within a second, on {@code out}. */
    static DemoMailbox start(Path folder, Consumer<String> out) throws IOException {
        GREENMAIL.setLevel(Level.WARNING);
        DemoMailbox mailbox = new DemoMailbox(folder, out);
        mailbox.server.start();
        mailbox.poller.scheduleWithFixedDelay(mailbox::showNew, 1, 1, TimeUnit.SECONDS);
        return mailbox;
    }

    int port() {
        return port;
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        poller.shutdownNow();
        server.stop();
    }

    private synchronized void showNew() {
        MimeMessage[] received = server.getReceivedMessages();
        for (; shown < received.length; shown++) {
            try {
                show(received[shown], shown + 1);
            } catch (IOException | MessagingException | RuntimeException unreadable) {
                out.accept("mail " + (shown + 1) + " could not be read: " + unreadable);
            }
        }
    }

    private void show(MimeMessage mail, int number) throws IOException, MessagingException {
        Path file = folder.resolve((kept + number) + ".eml");
        try (OutputStream written = Files.newOutputStream(file)) {
            mail.writeTo(written);
        }
        Address[] to = mail.getAllRecipients();
        String recipients = to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
        Object content = mail.getContent();
        List<String> links = content instanceof String text ? links(text) : List.of();
        out.accept("mail to " + recipients + ": " + mail.getSubject() + "  (" + file + ")"
                + links.stream().map(link -> "\n            " + link).collect(Collectors.joining()));
    }

    static List<String> links(String text) {
        Matcher found = LINK.matcher(text);
        return found.results().map(m -> m.group()).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
