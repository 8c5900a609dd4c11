package io.quartier.backoffice.view.merchant;

import io.quartier.catalog.api.StoreView;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Which of the merchant's stores a page works on: the one asked for (the {@code store} view parameter or the menu)
 * while it is one of theirs, else the first.
 */
public class StoreChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<StoreView> stores = List.of();
    private Long storeId;

    /** Takes the merchant's stores as they are now. */
    void offer(List<StoreView> now) {
        stores = now;
        if (storeId == null || stores.stream().noneMatch(s -> s.id() == storeId)) {
            storeId = stores.isEmpty() ? null : stores.get(0).id();
        }
    }

    /** The chosen store; empty when the merchant has none. */
    Optional<StoreView> chosen() {
        return stores.stream().filter(s -> s.id() == storeId).findFirst();
    }

    public List<StoreView> getStores() {
        return stores;
    }

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }
}
