package io.quartier.catalog.api;

/** What a price and stock sheet changed: {@code lines} read, {@code changed} products whose price or stock moved. */
public record SheetImport(int lines, int changed) {
}
