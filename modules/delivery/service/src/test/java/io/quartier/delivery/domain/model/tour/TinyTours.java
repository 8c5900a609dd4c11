package io.quartier.delivery.domain.model.tour;

import io.quartier.delivery.domain.model.geo.TravelMatrix;
import io.quartier.delivery.domain.model.tour.TourProblem.Task;
import io.quartier.delivery.domain.model.tour.TourProblem.Vehicle;
import io.quartier.delivery.domain.model.tour.TourProblem.Window;
import java.util.List;

/**
 * Small problems whose answer is known, on a line of places 100 m apart (place i at i * 100 m), at 10 m/s.
 * Place 0 is where the vehicles start.
 */
public final class TinyTours {

    public static final TravelMatrix LINE = line(12);

    private TinyTours() {
    }

    public static Task task(String id, int pickup, int drop) {
        return new Task(id, pickup, drop, 1, Window.ALWAYS, Window.ALWAYS, 0, 0);
    }

    public static Task dueBy(String id, int pickup, int drop, double dropDeadline) {
        return new Task(id, pickup, drop, 1, Window.ALWAYS, new Window(0, dropDeadline), 0, 0);
    }

    public static Vehicle vehicle(String id, int capacity, int maxTasks) {
        return new Vehicle(id, 0, capacity, maxTasks, Window.ALWAYS, false, LINE);
    }

    public static TourProblem problem(List<Task> tasks, List<Vehicle> vehicles) {
        return new TourProblem(tasks, vehicles);
    }

    private static TravelMatrix line(int places) {
        double[][] xy = new double[places][];
        for (int i = 0; i < places; i++) {
            xy[i] = new double[] {i * 100.0, 0};
        }
        return Plane.matrix(xy, 10);
    }
}
