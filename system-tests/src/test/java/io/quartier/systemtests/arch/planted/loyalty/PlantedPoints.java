package io.quartier.systemtests.arch.planted.loyalty;

/** An optional context, which the core may not depend on. */
public class PlantedPoints {
}
