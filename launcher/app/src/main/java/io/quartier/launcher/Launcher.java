package io.quartier.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts Quartier on its embedded default (H2 files, an Artemis broker in this JVM, one Payara Micro
 * process with the resource adapter and every WAR), waits until every readiness check is UP and prints
 * where to open it. Ctrl-C or SIGTERM stops Payara first, then the broker.
 *
 * <p>Options: {@code --http-port N} (8080), {@code --broker-port N} (61616), {@code --data DIR} (./data),
 * {@code --no-demo}, {@code --wars identity,catalog} (a subset of the WARs, in deployment order; default all). Environment: {@code QUARTIER_DB_URL}, {@code QUARTIER_DB_USER},
 * {@code QUARTIER_DB_PASSWORD} for PostgreSQL; {@code QUARTIER_BROKER=host:port} for a standalone broker;
 * {@code QUARTIER_HEAP} for Payara's heap.
 */
public final class Launcher {

    /** Context roots, in deployment order: identity first, since every service verifies its tokens. */
    static final List<String> SERVICES = List.of("identity", "catalog", "payment", "ordering", "delivery");
    static final List<String> WEBAPPS = List.of("shop", "backoffice");

    private final Settings settings;
    private EmbeddedBroker broker;
    private Process payara;

    Launcher(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args, System.getenv());
        Launcher launcher = new Launcher(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "quartier-shutdown"));
        int exit = launcher.run();
        System.exit(exit);
    }

    int run() throws Exception {
        Instant started = Instant.now();
        Files.createDirectories(settings.dataDir().resolve("logs"));
        if (settings.externalBroker() == null) {
            broker = new EmbeddedBroker(settings.dataDir().resolve("broker"), settings.brokerPort());
            broker.start();
            say("broker      tcp://127.0.0.1:" + settings.brokerPort() + " (embedded, data in "
                    + settings.dataDir().resolve("broker") + ")");
        } else {
            say("broker      tcp://" + settings.externalBroker() + " (standalone)");
        }
        Path log = settings.dataDir().resolve("logs/payara.log");
        payara = new ProcessBuilder(payaraCommand())
                .directory(settings.runtimeDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        say("payara      starting " + String.join(", ", settings.wars()) + "; log in " + log);
        if (!awaitReady(log)) {
            return 1;
        }
        if (broker != null) {
            awaitSubscriptions();
        }
        long seconds = Duration.between(started, Instant.now()).toSeconds();
        System.out.println(Banner.text(settings, seconds));
        return payara.waitFor();
    }

    List<String> payaraCommand() throws IOException {
        Path runtime = settings.runtimeDir();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + settings.heap());
        command.add("-Djava.net.preferIPv4Stack=true");
        // Instants go into TIMESTAMP columns through the JVM's zone: UTC keeps them UTC (DESIGN rule 5), and
        // keeps the two passes of an autumn hour apart.
        command.add("-Duser.timezone=UTC");
        settings.systemProperties(SERVICES).forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(runtime.resolve("payara-micro.jar").toString());
        command.add("--nocluster");
        command.add("--port");
        command.add(String.valueOf(settings.httpPort()));
        command.add("--addLibs");
        command.add(runtime.resolve("postgresql.jar").toString());
        command.add("--postbootcommandfile");
        command.add(writePostBootCommands().toString());
        command.add("--deploy");
        command.add(runtime.resolve("artemis-ra.rar").toString());
        for (String war : settings.wars()) {
            command.add("--deploy");
            command.add(runtime.resolve(war + ".war").toString());
        }
        return command;
    }

    private Path writePostBootCommands() throws IOException {
        String[] hostPort = settings.brokerAddress().split(":");
        Path file = settings.dataDir().resolve("post-boot.asadmin");
        Files.writeString(file, "create-resource-adapter-config --property ConnectionParameters=host\\="
                + hostPort[0] + ";port\\=" + hostPort[1] + " artemis-ra\n");
        return file;
    }

    private boolean awaitReady(Path log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create(settings.baseUrl() + "/health/ready");
        Instant deadline = Instant.now().plus(settings.startTimeout());
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!payara.isAlive()) {
                System.err.println("Payara Micro stopped during startup (exit " + payara.exitValue() + "); see " + log);
                return false;
            }
            if (deploymentFailed(log)) {
                System.err.println("a deployment failed; see " + log);
                return false;
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready)
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")
                        && deployedAll(response.body(), http)) {
                    return true;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        System.err.println("not ready within " + settings.startTimeout().toSeconds() + " s: " + last + "; see " + log);
        return false;
    }

    /**
     * Waits (at most 30 s) until the number of event subscriptions with a consumer has not changed for 3 s:
     * message-driven beans subscribe shortly after their WAR reports ready.
     */
    private void awaitSubscriptions() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        int last = -1;
        Instant stableSince = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            int now = broker.eventSubscriptionsWithConsumers();
            if (now != last) {
                last = now;
                stableSince = Instant.now();
            } else if (now > 0 && Duration.between(stableSince, Instant.now()).toSeconds() >= 3) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        System.err.println("event subscriptions still changing after 30 s (" + last + " with consumers)");
    }

    private static boolean deploymentFailed(Path log) {
        try {
            String printed = Files.readString(log);
            return printed.contains("Exception while deploying the app") || printed.contains("Exception while loading the app");
        } catch (IOException e) {
            return false;
        }
    }

    /** Readiness is UP while WARs are still deploying, so also look for each service's own checks. */
    private boolean deployedAll(String readiness, HttpClient http) throws InterruptedException {
        for (String service : SERVICES) {
            if (settings.wars().contains(service) && !readiness.contains("\"" + service + "-database\"")) {
                return false;
            }
        }
        for (String webapp : WEBAPPS) {
            if (!settings.wars().contains(webapp)) {
                continue;
            }
            try {
                String path = "/" + webapp + "/";
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(settings.baseUrl() + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() >= 400) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    void stop() {
        if (payara != null && payara.isAlive()) {
            say("stopping payara");
            payara.destroy();
            try {
                if (!payara.waitFor(20, TimeUnit.SECONDS)) {
                    payara.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                payara.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (broker != null) {
            say("stopping broker");
            broker.stop();
            broker = null;
        }
    }

    static void say(String line) {
        System.out.println("[quartier] " + line);
    }

    /** Everything the launcher is told, from its arguments and the environment. */
    record Settings(List<String> wars, int httpPort, int brokerPort, Path dataDir, Path runtimeDir, boolean demo, String heap,
                    String externalBroker, String dbUrl, String dbUser, String dbPassword, Duration startTimeout) {

        static Settings parse(String[] args, Map<String, String> env) throws IOException {
            int httpPort = Integer.parseInt(env.getOrDefault("QUARTIER_HTTP_PORT", "8080"));
            int brokerPort = 61616;
            Path data = Path.of(env.getOrDefault("QUARTIER_DATA", "data"));
            boolean demo = true;
            List<String> wars = new ArrayList<>(SERVICES);
            wars.addAll(WEBAPPS);
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--http-port" -> httpPort = Integer.parseInt(args[++i]);
                    case "--broker-port" -> brokerPort = Integer.parseInt(args[++i]);
                    case "--data" -> data = Path.of(args[++i]);
                    case "--no-demo" -> demo = false;
                    case "--wars" -> wars = List.of(args[++i].split(","));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; options: --http-port N, --broker-port N, --data DIR, --no-demo, --wars a,b (default: all)");
                }
            }
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().getPath());
            Path runtime = jar.getParent().resolve("runtime");
            if (!Files.isDirectory(runtime)) {
                throw new IllegalStateException("no runtime folder beside the launcher: " + runtime);
            }
            Files.createDirectories(data);
            return new Settings(wars, httpPort, brokerPort, data.toAbsolutePath().normalize(), runtime, demo,
                    env.getOrDefault("QUARTIER_HEAP", "1g"), env.get("QUARTIER_BROKER"),
                    env.get("QUARTIER_DB_URL"), env.getOrDefault("QUARTIER_DB_USER", "quartier"),
                    env.getOrDefault("QUARTIER_DB_PASSWORD", "quartier"),
                    Duration.ofSeconds(Long.parseLong(env.getOrDefault("QUARTIER_START_TIMEOUT", "420"))));
        }

        String brokerAddress() {
            return externalBroker != null ? externalBroker : "127.0.0.1:" + brokerPort;
        }

        String baseUrl() {
            return "http://localhost:" + httpPort;
        }

        boolean postgres() {
            return dbUrl != null && !dbUrl.isBlank();
        }

        /** MicroProfile Config values for Payara's JVM: data locations, databases, service URLs. */
        Map<String, String> systemProperties(List<String> modules) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("quartier.demo", String.valueOf(demo));
            p.put("quartier.base-url", baseUrl());
            p.put("identity.jwt.key-dir", dataDir.resolve("keys").toString());
            p.put("mp.jwt.verify.publickey.location", baseUrl() + "/identity/api/keys/jwt.pem");
            for (String module : modules) {
                if (postgres()) {
                    p.put(module + ".db.class", "org.postgresql.ds.PGSimpleDataSource");
                    p.put(module + ".db.url", dbUrl + (dbUrl.contains("?") ? "&" : "?") + "currentSchema=" + module);
                } else {
                    // A plain driver, not H2's XADataSource: like PostgreSQL's PGSimpleDataSource, the database then takes
                    // part as the last agent of the XA transaction and commits before the broker, so a consumer of an
                    // event never reads the state from before the change it announces.
                    p.put(module + ".db.class", "org.h2.Driver");
                    // H2 waits 1 s for a row lock by default: too short when many checkouts take the same stock.
                    p.put(module + ".db.url", "jdbc:h2:file:" + dataDir.resolve("db").resolve(module)
                            + ";LOCK_TIMEOUT=10000;INIT=CREATE SCHEMA IF NOT EXISTS \"" + module + "\"\\;SET SCHEMA \"" + module + "\"");
                }
                p.put(module + ".db.user", dbUser);
                p.put(module + ".db.password", dbPassword);
                p.put(module + "/mp-rest/url", baseUrl() + "/" + module + "/api");
            }
            return p;
        }
    }
}
