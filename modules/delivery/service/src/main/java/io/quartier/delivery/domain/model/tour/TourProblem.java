package io.quartier.delivery.domain.model.tour;

import io.quartier.delivery.domain.model.geo.TravelMatrix;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Orders to carry and the vehicles that may carry them. */
public record TourProblem(List<Task> tasks, List<Vehicle> vehicles) {

    public TourProblem {
        tasks = List.copyOf(tasks);
        vehicles = List.copyOf(vehicles);
        Set<String> ids = new HashSet<>();
        for (Task task : tasks) {
            if (!ids.add(task.id())) {
                throw new IllegalArgumentException("two tasks are called " + task.id());
            }
        }
        ids.clear();
        for (Vehicle vehicle : vehicles) {
            if (!ids.add(vehicle.id())) {
                throw new IllegalArgumentException("two vehicles are called " + vehicle.id());
            }
            int places = vehicle.travel().size();
            if (vehicle.startPlace() >= places || tasks.stream()
                    .anyMatch(t -> t.pickupPlace() >= places || t.dropPlace() >= places)) {
                throw new IllegalArgumentException("a place lies outside the travel matrix of " + vehicle.id());
            }
        }
    }

    /** From when to when something may start, in seconds from the start of the plan. */
    public record Window(double from, double to) {

        public static final Window ALWAYS = new Window(0, Double.MAX_VALUE);

        public Window {
            if (!(from >= 0 && from <= to)) {
                throw new IllegalArgumentException("no time from " + from + " to " + to);
            }
        }
    }

    /**
     * One order: collected at {@code pickupPlace} (service starting within {@code pickupWindow}, lasting
     * {@code pickupSeconds}), then dropped at {@code dropPlace} by the same vehicle. {@code size} counts in the
     * vehicles' capacity unit (bags, boxes).
     */
    public record Task(String id, int pickupPlace, int dropPlace, int size, Window pickupWindow, Window dropWindow,
                       double pickupSeconds, double dropSeconds) {

        public Task {
            if (size < 0 || pickupPlace < 0 || dropPlace < 0 || pickupSeconds < 0 || dropSeconds < 0) {
                throw new IllegalArgumentException("task " + id + " has a negative size, place or service time");
            }
        }
    }

    /**
     * A courier and what it rides: it leaves {@code startPlace} at the start of its {@code shift}, carries at
     * most {@code capacity} units at once and at most {@code maxTasks} orders in the whole plan, travels by
     * {@code travel} (the matrix of its speed), and is done by the end of its shift (back at its start if
     * {@code returnsToStart}).
     */
    public record Vehicle(String id, int startPlace, int capacity, int maxTasks, Window shift, boolean returnsToStart,
                          TravelMatrix travel) {

        public Vehicle {
            if (capacity < 0 || maxTasks < 0 || startPlace < 0) {
                throw new IllegalArgumentException("vehicle " + id + " has a negative capacity or place");
            }
        }
    }
}
