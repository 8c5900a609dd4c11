package io.quartier.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server of the embedded default: the same database as production, so nothing acknowledged is
 * lost when a process is killed. The binaries come from a jar on Maven Central (no install beyond a JDK) and
 * are unpacked once; the cluster lives in the data folder and is kept across starts. The server is a child of
 * the launcher, stopped after Payara; it listens on loopback only and asks for a password that is generated
 * at the first start and kept in the data folder, readable by its owner only.
 */
final class EmbeddedDatabase {

    static final String USER = "quartier";
    static final String DATABASE = "quartier";
    private static final String BINARIES = "/postgres-linux-x86_64.txz";

    private final Path dataDir;
    private final Path log;
    private final int port;
    private final String password;
    private Process server;

    private EmbeddedDatabase(Path dataDir, Path log, int port, String password) {
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
        this.password = password;
    }

    /**
     * Unpacks the binaries into {@code binariesDir} (once), creates the cluster in {@code dataDir} on the first
     * start, starts the server on {@code port} (a free one when 0) and waits until it takes connections.
     */
    static EmbeddedDatabase start(Path binariesDir, Path dataDir, Path log, int port) throws IOException, InterruptedException {
        Path home = unpack(binariesDir);
        Path passwordFile = dataDir.resolveSibling(dataDir.getFileName() + ".password");
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            Files.createDirectories(dataDir.getParent());
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            Files.writeString(passwordFile, generated);
            restrictToOwner(passwordFile);
            run(log, asServerUser(home.resolve("bin/initdb"), "-D", dataDir.toString(), "-U", USER, "--pwfile=" + passwordFile,
                    "--auth=scram-sha-256", "-E", "UTF-8", "--no-locale"));
        }
        stopStale(dataDir);
        EmbeddedDatabase db = new EmbeddedDatabase(dataDir, log, port == 0 ? freePort() : port,
                Files.readString(passwordFile).trim());
        db.server = new ProcessBuilder(asServerUser(home.resolve("bin/postgres"), "-D", dataDir.toString(),
                "-p", String.valueOf(db.port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "max_connections=300", "-c", "timezone=UTC",
                // the defaults, said aloud: a commit is acknowledged only once it is on disk
                "-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "full_page_writes=on"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        db.awaitConnections(Duration.ofSeconds(60));
        db.createDatabase();
        return db;
    }

    int port() {
        return port;
    }

    long pid() {
        return server.pid();
    }

    String password() {
        return password;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** A fast shutdown: open sessions are ended, committed work is kept (it is already on disk). */
    void stop() {
        if (server == null || !server.isAlive()) {
            return;
        }
        server.toHandle().destroy(); // SIGTERM, "smart": no client is left once Payara has stopped
        try {
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitConnections(Duration limit) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(limit);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IOException("PostgreSQL stopped during startup (exit " + server.exitValue() + "); see " + log);
            }
            try (Connection c = connect("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IOException("PostgreSQL did not take connections within " + limit.toSeconds() + " s; see " + log, last);
    }

    private void createDatabase() throws IOException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            var exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
            }
        } catch (SQLException e) {
            throw new IOException("could not create the database " + DATABASE, e);
        }
    }

    private Connection connect(String database) throws SQLException {
        DriverManager.setLoginTimeout(2);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, USER, password);
    }

    /** A server left by a launcher that was killed outright (its postmaster.pid names a live process) is stopped. */
    private static void stopStale(Path dataDir) throws IOException, InterruptedException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        var stale = ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (stale.isPresent()) {
            Launcher.say("stopping a PostgreSQL server left running (pid " + pid + ")");
            stale.get().destroy();
            try {
                stale.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                stale.get().destroyForcibly();
            }
        }
    }

    private static Path unpack(Path binariesDir) throws IOException {
        Path done = binariesDir.resolve(".unpacked");
        if (Files.exists(done)) {
            return binariesDir;
        }
        Files.createDirectories(binariesDir);
        try (InputStream packed = EmbeddedDatabase.class.getResourceAsStream(BINARIES)) {
            if (packed == null) {
                throw new IOException("no PostgreSQL binaries for this system on the class path (" + BINARIES
                        + "); set QUARTIER_DB_URL to use a PostgreSQL server instead");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(packed))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = binariesDir.resolve(entry.getName()).normalize();
                    if (!target.startsWith(binariesDir)) {
                        throw new IOException("unexpected entry in the PostgreSQL archive: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.deleteIfExists(target);
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                        if ((entry.getMode() & 0100) != 0) {
                            target.toFile().setExecutable(true, false);
                        }
                    }
                }
            }
        }
        Files.createFile(done);
        return binariesDir;
    }

    /**
     * PostgreSQL refuses to run as root. As root (CI, containers), the command runs in a user namespace of its own
     * ({@code unshare -U}), where it is an unprivileged user; the files it writes still belong to root outside.
     */
    private static List<String> asServerUser(Path program, String... args) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(program.toString());
        command.addAll(List.of(args));
        return command;
    }

    private static void run(Path log, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed; see " + log);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
