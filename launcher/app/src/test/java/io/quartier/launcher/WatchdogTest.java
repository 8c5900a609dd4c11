package io.quartier.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WatchdogTest {

    @Test
    void whenTheLauncherDiesEveryWatchedProcessIsStopped() throws Exception {
        Process first = new ProcessBuilder("sleep", "300").start();
        Process second = new ProcessBuilder("sleep", "300").start();
        Process watchdog = startWatchdog();
        OutputStream in = watchdog.getOutputStream();
        in.write((first.pid() + "\n" + second.pid() + "\n").getBytes(StandardCharsets.US_ASCII));
        in.flush();
        TimeUnit.MILLISECONDS.sleep(300);
        assertTrue(first.isAlive() && second.isAlive(), "watched processes run while the launcher lives");

        in.close(); // what the operating system does when the launcher is killed

        assertTrue(watchdog.waitFor(30, TimeUnit.SECONDS), "the watchdog ends once it has stopped them");
        assertTrue(first.waitFor(5, TimeUnit.SECONDS));
        assertTrue(second.waitFor(5, TimeUnit.SECONDS));
    }

    @Test
    void aWatchdogThatIsStoppedStopsNothing() throws Exception {
        Process watched = new ProcessBuilder("sleep", "300").start();
        Process watchdog = startWatchdog();
        watchdog.getOutputStream().write((watched.pid() + "\n").getBytes(StandardCharsets.US_ASCII));
        watchdog.getOutputStream().flush();

        watchdog.destroy(); // what a launcher that stops normally does first
        watchdog.waitFor(30, TimeUnit.SECONDS);
        TimeUnit.MILLISECONDS.sleep(300);

        assertTrue(watched.isAlive());
        watched.destroyForcibly();
    }

    private static Process startWatchdog() throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Watchdog.class.getName())
                .redirectErrorStream(true).start();
    }
}
