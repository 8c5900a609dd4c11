package io.quartier.backoffice.view.admin;

import io.quartier.ui.Service;
import io.quartier.catalog.api.CatalogApi;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.ServiceCall;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The admin console's figures. */
@Named
@ViewScoped
public class ConsoleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    CatalogApi catalog;

    @Inject
    LocaleSelection localeSelection;

    private List<CountryCount> countries = List.of();

    public void load() {
        ServiceCall.run(() -> countries = CountryCount.of(catalog.stores(null), localeSelection.getLocale()));
    }

    public List<CountryCount> getCountries() {
        return countries;
    }

    public long getTotalStores() {
        return countries.stream().mapToLong(CountryCount::getStores).sum();
    }
}
