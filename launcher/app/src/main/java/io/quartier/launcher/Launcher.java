package io.quartier.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Starts Quartier on its embedded default (a PostgreSQL server from the data folder, an Artemis broker in this
 * JVM, one Payara Micro process with the resource adapter and every WAR), waits until Payara's readiness is UP
 * (which includes every WAR serving) and prints where to open it. Ctrl-C or SIGTERM stops Payara first, then
 * PostgreSQL and the broker; a watchdog process stops Payara and PostgreSQL if this JVM is killed outright.
 *
 * <p>Options: {@code --http-port N} (8080), {@code --broker-port N} (61616), {@code --db-port N} (any free port),
 * {@code --data DIR} (./data), {@code --no-demo}, {@code --wars identity,catalog} (a subset of the WARs, in
 * deployment order; default all), {@code --without recommendation} (all but these), {@code --module-url
 * recommendation=http://host:8081} (an optional module served by another instance: not deployed here, and the
 * webapps ask that address), {@code --attach} (start only Payara Micro with the given WARs, against the database and
 * broker of the platform already running from the same data folder: an optional module on an instance of its own).
 * Environment: {@code QUARTIER_DB_URL}, {@code QUARTIER_DB_USER},
 * {@code QUARTIER_DB_PASSWORD} for a PostgreSQL server of your own; {@code QUARTIER_BROKER=host:port} for a
 * standalone broker, with {@code QUARTIER_BROKER_USER} and {@code QUARTIER_BROKER_PASSWORD} when it asks for a login
 * (the embedded broker always does: its password is generated into the data folder); {@code QUARTIER_HEAP} for
 * Payara's heap.
 */
public final class Launcher {

    /** Context roots, in deployment order: identity first, since every service verifies its tokens. */
    static final List<String> SERVICES = List.of("identity", "catalog", "payment", "promotion", "ordering", "delivery");
    /** Optional modules: deployed by default after the core, each may be left out or run on an instance of its own. */
    static final List<String> OPTIONAL_MODULES = List.of("recommendation");
    static final List<String> WEBAPPS = List.of("shop", "backoffice");
    /** Where the running platform's database and broker are, in the data folder (for {@code --attach}). */
    static final String PLATFORM_FILE = "platform.properties";
    /** The embedded broker's one account. */
    static final String BROKER_USER = "quartier";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Settings settings;
    private Process watchdog;
    private EmbeddedDatabase database;
    private EmbeddedBroker broker;
    private DemoMailbox mailbox;
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
        Path logs = Files.createDirectories(settings.dataDir().resolve("logs"));
        watchdog = startWatchdog();
        if (settings.postgres()) {
            say("database    " + settings.dbUrl() + " (PostgreSQL of your own)");
        } else {
            database = EmbeddedDatabase.start(settings.runtimeDir().resolve("postgresql"),
                    settings.dataDir().resolve("postgres"), logs.resolve("postgres.log"), settings.dbPort());
            watch(database.pid());
            say("database    " + database.url() + " (embedded PostgreSQL, data in " + settings.dataDir().resolve("postgres") + ")");
        }
        if (settings.externalBroker() == null) {
            broker = new EmbeddedBroker(settings.dataDir().resolve("broker"), settings.brokerPort(), BROKER_USER,
                    brokerPassword());
            broker.start();
            say("broker      tcp://127.0.0.1:" + settings.brokerPort() + " (embedded, data in "
                    + settings.dataDir().resolve("broker") + ")");
        } else {
            say("broker      tcp://" + settings.externalBroker() + " (standalone)");
        }
        if (!settings.attach()) {
            writePlatformFile();
        }
        if (catchesMail(settings.attach(), System.getenv())) {
            mailbox = DemoMailbox.start(settings.dataDir().resolve("mail"), Launcher::say);
            say("mail        caught for the demo on smtp://127.0.0.1:" + mailbox.port() + ": each mail's links are"
                    + " printed here, the mails kept in " + mailbox.folder() + " (IDENTITY_MAIL_SMTP_HOST sends real mail)");
        }
        Path log = logs.resolve(settings.attach() ? "payara-" + settings.httpPort() + ".log" : "payara.log");
        if (settings.attach()) {
            // One log per start of an attached instance: an earlier start's failure must not read as this one's.
            Files.deleteIfExists(log);
        }
        ProcessBuilder payaraProcess = new ProcessBuilder(payaraCommand())
                .directory(settings.runtimeDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Secrets go through the environment, which other users cannot read (a command line they can).
        payaraProcess.environment().putAll(databaseEnvironment());
        payaraProcess.environment().putAll(serviceSecrets());
        payaraProcess.environment().putAll(brokerAccount());
        payara = payaraProcess.start();
        watch(payara.pid());
        say("payara      starting " + String.join(", ", settings.wars()) + "; log in " + log);
        Optional<String> notReady = awaitServed(started.plus(settings.startTimeout()), log);
        if (notReady.isPresent()) {
            System.err.println(notReady.get() + " (after " + Duration.between(started, Instant.now()).toSeconds()
                    + " s); see " + log);
            return 1;
        }
        if (broker != null) {
            awaitSubscriptions();
        }
        long seconds = Duration.between(started, Instant.now()).toSeconds();
        System.out.println(settings.attach() ? "\nQuartier modules are ready (" + seconds + " s): "
                + String.join(", ", settings.wars()) + " at " + settings.baseUrl() + ", with the platform at "
                + settings.coreUrl() + ".\nPress Ctrl-C to stop them.\n" : Banner.text(settings, seconds, database, mailbox));
        return payara.waitFor();
    }

    List<String> payaraCommand() throws IOException {
        Path runtime = settings.runtimeDir();
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.add("-Xmx" + settings.heap());
        command.add("-Djava.net.preferIPv4Stack=true");
        // Instants go into TIMESTAMP columns through the JVM's zone: UTC keeps them UTC (DESIGN rule 5), and
        // keeps the two passes of an autumn hour apart.
        command.add("-Duser.timezone=UTC");
        settings.systemProperties(schemaOwners()).forEach((k, v) -> command.add("-D" + k + "=" + v));
        if (mailbox != null) {
            command.add("-Didentity.mail.smtp.host=127.0.0.1");
            command.add("-Didentity.mail.smtp.port=" + mailbox.port());
        }
        mailLinkBase(System.getenv(), settings.baseUrl()).ifPresent(base -> command.add("-Didentity.mail.link-base=" + base));
        command.add("-jar");
        command.add(runtime.resolve("payara-micro.jar").toString());
        command.add("--nocluster");
        command.add("--port");
        command.add(String.valueOf(settings.httpPort()));
        command.add("--addLibs");
        command.add(runtime.resolve("postgresql.jar").toString());
        command.add("--prebootcommandfile");
        command.add(writePreBootCommands().toString());
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

    /** Each service's database, user and password, as MicroProfile Config reads them from the environment. */
    Map<String, String> databaseEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        String url = settings.postgres() ? settings.dbUrl() : database.url();
        String user = settings.postgres() ? settings.dbUser() : EmbeddedDatabase.USER;
        String password = settings.postgres() ? settings.dbPassword() : database.password();
        for (String module : schemaOwners()) {
            String prefix = module.toUpperCase() + "_DB_";
            env.put(prefix + "CLASS", "org.postgresql.ds.PGSimpleDataSource");
            env.put(prefix + "URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + module);
            env.put(prefix + "USER", user);
            env.put(prefix + "PASSWORD", password);
        }
        return env;
    }

    /** The core services and the optional modules: each owns a schema and has a REST address. */
    static List<String> schemaOwners() {
        List<String> owners = new ArrayList<>(SERVICES);
        owners.addAll(OPTIONAL_MODULES);
        return owners;
    }

    /**
     * Where this platform's database and broker are, with their accounts, for an instance started later with
     * {@code --attach} on the same data folder. Readable by its owner only: it holds passwords.
     */
    private void writePlatformFile() throws IOException {
        Properties platform = new Properties();
        platform.setProperty("db.url", settings.postgres() ? settings.dbUrl() : database.url());
        platform.setProperty("db.user", settings.postgres() ? settings.dbUser() : EmbeddedDatabase.USER);
        platform.setProperty("db.password", settings.postgres() ? settings.dbPassword() : database.password());
        platform.setProperty("broker", settings.brokerAddress());
        Map<String, String> account = brokerAccount();
        platform.setProperty("broker.user", account.get("QUARTIER_BROKER_USER"));
        platform.setProperty("broker.password", account.get("QUARTIER_BROKER_PASSWORD"));
        platform.setProperty("core-url", settings.baseUrl());
        Path file = settings.dataDir().resolve(PLATFORM_FILE);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (var out = Files.newOutputStream(file)) {
            platform.store(out, "the running platform's database and broker, for launcher --attach");
        }
    }

    /**
     * Each service's secret, with which it obtains its own SERVICE token from identity: generated at the first start,
     * kept in the data folder (readable by its owner only), given to Payara through the environment.
     */
    Map<String, String> serviceSecrets() throws IOException {
        Path file = settings.dataDir().resolve("service-secrets.properties");
        Properties secrets = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newInputStream(file)) {
                secrets.load(in);
            }
        }
        boolean added = false;
        for (String service : SERVICES) {
            if (!secrets.containsKey(service)) {
                byte[] secret = new byte[32];
                RANDOM.nextBytes(secret);
                secrets.setProperty(service, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
                added = true;
            }
        }
        if (added) {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (var out = Files.newOutputStream(tmp)) {
                secrets.store(out, "each service's secret for its SERVICE token (quartier.service.<name>.secret)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (String service : SERVICES) {
            env.put("QUARTIER_SERVICE_" + service.toUpperCase() + "_SECRET", secrets.getProperty(service));
        }
        return env;
    }

    private Process startWatchdog() throws IOException {
        String jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        return new ProcessBuilder(javaCommand(), "-Xmx16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", jar, Watchdog.class.getName())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** Tells the watchdog to stop this process should the launcher die without stopping it. */
    private void watch(long pid) throws IOException {
        OutputStream out = watchdog.getOutputStream();
        out.write((pid + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The resource adapter's broker address and account (message-driven beans connect with it). The file holds the
     * broker's password, so only its owner may read it.
     */
    private Path writePostBootCommands() throws IOException {
        String[] hostPort = settings.brokerAddress().split(":");
        Map<String, String> broker = brokerAccount();
        String user = broker.get("QUARTIER_BROKER_USER");
        String account = user.isEmpty() ? "" : ":UserName=" + asadminValue(user)
                + ":Password=" + asadminValue(broker.get("QUARTIER_BROKER_PASSWORD"));
        Path file = settings.dataDir().resolve("post-boot.asadmin");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, "create-resource-adapter-config --property ConnectionParameters=host\\="
                + hostPort[0] + ";port\\=" + hostPort[1] + account + " artemis-ra\n");
        return file;
    }

    /**
     * The broker account for the connection factories' pools ({@code ${ENV=...}} in each service's resources); empty
     * for a standalone broker that asks for none.
     */
    private Map<String, String> brokerAccount() throws IOException {
        boolean embedded = settings.externalBroker() == null;
        String user = embedded ? BROKER_USER : settings.brokerUser();
        String password = embedded ? brokerPassword() : settings.brokerPassword();
        return Map.of("QUARTIER_BROKER_USER", user == null ? "" : user,
                "QUARTIER_BROKER_PASSWORD", password == null ? "" : password);
    }

    /** A value in an asadmin property list, where {@code :}, {@code =}, {@code ;} and {@code \\} separate or escape. */
    static String asadminValue(String value) {
        return value == null ? "" : value.replaceAll("([\\\\:=;])", "\\\\$1");
    }

    /** The embedded broker's password: generated at the first start into the data folder, readable by its owner only. */
    private String brokerPassword() throws IOException {
        Path file = settings.dataDir().resolve("broker.password");
        if (!Files.exists(file)) {
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            Path tmp = file.resolveSibling("broker.password.tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.readString(file).trim();
    }

    /**
     * Settings of the HTTP listener, applied before it starts: session cookies are not sent with cross-site posts
     * (SameSite=Lax). (Set after boot, they restarted the listener, which once stayed closed.)
     */
    private Path writePreBootCommands() throws IOException {
        String listener = "configs.config.server-config.network-config.protocols.protocol.http-listener.http.";
        Path file = settings.dataDir().resolve("pre-boot.asadmin");
        Files.writeString(file, "set " + listener + "cookie-same-site-value=Lax\n"
                + "set " + listener + "cookie-same-site-enabled=true\n");
        return file;
    }

    /**
     * Waits until Payara's readiness is UP (every WAR deployed, with its database and broker), then until each WAR
     * serves its static {@code quartier-served.txt}, asked from here, one at a time: a WAR's readiness check that
     * asked the other WARs over HTTP itself made health requests wait for HTTP threads of the same starting server.
     */
    private Optional<String> awaitServed(Instant deadline, Path log) throws InterruptedException {
        Optional<String> notReady = new ReadinessPoll(URI.create(settings.baseUrl() + "/health/ready"),
                Duration.ofSeconds(5), Duration.ofMillis(500)).await(deadline, () -> startupFailure(log));
        for (String war : settings.wars()) {
            if (notReady.isPresent()) {
                return notReady;
            }
            notReady = new ReadinessPoll(URI.create(settings.baseUrl() + "/" + war + "/quartier-served.txt"),
                    Duration.ofSeconds(5), Duration.ofMillis(200), ReadinessPoll.Answer::served)
                    .await(deadline, () -> startupFailure(log));
        }
        return notReady;
    }

    private Optional<String> startupFailure(Path log) {
        if (!payara.isAlive()) {
            return Optional.of("Payara Micro stopped during startup (exit " + payara.exitValue() + ")");
        }
        if (deploymentFailed(log)) {
            return Optional.of("a deployment failed");
        }
        return Optional.empty();
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

    /** Payara first (it still writes to the database and the broker), then PostgreSQL, then the broker. */
    void stop() {
        if (watchdog != null) {
            watchdog.destroy();
            watchdog = null;
        }
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
        if (database != null) {
            say("stopping database");
            database.stop();
            database = null;
        }
        if (broker != null) {
            say("stopping broker");
            broker.stop();
            broker = null;
        }
        if (mailbox != null) {
            mailbox.close();
            mailbox = null;
        }
    }

    /**
     * Where mailed links point: the platform's own address (its port), unless {@code IDENTITY_MAIL_LINK_BASE} names the
     * public one (behind a proxy, say).
     */
    static Optional<String> mailLinkBase(Map<String, String> env, String baseUrl) {
        String configured = env.get("IDENTITY_MAIL_LINK_BASE");
        return configured == null || configured.isBlank() ? Optional.of(baseUrl) : Optional.empty();
    }

    /**
     * Whether the launcher catches the platform's mail itself ({@link DemoMailbox}): when it starts the platform (not an
     * attached instance) and no SMTP server is configured.
     */
    static boolean catchesMail(boolean attached, Map<String, String> env) {
        String host = env.get("IDENTITY_MAIL_SMTP_HOST");
        return !attached && (host == null || host.isBlank());
    }

    static void say(String line) {
        System.out.println("[quartier] " + line);
    }

    /** Everything the launcher is told, from its arguments and the environment. */
    record Settings(List<String> wars, int httpPort, int brokerPort, int dbPort, Path dataDir, Path runtimeDir, boolean demo, String heap,
                    String externalBroker, String brokerUser, String brokerPassword, String dbUrl, String dbUser, String dbPassword, Duration startTimeout,
                    Map<String, String> moduleUrls, boolean attach, String coreUrl) {

        static Settings parse(String[] args, Map<String, String> env) throws IOException {
            int httpPort = Integer.parseInt(env.getOrDefault("QUARTIER_HTTP_PORT", "8080"));
            int brokerPort = 61616;
            int dbPort = 0;
            Path data = Path.of(env.getOrDefault("QUARTIER_DATA", "data"));
            boolean demo = true;
            List<String> wars = new ArrayList<>(schemaOwners());
            wars.addAll(WEBAPPS);
            List<String> without = new ArrayList<>();
            Map<String, String> moduleUrls = new LinkedHashMap<>();
            boolean attach = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--http-port" -> httpPort = Integer.parseInt(args[++i]);
                    case "--broker-port" -> brokerPort = Integer.parseInt(args[++i]);
                    case "--db-port" -> dbPort = Integer.parseInt(args[++i]);
                    case "--data" -> data = Path.of(args[++i]);
                    case "--no-demo" -> demo = false;
                    case "--wars" -> wars = List.of(args[++i].split(","));
                    case "--without" -> without.addAll(List.of(args[++i].split(",")));
                    case "--module-url" -> {
                        String[] module = args[++i].split("=", 2);
                        if (module.length != 2 || !OPTIONAL_MODULES.contains(module[0])) {
                            throw new IllegalArgumentException("--module-url takes <optional module>=<base URL>, one of "
                                    + OPTIONAL_MODULES);
                        }
                        moduleUrls.put(module[0], module[1].replaceAll("/+$", ""));
                        without.add(module[0]);
                    }
                    case "--attach" -> attach = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; options: --http-port N, --broker-port N, --db-port N, --data DIR, --no-demo, --wars a,b (default: all),"
                            + " --without a,b, --module-url name=URL, --attach");
                }
            }
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().getPath());
            Path runtime = jar.getParent().resolve("runtime");
            if (!Files.isDirectory(runtime)) {
                throw new IllegalStateException("no runtime folder beside the launcher: " + runtime);
            }
            Files.createDirectories(data);
            wars = wars.stream().filter(w -> !without.contains(w)).toList();
            Duration timeout = Duration.ofSeconds(Long.parseLong(env.getOrDefault("QUARTIER_START_TIMEOUT", "420")));
            if (attach) {
                return attached(wars, httpPort, data.toAbsolutePath().normalize(), runtime, demo,
                        env.getOrDefault("QUARTIER_HEAP", "512m"), timeout);
            }
            return new Settings(wars, httpPort, brokerPort, dbPort, data.toAbsolutePath().normalize(), runtime, demo,
                    env.getOrDefault("QUARTIER_HEAP", "1g"), env.get("QUARTIER_BROKER"),
                    env.get("QUARTIER_BROKER_USER"), env.get("QUARTIER_BROKER_PASSWORD"),
                    env.get("QUARTIER_DB_URL"), env.getOrDefault("QUARTIER_DB_USER", "quartier"),
                    env.getOrDefault("QUARTIER_DB_PASSWORD", "quartier"), timeout, Map.copyOf(moduleUrls), false,
                    "http://localhost:" + httpPort);
        }

        /**
         * An instance joining the platform that runs from the same data folder: its database and broker (as a
         * server of its own and a standalone broker, neither started here) and its address for tokens and services.
         */
        private static Settings attached(List<String> wars, int httpPort, Path data, Path runtime, boolean demo,
                                         String heap, Duration timeout) throws IOException {
            Path file = data.resolve(PLATFORM_FILE);
            if (!Files.exists(file)) {
                throw new IllegalStateException("--attach needs a platform running from " + data + " (no " + file + ")");
            }
            Properties platform = new Properties();
            try (var in = Files.newInputStream(file)) {
                platform.load(in);
            }
            return new Settings(wars, httpPort, 0, 0, data, runtime, demo, heap, platform.getProperty("broker"),
                    platform.getProperty("broker.user"), platform.getProperty("broker.password"),
                    platform.getProperty("db.url"), platform.getProperty("db.user"), platform.getProperty("db.password"),
                    timeout, Map.of(), true, platform.getProperty("core-url"));
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

        /**
         * MicroProfile Config values for Payara's JVM: data locations, service URLs, and the WARs it must serve before
         * it is ready. Database settings go through the environment ({@link Launcher#databaseEnvironment()}).
         */
        Map<String, String> systemProperties(List<String> modules) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("quartier.demo", String.valueOf(demo));
            p.put("quartier.base-url", baseUrl());
            p.put("quartier.platform.wars", String.join(",", wars));
            p.put("identity.jwt.key-dir", dataDir.resolve("keys").toString());
            p.put("mp.jwt.verify.publickey.location", coreUrl + "/identity/api/keys/jwt.pem");
            for (String module : modules) {
                String server = moduleUrls.getOrDefault(module, attach && wars.contains(module) ? baseUrl() : coreUrl);
                p.put(module + "/mp-rest/url", server + "/" + module + "/api");
            }
            return p;
        }
    }
}
