package io.quartier.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's mail catcher takes a mail over SMTP as identity sends it, keeps it and prints its links. */
class DemoMailboxTest {

    @TempDir
    Path data;

    @Test
    void aMailSentOverSmtpIsKeptAndItsRecipientSubjectAndLinkArePrinted() throws Exception {
        List<String> printed = new CopyOnWriteArrayList<>();
        String link = "http://localhost:8080/shop/verify.xhtml?token=Zm9vYmFy-x_y";
        try (DemoMailbox mailbox = DemoMailbox.start(data.resolve("mail"), printed::add)) {
            Properties smtp = new Properties();
            smtp.put("mail.smtp.host", "127.0.0.1");
            smtp.put("mail.smtp.port", String.valueOf(mailbox.port()));
            MimeMessage mail = new MimeMessage(Session.getInstance(smtp));
            mail.setFrom(new InternetAddress("Quartier <no-reply@quartier.localhost>"));
            mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse("erika@example.org"));
            mail.setSubject("Bestätigen Sie Ihr Quartier-Konto", "UTF-8");
            mail.setText("Guten Tag,\n\nbitte bestätigen Sie Ihre Adresse: " + link + "\n\nIhr Quartier", "UTF-8");
            Transport.send(mail);

            for (int waited = 0; printed.isEmpty() && waited < 100; waited++) {
                Thread.sleep(100);
            }
        }
        assertEquals(1, printed.size(), printed::toString);
        String line = printed.get(0);
        assertTrue(line.startsWith("mail to erika@example.org: Bestätigen Sie Ihr Quartier-Konto"), line);
        assertTrue(line.lines().anyMatch(l -> l.strip().equals(link)), "the whole link, decoded: " + line);
        Path kept = data.resolve("mail").resolve("1.eml");
        assertTrue(Files.exists(kept));
        assertTrue(Files.readString(kept, StandardCharsets.UTF_8).contains("erika@example.org"));
    }

    @Test
    void theLauncherCatchesMailOnlyWhenItStartsThePlatformAndNoSmtpServerIsConfigured() {
        assertTrue(Launcher.catchesMail(false, Map.of()));
        assertTrue(Launcher.catchesMail(false, Map.of("IDENTITY_MAIL_SMTP_HOST", " ")));
        assertFalse(Launcher.catchesMail(false, Map.of("IDENTITY_MAIL_SMTP_HOST", "smtp.example.org")));
        assertFalse(Launcher.catchesMail(true, Map.of()), "an attached instance sends through the platform's settings");
    }

    @Test
    void mailedLinksPointAtThePlatformsOwnAddressUnlessAPublicOneIsConfigured() {
        assertEquals(Optional.of("http://localhost:28080"), Launcher.mailLinkBase(Map.of(), "http://localhost:28080"));
        assertEquals(Optional.empty(), Launcher.mailLinkBase(Map.of("IDENTITY_MAIL_LINK_BASE", "https://shop.example.org"),
                "http://localhost:28080"), "the configured one is left to MicroProfile Config");
    }

    @Test
    void linksAreFoundWholeInAText() {
        assertEquals(List.of("https://a.example/x?t=1", "http://b.example/"),
                DemoMailbox.links("see https://a.example/x?t=1 and\nhttp://b.example/ now"));
    }
}
