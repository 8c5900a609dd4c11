package io.quartier.systemtests.arch.planted.ui;

/** A user interface package, which the core may not depend on. */
public class PlantedPage {
}
