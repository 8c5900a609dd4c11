package io.quartier.systemtests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay in the test JVM between a browser and the platform, which a test can cut: the browser, its pages and its
 * service worker alike, then find no server at all, as on a phone that lost its network. (Chromium's own offline
 * emulation spares a service worker's requests.)
 */
public final class Relay implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private Relay(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "relay-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A relay to the running platform's HTTP port. */
    public static Relay toPlatform() {
        try {
            return new Relay(java.net.URI.create(Platform.baseUrl()).getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The platform's address through this relay. */
    public String baseUrl() {
        return "http://localhost:" + listener.getLocalPort();
    }

    /** The network is gone: every open connection drops, and no new one is answered. */
    public void cut() {
        close();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open.forEach(Relay::quietlyClose);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket browser = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(browser);
                open.add(server);
                pump(browser, server);
                pump(server, browser);
            } catch (IOException closed) {
                return; // cut
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException dropped) {
                // one side closed: the other goes too, below
            } finally {
                quietlyClose(from);
                quietlyClose(to);
                open.remove(from);
                open.remove(to);
            }
        }, "relay-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void quietlyClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // closing a socket that failed: nothing is left to release
        }
    }
}
