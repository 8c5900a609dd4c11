package io.quartier.delivery.benchmark;

import io.quartier.delivery.domain.model.geo.TravelMatrix;
import io.quartier.delivery.domain.model.tour.Plane;
import io.quartier.delivery.domain.model.tour.TourProblem;
import io.quartier.delivery.domain.model.tour.TourProblem.Task;
import io.quartier.delivery.domain.model.tour.TourProblem.Vehicle;
import io.quartier.delivery.domain.model.tour.TourProblem.Window;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark instances (Li &amp; Lim PDPTW, Solomon VRPTW) read into tour problems at their best-known fleet
 * size, with the best-known solutions. Distances are Euclidean at speed 1, as the literature takes them.
 */
final class VrpInstances {

    /** One instance: its problem and its best-known vehicles and distance. */
    record Instance(String name, String family, TourProblem problem, int bestVehicles, double bestDistance) {
    }

    private final Path folder;

    VrpInstances(Path folder) {
        this.folder = folder;
    }

    /** Li &amp; Lim's 100-task instances (lc1, lc2, lr1, lr2, lrc1, lrc2), in name order. */
    List<Instance> liLim() {
        Map<String, double[]> best = bestKnown("bks-lilim-100.csv");
        List<Instance> instances = new ArrayList<>();
        best.forEach((name, bks) -> instances.add(liLim(name, (int) bks[0], bks[1])));
        return instances;
    }

    /** Solomon's C1, R1 and RC1 sets, in name order. */
    List<Instance> solomon() {
        Map<String, double[]> best = bestKnown("bks-solomon-100.csv");
        List<Instance> instances = new ArrayList<>();
        best.forEach((name, bks) -> {
            if (name.matches("(c|r|rc)1\\d\\d")) {
                instances.add(solomon(name, (int) bks[0], bks[1]));
            }
        });
        return instances;
    }

    /**
     * Tab-separated: a header (vehicles, capacity, speed), then per node: id, x, y, demand, ready, due, service,
     * pickup sibling, delivery sibling. Node 0 is the depot; a pickup has a positive demand and names its delivery.
     */
    private Instance liLim(String name, int vehicles, double bestDistance) {
        List<double[]> rows = rows(folder.resolve("lilim").resolve(name + ".txt"));
        int capacity = (int) rows.get(0)[1];
        List<double[]> nodes = rows.subList(1, rows.size());
        TravelMatrix plane = Plane.matrix(nodes.stream().map(r -> new double[] {r[1], r[2]}).toArray(double[][]::new), 1);
        List<Task> tasks = new ArrayList<>();
        for (double[] pickup : nodes) {
            if (pickup[3] > 0) {
                double[] drop = nodes.get((int) pickup[8]);
                tasks.add(new Task("t" + (int) pickup[0], (int) pickup[0], (int) drop[0], (int) pickup[3],
                        new Window(pickup[4], pickup[5]), new Window(drop[4], drop[5]), pickup[6], drop[6]));
            }
        }
        double[] depot = nodes.get(0);
        return new Instance(name, family(name), new TourProblem(tasks, fleet(vehicles, capacity, depot, plane)),
                vehicles, bestDistance);
    }

    /**
     * Solomon's text format: the vehicle count and capacity after "NUMBER CAPACITY", then per customer: number, x,
     * y, demand, ready, due, service; customer 0 is the depot. Each customer becomes a task collected at the depot
     * (any time it is open) and dropped at the customer within its window.
     */
    private Instance solomon(String name, int vehicles, double bestDistance) {
        List<double[]> rows = rows(folder.resolve("solomon").resolve(name.toUpperCase(Locale.ROOT) + ".txt"));
        int capacity = (int) rows.get(0)[1];
        List<double[]> nodes = rows.subList(1, rows.size());
        TravelMatrix plane = Plane.matrix(nodes.stream().map(r -> new double[] {r[1], r[2]}).toArray(double[][]::new), 1);
        double[] depot = nodes.get(0);
        List<Task> tasks = new ArrayList<>();
        for (double[] customer : nodes.subList(1, nodes.size())) {
            tasks.add(new Task("c" + (int) customer[0], 0, (int) customer[0], (int) customer[3],
                    new Window(depot[4], depot[5]), new Window(customer[4], customer[5]), 0, customer[6]));
        }
        return new Instance(name, family(name), new TourProblem(tasks, fleet(vehicles, capacity, depot, plane)),
                vehicles, bestDistance);
    }

    private static List<Vehicle> fleet(int vehicles, int capacity, double[] depot, TravelMatrix plane) {
        List<Vehicle> fleet = new ArrayList<>();
        for (int v = 0; v < vehicles; v++) {
            fleet.add(new Vehicle("v" + v, 0, capacity, Integer.MAX_VALUE, new Window(depot[4], depot[5]), true,
                    plane));
        }
        return fleet;
    }

    private static String family(String name) {
        return name.replaceAll("\\d+$", "").toUpperCase(Locale.ROOT) + name.replaceAll("^[a-z]+(\\d).*", "$1");
    }

    /** The numeric lines of an instance file: the vehicle line first, then one line per node. */
    private static List<double[]> rows(Path file) {
        try {
            List<double[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.trim();
                if (trimmed.matches("[-\\d.\\s]+") && !trimmed.isEmpty()) {
                    rows.add(Arrays.stream(trimmed.split("\\s+")).mapToDouble(Double::parseDouble).toArray());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private Map<String, double[]> bestKnown(String file) {
        try {
            Map<String, double[]> best = new LinkedHashMap<>();
            for (String line : Files.readAllLines(folder.resolve(file))) {
                String[] cells = line.split(",");
                if (!line.startsWith("#") && !line.startsWith("instance") && cells.length >= 3) {
                    best.put(cells[0].trim(), new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2])});
                }
            }
            return best;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder.resolve(file), e);
        }
    }
}
