package io.quartier.catalog.domain.model.product;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A product's name and description in one language; the language is the key it is stored under. */
@Embeddable
public class ProductTranslation {

    @Column(nullable = false, length = 160)
    private String name;

    @Column(length = 1000)
    private String description;

    protected ProductTranslation() {
    }

    public ProductTranslation(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
