package io.quartier.ordering.interfaces.rest;

import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.OrderView;
import io.quartier.ordering.application.OrderQueries;
import io.quartier.ordering.domain.model.order.Order;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Orders followed as server-sent events (a mobile app's order page): each stream gets the order as it is, then the
 * order again whenever it changed, and ends once the order's life is over. Once a second, one query reads every order
 * followed on this instance, whichever instance changed it; a comment every 15 seconds finds the streams whose client
 * left.
 */
@ApplicationScoped
public class OrderWatch {

    private static final Logger LOG = Logger.getLogger(OrderWatch.class.getName());

    /** Streams one account may hold at once, and all of them on this instance. */
    static final int PER_CALLER = 5;
    static final int ALL = 2000;
    private static final int HEARTBEAT_TICKS = 15;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OrderQueries orders;

    private final Map<Long, List<Watcher>> watchers = new ConcurrentHashMap<>();
    private ScheduledFuture<?> ticking;
    private int ticks;

    private record Watcher(long callerId, SseEventSink sink, Sse sse, OrderView[] last) {
    }

    /**
     * Starts a stream with the order as the caller may see it now.
     *
     * @throws ProblemException 429 {@code problem.order.tooManyStreams} past {@value #PER_CALLER} streams of one
     *         account or {@value #ALL} on this instance
     */
    public synchronized void watch(long callerId, OrderView order, SseEventSink sink, Sse sse) {
        long mine = watchers.values().stream().flatMap(List::stream).filter(w -> w.callerId() == callerId).count();
        long all = watchers.values().stream().mapToLong(List::size).sum();
        if (mine >= PER_CALLER || all >= ALL) {
            throw new ProblemException(429, "problem.order.tooManyStreams", "at most " + PER_CALLER
                    + " order streams at once per account");
        }
        Watcher watcher = new Watcher(callerId, sink, sse, new OrderView[] {order});
        if (!send(watcher, order) || OrderStatus.valueOf(order.status()).isFinal()) {
            sink.close();
            return;
        }
        watchers.computeIfAbsent(order.id(), id -> new CopyOnWriteArrayList<>()).add(watcher);
        if (ticking == null) {
            ticking = scheduler.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    private void tick() {
        try {
            boolean heartbeat = ++ticks % HEARTBEAT_TICKS == 0;
            if (watchers.isEmpty()) {
                return;
            }
            for (Order order : orders.byIds(List.copyOf(watchers.keySet()))) {
                OrderView now = OrderResource.view(order);
                List<Watcher> following = watchers.getOrDefault(order.getId(), List.of());
                for (Watcher watcher : following) {
                    boolean open = !now.equals(watcher.last()[0]) ? send(watcher, now) : !heartbeat || beat(watcher);
                    watcher.last()[0] = now;
                    if (!open || order.getStatus().isFinal()) {
                        watcher.sink().close();
                        following.remove(watcher);
                    }
                }
            }
            watchers.values().removeIf(List::isEmpty);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "order streams could not be brought up to date; trying again in a second", e);
        }
    }

    /** Sends the order; false when the client has left. */
    private static boolean send(Watcher watcher, OrderView order) {
        return send(watcher, watcher.sse().newEventBuilder().name("order").id(order.status())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(OrderView.class, order).build());
    }

    /** A comment that nobody reads, to learn whether the client is still there. */
    private static boolean beat(Watcher watcher) {
        return send(watcher, watcher.sse().newEventBuilder().comment("still watching").build());
    }

    private static boolean send(Watcher watcher, OutboundSseEvent event) {
        if (watcher.sink().isClosed()) {
            return false;
        }
        try {
            watcher.sink().send(event).toCompletableFuture().join();
            return true;
        } catch (RuntimeException gone) {
            return false;
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
        watchers.values().forEach(list -> list.forEach(w -> w.sink().close()));
        watchers.clear();
    }
}
