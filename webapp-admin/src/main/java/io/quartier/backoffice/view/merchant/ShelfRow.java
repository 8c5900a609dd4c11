package io.quartier.backoffice.view.merchant;

import java.io.Serializable;
import java.util.List;

/** A row of the catalog editor's lists (a shelf or a product): its id, name in the reader's language, details. */
public class ShelfRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String detail;
    private final List<String> labels;

    public ShelfRow(long id, String name, String detail, List<String> labels) {
        this.id = id;
        this.name = name;
        this.detail = detail;
        this.labels = List.copyOf(labels);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** The price, or for a shelf nothing. */
    public String getDetail() {
        return detail;
    }

    /** Bundle keys of its allergens and tags. */
    public List<String> getLabels() {
        return labels;
    }
}
