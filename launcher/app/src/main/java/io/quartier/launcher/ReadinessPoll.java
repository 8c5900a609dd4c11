package io.quartier.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls an address until its answer is ready: a health address answers 200 with an UP status ({@link Answer#up()}),
 * a WAR's served file answers 200 ({@link Answer#served()}). Each attempt is a plain HTTP/1.0 request on a
 * connection of its own, closed after the answer, and bounded as a whole (connect, write, read): a server that
 * stalls or drops a connection costs one attempt, never the loop. (An HTTP client with pooled connections and
 * HTTP/2 upgrades hung on a request made while Payara was still deploying, and every later request timed out.)
 */
final class ReadinessPoll {

    /** What one attempt got. */
    record Answer(int status, String body) {

        boolean up() {
            return status == 200 && body.contains("\"UP\"") && !body.contains("\"DOWN\"");
        }

        boolean served() {
            return status == 200;
        }
    }

    private static final int MAX_ANSWER = 1 << 20;

    private final URI address;
    private final Duration attemptLimit;
    private final Duration pause;
    private final Predicate<Answer> ready;
    private String last = "no answer yet";

    ReadinessPoll(URI address, Duration attemptLimit, Duration pause) {
        this(address, attemptLimit, pause, Answer::up);
    }

    ReadinessPoll(URI address, Duration attemptLimit, Duration pause, Predicate<Answer> ready) {
        this.address = address;
        this.attemptLimit = attemptLimit;
        this.pause = pause;
        this.ready = ready;
    }

    /**
     * Polls until the address's answer is ready (empty result), {@code failure} names a reason to stop, or the deadline
     * passes; the reason is returned in the last two cases.
     */
    Optional<String> await(Instant deadline, Supplier<Optional<String>> failure) throws InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            Optional<String> failed = failure.get();
            if (failed.isPresent()) {
                return failed;
            }
            try {
                Answer answer = get(address, shorter(attemptLimit, Duration.between(Instant.now(), deadline)));
                if (ready.test(answer)) {
                    return Optional.empty();
                }
                last = answer.status() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString();
            }
            TimeUnit.MILLISECONDS.sleep(pause.toMillis());
        }
        return Optional.of("not ready: " + address + " answered " + last);
    }

    /** One GET on a fresh connection, all of it within {@code limit}. */
    static Answer get(URI uri, Duration limit) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), millisLeft(deadline));
            socket.setSoTimeout(millisLeft(deadline));
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: " + uri.getHost() + ":" + port
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                answer.write(buffer, 0, n);
                if (answer.size() > MAX_ANSWER) {
                    throw new IOException("answer larger than " + MAX_ANSWER + " bytes");
                }
                socket.setSoTimeout(millisLeft(deadline));
            }
            return parse(answer.toString(StandardCharsets.UTF_8));
        }
    }

    private static Answer parse(String http) throws IOException {
        int lineEnd = http.indexOf("\r\n");
        String[] statusLine = (lineEnd < 0 ? http : http.substring(0, lineEnd)).split(" ");
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: " + http.substring(0, Math.min(80, http.length())));
        }
        int bodyStart = http.indexOf("\r\n\r\n");
        try {
            return new Answer(Integer.parseInt(statusLine[1]), bodyStart < 0 ? "" : http.substring(bodyStart + 4));
        } catch (NumberFormatException e) {
            throw new IOException("bad HTTP status line: " + statusLine[1], e);
        }
    }

    private static int millisLeft(long deadline) throws SocketTimeoutException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new SocketTimeoutException("no whole answer within the attempt's time");
        }
        return (int) Math.min(left, Integer.MAX_VALUE);
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
