package io.quartier.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole platform once per test JVM with the real launcher (Payara Micro, Artemis, the embedded
 * PostgreSQL or the one QUARTIER_DB_URL names) on free ports and a fresh data folder, its mail going to a
 * {@link Mailbox} in this JVM, and stops it when the JVM's
 * tests are done. Prints the start-to-ready time it measured. A test may kill one of its processes outright and
 * start it again on the same data ({@link #crashAndRestart}).
 * <p>
 * The optional recommendation module runs on a Payara Micro instance of its own (the launcher's {@code --attach}),
 * which the shop is told about ({@code --module-url}) but which is not running until a test starts it
 * ({@link #startModule}): tests see the core work without it, and a test can stop it, start it slow or switched
 * off, while the core keeps running.
 */
public final class Platform implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    /** How long payment keeps a hold whose order never appears, on the test platform (15 minutes by default). */
    public static final Duration RELEASE_UNCONFIRMED_AFTER = Duration.ofSeconds(20);

    /** How long a merchant has to accept a placed order, on the test platform (10 minutes by default). */
    public static final Duration ACCEPTANCE_DEADLINE = Duration.ofSeconds(60);

    /** Failed logins from one address before it is blocked, on the test platform (20 by default): every test logs in from loopback. */
    public static final String ADDRESS_FAILURES = "60";

    /** How long a checkout may stay pending before it is given up, on the test platform (2 minutes by default). */
    public static final Duration GIVE_UP_CHECKOUT_AFTER = Duration.ofSeconds(20);

    /** How long a courier has to answer an offer, on the test platform (30 seconds by default). */
    public static final Duration OFFER_TIMEOUT = Duration.ofSeconds(10);

    private static Platform running;

    /** What a test kills with SIGKILL. */
    public enum Crash {
        /** The Payara Micro JVM that runs every WAR; the launcher then stops the database and the broker. */
        PAYARA,
        /** The launcher JVM, with the broker inside it; its watchdog must stop Payara and PostgreSQL. */
        LAUNCHER
    }

    private Mailbox mailbox;
    private Process process;
    private Path data;
    private int httpPort;
    private int brokerPort;
    private int modulePort;
    private Process module;
    private int starts;
    private int moduleStarts;

    public static String baseUrl() {
        return "http://localhost:" + running.httpPort;
    }

    /** The running platform's data folder (its generated secrets, logs and databases). */
    public static Path dataDir() {
        return running.data;
    }

    /** The SMTP server that receives every mail the platform sends. */
    public static Mailbox mailbox() {
        return running.mailbox;
    }

    /** The optional module instance's base URL (where the shop asks it, whether or not it runs). */
    public static String moduleUrl() {
        return "http://localhost:" + running.modulePort;
    }

    /**
     * Starts the recommendation module on its own Payara Micro against this platform's database and broker, with
     * {@code environment} added (its MicroProfile Config, such as {@code RECOMMENDATION_ENABLED}), and waits until it
     * serves. It must not be running.
     */
    public static void startModule(Map<String, String> environment) throws IOException, InterruptedException {
        running.startModuleInstance(environment);
    }

    /** Stops the module's instance as Ctrl-C would (its launcher stops its Payara Micro); nothing when not running. */
    public static void stopModule() throws InterruptedException {
        running.stopModuleInstance();
    }

    public static String brokerUrl() {
        return "tcp://127.0.0.1:" + running.brokerPort;
    }

    /** Connections to the running platform's broker, with the account the launcher generated for it. */
    public static ActiveMQConnectionFactory broker() {
        try {
            return new ActiveMQConnectionFactory(brokerUrl(), "quartier",
                    Files.readString(running.data.resolve("broker.password")).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (Platform.class) {
            if (running == null) {
                Platform platform = new Platform();
                platform.start();
                running = platform;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Platform.class.getName(), platform);
            }
        }
    }

    private void start() throws IOException, InterruptedException {
        httpPort = freePort();
        brokerPort = freePort();
        modulePort = freePort();
        data = Path.of(System.getProperty("quartier.it.data", "target/it-data")).toAbsolutePath();
        deleteRecursively(data);
        Files.createDirectories(data);
        mailbox = new Mailbox(freePort());
        launch();
    }

    /**
     * Kills one of the platform's processes with SIGKILL, waits until nothing of the platform is left running
     * (failing when something outlives its launcher), then starts the platform again on the same data and ports.
     */
    public static void crashAndRestart(Crash what) throws IOException, InterruptedException {
        running.crash(what);
        running.launch();
    }

    private void crash(Crash what) throws InterruptedException {
        List<ProcessHandle> platform = process.descendants().toList();
        ProcessHandle payara = platform.stream()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains("-jar") && String.join(" ", a)
                        .contains("payara-micro.jar")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no Payara process under the launcher"));
        (what == Crash.PAYARA ? payara : process.toHandle()).destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the launcher did not end within 60 s after " + what + " was killed");
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (platform.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        List<String> left = platform.stream().filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().command().orElse("?")).toList();
        if (!left.isEmpty()) {
            platform.forEach(ProcessHandle::destroyForcibly);
            throw new IllegalStateException("still running 60 s after " + what + " was killed: " + left);
        }
    }

    private void launch() throws IOException, InterruptedException {
        starts++;
        Path out = data.resolve(starts == 1 ? "launcher.out" : "launcher-" + starts + ".out");
        Instant started = Instant.now();
        ProcessBuilder launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("quartier.launcher"),
                "--http-port", String.valueOf(httpPort), "--broker-port", String.valueOf(brokerPort),
                "--data", data.toString(), "--module-url", "recommendation=http://localhost:" + modulePort)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile());
        // Payment releases holds whose order never appeared after 15 minutes; the tests wait for 20 seconds.
        launcher.environment().put("PAYMENT_AUTHORIZATION_RELEASE_UNCONFIRMED_AFTER", RELEASE_UNCONFIRMED_AFTER.toString());
        launcher.environment().put("ORDERING_ACCEPTANCE_DEADLINE", ACCEPTANCE_DEADLINE.toString());
        launcher.environment().put("ORDERING_CHECKOUT_GIVE_UP_AFTER", GIVE_UP_CHECKOUT_AFTER.toString());
        launcher.environment().put("DELIVERY_OFFERS_TIMEOUT", OFFER_TIMEOUT.toString());
        launcher.environment().put("IDENTITY_LOGIN_ADDRESS_FAILURES", ADDRESS_FAILURES);
        launcher.environment().put("IDENTITY_MAIL_SMTP_HOST", "127.0.0.1");
        launcher.environment().put("IDENTITY_MAIL_SMTP_PORT", String.valueOf(mailbox.port()));
        launcher.environment().put("IDENTITY_MAIL_LINK_BASE", "http://localhost:" + httpPort);
        process = launcher.start();
        Instant deadline = started.plus(Duration.ofMinutes(8));
        while (Instant.now().isBefore(deadline)) {
            String printed = Files.readString(out);
            if (printed.contains("Quartier is ready")) {
                System.out.printf("platform ready in %d s on port %d (%s)%n",
                        Duration.between(started, Instant.now()).toSeconds(), httpPort,
                        System.getenv("QUARTIER_DB_URL") == null ? "embedded PostgreSQL" : "PostgreSQL of QUARTIER_DB_URL");
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the launcher stopped:\n" + printed + "\n" + tail(data.resolve("logs/payara.log")));
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the platform was not ready within 8 minutes:\n" + Files.readString(out)
                + "\n" + tail(data.resolve("logs/payara.log")));
    }

    private void startModuleInstance(Map<String, String> environment) throws IOException, InterruptedException {
        if (module != null && module.isAlive()) {
            throw new IllegalStateException("the module's instance is running already");
        }
        moduleStarts++;
        Path out = data.resolve("module-" + moduleStarts + ".out");
        Instant started = Instant.now();
        ProcessBuilder launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("quartier.launcher"), "--attach", "--wars", "recommendation",
                "--http-port", String.valueOf(modulePort), "--data", data.toString())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile());
        launcher.environment().put("QUARTIER_HEAP", "384m");
        launcher.environment().putAll(environment);
        module = launcher.start();
        Instant deadline = started.plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            String printed = Files.readString(out);
            if (printed.contains("Quartier modules are ready")) {
                System.out.printf("recommendation module ready on its own instance in %d s (%s)%n",
                        Duration.between(started, Instant.now()).toSeconds(), environment);
                return;
            }
            if (!module.isAlive()) {
                throw new IllegalStateException("the module's launcher stopped:\n" + printed + "\n"
                        + tail(data.resolve("logs/payara-" + modulePort + ".log")));
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        module.destroyForcibly();
        throw new IllegalStateException("the module was not ready within 4 minutes:\n" + Files.readString(out));
    }

    private void stopModuleInstance() throws InterruptedException {
        if (module == null || !module.isAlive()) {
            return;
        }
        Instant started = Instant.now();
        module.destroy();
        if (!module.waitFor(60, TimeUnit.SECONDS)) {
            module.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        System.out.printf("recommendation module stopped in %d ms%n", Duration.between(started, Instant.now()).toMillis());
    }

    @Override
    public void close() throws Exception {
        stopModuleInstance();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        mailbox.stop();
        running = null;
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no payara log)";
        }
        String all = Files.readString(log);
        return all.substring(Math.max(0, all.length() - 20_000));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
