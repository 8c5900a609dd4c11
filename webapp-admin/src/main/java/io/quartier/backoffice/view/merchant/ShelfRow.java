package io.quartier.backoffice.view.merchant;

import java.io.Serializable;
import java.util.List;

/**
 * A row of the catalog editor's lists (a shelf or a product): its id, name in the reader's language, its detail (the
 * price, or for a shelf nothing) and the bundle keys of its allergens and tags.
 */
public record ShelfRow(long id, String name, String detail, List<String> labels) implements Serializable {

    public ShelfRow {
        labels = List.copyOf(labels);
    }
}
