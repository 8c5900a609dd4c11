package io.quartier.systemtests.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens the Fromagerie (store 3, 08:00 to 23:30 in Paris) around the clock while a test class runs, at whatever hour CI
 * runs it, and gives it its hours back afterwards. Registered after {@link Platform}, which it needs started.
 */
public final class FromagerieAroundTheClock implements BeforeAllCallback, AfterAllCallback {

    private String week;

    @Override
    public void beforeAll(ExtensionContext context) {
        week = MultiStoreOrders.openFromagerieAroundTheClock();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (week != null) {
            MultiStoreOrders.restoreFromagerie(week);
        }
    }
}
