/**
 * Small classes that each break one architecture rule on purpose, laid out as contexts under this package
 * (ordering, catalog, an optional loyalty, a ui): {@code PlantedViolationsArchTest} checks that each rule fails.
 */
package io.quartier.systemtests.arch.planted;
