package io.quartier.delivery.domain.model.tour;

import io.quartier.delivery.domain.model.geo.TravelMatrix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order in which one courier drives the stops still ahead of it, from where it is now: every stop after the
 * stops it depends on (a door after the store its order comes from), none started before it is ready (an order is
 * collected once the store has it ready), as few bags over what the vehicle carries as can be, then as little
 * lateness at the doors as can be, then the fewest meters. Unlike {@link Schedule}, which refuses a route that
 * breaks a rule, an itinerary always answers: a courier already late, or given more than it carries by an admin,
 * still needs to know where to go next.
 *
 * <p>Up to {@value #EXACT_UP_TO} stops (three jobs, say) every valid order is tried, so the answer is the best one
 * and the same every time; beyond, the stop reached soonest comes next. Times are seconds from now; places index
 * the travel matrix; a start of {@code -1} is a courier whose position is unknown: its first stop costs nothing to
 * reach.
 */
public final class Itinerary {

    /** The most stops ordered by trying every order (at most 2,520 orders for four jobs of two stops each). */
    public static final int EXACT_UP_TO = 8;

    /** Lateness and meters this close count as equal: the travel matrix is an estimate. */
    private static final double SECONDS_SLACK = 1;
    private static final double METERS_SLACK = 0.01;

    private final List<Call> calls;
    private final double meters;
    private final double lateSeconds;
    private final int overload;

    private Itinerary(List<Call> calls, double meters, double lateSeconds, int overload) {
        this.calls = List.copyOf(calls);
        this.meters = meters;
        this.lateSeconds = lateSeconds;
        this.overload = overload;
    }

    /**
     * A place to go: {@code id} names it, {@code after} the stops that must come before it; service starts no
     * sooner than {@code readyAt} and should start by {@code dueBy}, and lasts {@code serviceSeconds};
     * {@code bags} are loaded there (a pickup) or unloaded (negative, a drop-off).
     */
    public record Stop(String id, int place, Set<String> after, double readyAt, double dueBy, double serviceSeconds,
                       int bags) {

        public Stop {
            after = Set.copyOf(after);
            if (place < 0 || readyAt < 0 || serviceSeconds < 0) {
                throw new IllegalArgumentException("stop " + id + " has a negative place or time");
            }
        }
    }

    /** A stop on the way: reached at {@code arrival}, served from {@code start}, late when started after its due. */
    public record Call(Stop stop, double arrival, double start) {

        public boolean late() {
            return start > stop.dueBy() + SECONDS_SLACK;
        }
    }

    /**
     * The best order of the stops for a courier at {@code start} (or -1, unknown) with {@code bagsOnBoard} bags
     * already carried and room for {@code capacity}.
     *
     * @throws IllegalArgumentException when a stop waits for one that is not given, or two stops wait for each other
     */
    public static Itinerary plan(TravelMatrix travel, int start, int bagsOnBoard, int capacity, List<Stop> stops) {
        Set<String> ids = new HashSet<>();
        for (Stop stop : stops) {
            if (!ids.add(stop.id()) || stop.place() >= travel.size()) {
                throw new IllegalArgumentException("stop " + stop.id() + " is repeated or off the travel matrix");
            }
        }
        for (Stop stop : stops) {
            if (!ids.containsAll(stop.after()) || stop.after().contains(stop.id())) {
                throw new IllegalArgumentException("stop " + stop.id() + " waits for a stop that is not planned");
            }
        }
        Walk walk = new Walk(travel, start, bagsOnBoard, capacity, stops);
        Itinerary best = stops.size() <= EXACT_UP_TO ? walk.everyOrder() : walk.soonestNext();
        if (best == null) {
            throw new IllegalArgumentException("the stops wait for each other in a circle");
        }
        return best;
    }

    /** The stops in the order to drive them, with their times. */
    public List<Call> calls() {
        return calls;
    }

    public double meters() {
        return meters;
    }

    /** The seconds by which stops start after they are due, summed. */
    public double lateSeconds() {
        return lateSeconds;
    }

    /** The bags over the vehicle's room, summed over the stops where it carries too many. */
    public int overload() {
        return overload;
    }

    /** What an order of the stops costs, compared bags over the room first, then lateness, then meters. */
    private record Cost(int overload, double lateSeconds, double meters) {

        boolean betterThan(Cost other) {
            if (overload != other.overload) {
                return overload < other.overload;
            }
            if (Math.abs(lateSeconds - other.lateSeconds) > SECONDS_SLACK) {
                return lateSeconds < other.lateSeconds;
            }
            return meters < other.meters - METERS_SLACK;
        }
    }

    /** Driving the stops one after the other, trying orders. */
    private static final class Walk {

        private final TravelMatrix travel;
        private final int start;
        private final int bagsOnBoard;
        private final int capacity;
        private final List<Stop> stops;
        private final boolean[] done;
        private final List<Call> route = new ArrayList<>();
        private Itinerary best;
        private Cost bestCost;

        Walk(TravelMatrix travel, int start, int bagsOnBoard, int capacity, List<Stop> stops) {
            this.travel = travel;
            this.start = start;
            this.bagsOnBoard = bagsOnBoard;
            this.capacity = capacity;
            this.stops = stops;
            this.done = new boolean[stops.size()];
        }

        /** Every valid order, depth first in the order the stops were given, keeping the first of equal ones. */
        Itinerary everyOrder() {
            extend(start, 0, bagsOnBoard, 0, 0, 0);
            return best;
        }

        private void extend(int place, double time, int bags, int overload, double late, double meters) {
            Cost cost = new Cost(overload, late, meters);
            if (bestCost != null && bestCost.betterThan(cost)) {
                return;
            }
            if (route.size() == stops.size()) {
                if (bestCost == null || cost.betterThan(bestCost)) {
                    best = new Itinerary(route, meters, late, overload);
                    bestCost = cost;
                }
                return;
            }
            for (int i = 0; i < stops.size(); i++) {
                if (!allowed(i)) {
                    continue;
                }
                Stop stop = stops.get(i);
                Call call = call(place, time, stop);
                int loaded = bags + stop.bags();
                done[i] = true;
                route.add(call);
                extend(stop.place(), call.start() + stop.serviceSeconds(), loaded,
                        overload + Math.max(0, loaded - capacity), late + lateness(call),
                        meters + meters(place, stop.place()));
                route.remove(route.size() - 1);
                done[i] = false;
            }
        }

        /** Beyond {@link #EXACT_UP_TO} stops: the stop allowed next that starts soonest, again and again. */
        Itinerary soonestNext() {
            int place = start;
            double time = 0;
            int bags = bagsOnBoard;
            int overload = 0;
            double late = 0;
            double meters = 0;
            while (route.size() < stops.size()) {
                int next = -1;
                Call soonest = null;
                for (int i = 0; i < stops.size(); i++) {
                    if (allowed(i)) {
                        Call call = call(place, time, stops.get(i));
                        if (soonest == null || call.start() < soonest.start()) {
                            next = i;
                            soonest = call;
                        }
                    }
                }
                if (soonest == null) {
                    return null;
                }
                Stop stop = stops.get(next);
                done[next] = true;
                route.add(soonest);
                bags += stop.bags();
                overload += Math.max(0, bags - capacity);
                late += lateness(soonest);
                meters += meters(place, stop.place());
                place = stop.place();
                time = soonest.start() + stop.serviceSeconds();
            }
            return new Itinerary(route, meters, late, overload);
        }

        private boolean allowed(int i) {
            if (done[i]) {
                return false;
            }
            for (String before : stops.get(i).after()) {
                if (!isDone(before)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isDone(String id) {
            for (int j = 0; j < stops.size(); j++) {
                if (stops.get(j).id().equals(id)) {
                    return done[j];
                }
            }
            return false;
        }

        private Call call(int from, double time, Stop stop) {
            double arrival = time + (from < 0 ? 0 : travel.seconds(from, stop.place()));
            return new Call(stop, arrival, Math.max(arrival, stop.readyAt()));
        }

        private double meters(int from, int to) {
            return from < 0 ? 0 : travel.meters(from, to);
        }

        private static double lateness(Call call) {
            return Math.max(0, call.start() - call.stop().dueBy());
        }
    }

}
