package io.quartier.kernel.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ClockJobsTest {

    private final Logger log = Logger.getAnonymousLogger();
    private final List<String> logged = new ArrayList<>();

    ClockJobsTest() {
        log.setUseParentHandlers(false);
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Test
    void aFailingJobIsLoggedAndDoesNotStopTheNext() {
        List<String> ran = new ArrayList<>();

        ClockJobs.run(log, "things broken", () -> {
            throw new IllegalStateException("database gone");
        });
        ClockJobs.run(log, "things done", () -> {
            ran.add("next");
            return 2;
        });

        assertEquals(List.of("next"), ran);
        assertEquals(List.of("WARNING clock job failed (things broken); tried again at the next tick", "INFO 2 things done"),
                logged);
    }

    @Test
    void aJobThatDidNothingSaysNothing() {
        ClockJobs.run(log, "things done", () -> 0);

        assertEquals(List.of(), logged);
    }
}
