package io.quartier.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * A tiny process that ends what the launcher started when the launcher dies without stopping it (kill -9, a
 * crash): the launcher writes the process ids it starts to the watchdog's standard input, one a line; when that
 * input ends (the operating system closes it with the launcher, however the launcher ends), the watchdog stops
 * them in reverse order (Payara before PostgreSQL), each with SIGTERM and, after a grace period, SIGKILL. A
 * launcher that stops normally ends its watchdog first.
 */
public final class Watchdog {

    static final long GRACE_SECONDS = 10;

    private Watchdog() {
    }

    public static void main(String[] args) throws IOException {
        Deque<Long> watched = new ArrayDeque<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    watched.push(Long.parseLong(line.trim()));
                }
            }
        }
        while (!watched.isEmpty()) {
            ProcessHandle.of(watched.pop()).ifPresent(Watchdog::end);
        }
    }

    private static void end(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
