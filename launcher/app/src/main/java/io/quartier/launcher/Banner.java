package io.quartier.launcher;

/** What the launcher prints once everything is ready: where to go and who to log in as. */
final class Banner {

    private Banner() {
    }

    static String text(Launcher.Settings s, long seconds, EmbeddedDatabase database, DemoMailbox mailbox) {
        String base = s.baseUrl();
        return """

                Quartier is ready (%d s).
                  Shop and courier app   %s/shop/
                  Merchant portal        %s/backoffice/merchant/orders.xhtml
                  Admin console          %s/backoffice/admin/index.xhtml
                  API docs               %s/backoffice/api-docs.xhtml   (OpenAPI document: %s/openapi)
                  Health                 %s/health/ready   Metrics: %s/metrics
                  Data                   %s  (%s)%s

                Demo logins, password demo1234 for all:
                  customers   alice (Paris, fr), ben (London, en), amina (Casablanca, ar)
                  merchants   marcel (Chez Marcel, restaurant), camden (Camden Greens, grocery),
                              fromagerie (Fromagerie Dupont, specialty shop), dartajine (Dar Tajine, restaurant)
                  couriers    carlos, dora (approved), emil (waiting for approval)
                  staff       admin (ADMIN), support (SUPPORT)

                Press Ctrl-C to stop.
                """.formatted(seconds, base, base, base, base, base, base, base, s.dataDir(),
                database == null ? "PostgreSQL " + s.dbUrl()
                        : "embedded PostgreSQL " + database.url() + ", user " + EmbeddedDatabase.USER + ", password in "
                        + s.dataDir().resolve("postgres.password"),
                mailbox == null ? "" : "\n  Mail                   caught here: a new account's confirmation link is printed"
                        + " below when it is sent (mails in " + mailbox.folder() + ")");
    }
}
