package io.quartier.catalog.domain.model.product;

import io.quartier.catalog.domain.model.store.Store;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A shelf of a store (starters, dairy, cheeses...), named in several languages, in the merchant's order. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "store_id", nullable = false)
    private Store store;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "category_translation", joinColumns = @JoinColumn(name = "category_id"))
    @MapKeyColumn(name = "lang", length = 5)
    @Column(name = "name", length = 80, nullable = false)
    private Map<String, String> names = new HashMap<>();

    protected Category() {
    }

    public Category(Store store, Map<String, String> names, int position) {
        this.store = store;
        this.position = position;
        rename(names);
    }

    /** Replaces the names; they must be valid (see {@link Texts#checkNames}). */
    public void rename(Map<String, String> newNames) {
        names.clear();
        names.putAll(newNames);
    }

    /** The name for a reader of {@code language}, else in the store's language. */
    public Optional<String> name(String language) {
        return Optional.ofNullable(language == null ? null : names.get(language))
                .or(() -> Optional.ofNullable(names.get(store.getLanguage())));
    }

    public void moveTo(int newPosition) {
        position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public Store getStore() {
        return store;
    }

    public int getPosition() {
        return position;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }
}
