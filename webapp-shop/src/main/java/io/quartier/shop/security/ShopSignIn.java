package io.quartier.shop.security;

import io.quartier.identity.api.AccountApi;
import io.quartier.identity.api.AddressView;
import io.quartier.identity.api.TokenView;
import io.quartier.kernel.security.Roles;
import io.quartier.shop.basket.Basket;
import io.quartier.shop.basket.KeptBasket;
import io.quartier.shop.place.DeliveryPlace;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Service;
import io.quartier.ui.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At login the shop speaks the account's language, delivers a customer to their default address and gives back the
 * basket kept from their last visit. Reading the addresses must not stop the login: when identity cannot answer, the
 * customer chooses where to deliver themselves.
 */
@ApplicationScoped
public class ShopSignIn {

    private static final Logger LOG = Logger.getLogger(ShopSignIn.class.getName());

    @Inject
    LocaleSelection localeSelection;

    @Inject
    DeliveryPlace deliveryPlace;

    @Inject
    @Service
    AccountApi account;

    @Inject
    Basket basket;

    @Inject
    KeptBasket keptBasket;

    void signedIn(@Observes SignedIn signedIn) {
        TokenView token = signedIn.token();
        if (token.locale() != null && localeSelection.adopt(token.locale())) {
            // what this request says on the next page (the kept basket's notices) speaks the account's language too
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getViewRoot() != null) {
                faces.getViewRoot().setLocale(localeSelection.getLocale());
            }
        }
        if (token.roles() != null && token.roles().contains(Roles.CUSTOMER)) {
            try {
                account.addresses("Bearer " + token.token()).stream().filter(AddressView::defaultAddress).findFirst()
                        .ifPresent(a -> deliveryPlace.choose(a.label(), a.latitude(), a.longitude(), a.id()));
            } catch (WebApplicationException | ProcessingException e) {
                LOG.log(Level.WARNING, "the default address of account " + token.accountId()
                        + " could not be read at login; the customer chooses a place", e);
            }
            keptBasket.signedIn(basket, localeSelection.getLanguage());
        }
    }
}
