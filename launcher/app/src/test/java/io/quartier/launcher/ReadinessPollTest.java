package io.quartier.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadinessPollTest {

    private static final String UP = "{\"status\":\"UP\",\"checks\":[]}";

    private final List<Socket> held = new ArrayList<>();
    private ServerSocket server;

    @AfterEach
    void close() throws IOException {
        for (Socket s : held) {
            s.close();
        }
        server.close();
    }

    @Test
    void aServerThatStallsTheFirstConnectionsCostsAttemptsNotTheLoop() throws Exception {
        // The first two connections are accepted and never answered, as Payara did while still deploying.
        AtomicInteger connections = serve(n -> n <= 2 ? Behaviour.STALL : Behaviour.ANSWER_UP);
        ReadinessPoll poll = new ReadinessPoll(address(), Duration.ofMillis(300), Duration.ofMillis(50));

        Instant started = Instant.now();
        Optional<String> result = poll.await(started.plusSeconds(10), Optional::empty);

        assertEquals(Optional.empty(), result);
        assertEquals(3, connections.get(), "each attempt on a connection of its own");
        assertTrue(Duration.between(started, Instant.now()).toMillis() < 5_000);
    }

    @Test
    void aServerThatDropsConnectionsOrAnswersGarbageIsTriedAgain() throws Exception {
        AtomicInteger connections = serve(n -> switch (n) {
            case 1 -> Behaviour.DROP;
            case 2 -> Behaviour.GARBAGE;
            case 3 -> Behaviour.ANSWER_DOWN;
            default -> Behaviour.ANSWER_UP;
        });
        ReadinessPoll poll = new ReadinessPoll(address(), Duration.ofMillis(500), Duration.ofMillis(20));

        assertEquals(Optional.empty(), poll.await(Instant.now().plusSeconds(10), Optional::empty));
        assertEquals(4, connections.get());
    }

    @Test
    void aServerThatNeverAnswersEndsTheLoopAtItsDeadlineWithTheLastReason() throws Exception {
        serve(n -> Behaviour.STALL);
        ReadinessPoll poll = new ReadinessPoll(address(), Duration.ofSeconds(5), Duration.ofMillis(20));

        Instant started = Instant.now();
        Optional<String> result = poll.await(started.plusMillis(1_500), Optional::empty);

        long took = Duration.between(started, Instant.now()).toMillis();
        assertTrue(result.orElseThrow().contains("SocketTimeoutException"), result::toString);
        assertTrue(took < 3_000, "an attempt never outlives the deadline: " + took + " ms");
    }

    @Test
    void aFailureOfWhatIsStartingStopsTheWaitAtOnce() throws Exception {
        serve(n -> Behaviour.ANSWER_DOWN);
        ReadinessPoll poll = new ReadinessPoll(address(), Duration.ofMillis(500), Duration.ofMillis(20));
        AtomicInteger asked = new AtomicInteger();

        Optional<String> result = poll.await(Instant.now().plusSeconds(30),
                () -> asked.incrementAndGet() > 2 ? Optional.of("Payara stopped") : Optional.empty());

        assertEquals(Optional.of("Payara stopped"), result);
    }

    enum Behaviour { STALL, DROP, GARBAGE, ANSWER_DOWN, ANSWER_UP }

    interface Script {
        Behaviour connection(int n);
    }

    private AtomicInteger serve(Script script) throws IOException {
        server = new ServerSocket(0);
        AtomicInteger count = new AtomicInteger();
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Behaviour b = script.connection(count.incrementAndGet());
                    switch (b) {
                        case STALL -> held.add(s);
                        case DROP -> s.close();
                        case GARBAGE -> answer(s, "SSH-2.0-OpenSSH\r\n");
                        case ANSWER_DOWN -> answer(s, "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n\r\n"
                                + "{\"status\":\"DOWN\"}");
                        case ANSWER_UP -> answer(s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + UP);
                    }
                } catch (IOException e) {
                    return; // the server socket was closed by the test
                }
            }
        }, "readiness-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return count;
    }

    private static void answer(Socket s, String text) throws IOException {
        try (s) {
            s.getInputStream().read(new byte[4096]);
            OutputStream out = s.getOutputStream();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private URI address() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/health/ready");
    }
}
