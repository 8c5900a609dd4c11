package io.quartier.shop.view;

import io.quartier.ui.Service;
import io.quartier.catalog.api.CatalogApi;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.ServiceCall;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The shop's home page: every store, by country. */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    CatalogApi catalog;

    @Inject
    LocaleSelection localeSelection;

    private List<CountryStores> countries = List.of();

    public void load() {
        ServiceCall.run(() -> countries = CountryStores.group(catalog.stores(null), localeSelection.getLocale()));
    }

    public List<CountryStores> getCountries() {
        return countries;
    }
}
