package io.quartier.shop.view.account;

import io.quartier.identity.api.AccountApi;
import io.quartier.identity.api.AddressInput;
import io.quartier.identity.api.AddressView;
import io.quartier.shop.place.DeliveryPlace;
import io.quartier.shop.view.place.PlaceRow;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer's address book: the saved addresses, one form to add one or change the one picked for editing, and
 * removal. Identity places each line; one it cannot place is refused with the reason.
 */
@Named
@ViewScoped
public class AddressesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    AccountApi account;

    @Inject
    UserSession userSession;

    @Inject
    DeliveryPlace deliveryPlace;

    private List<PlaceRow> addresses = List.of();
    private Long editing;
    private String label;
    private String line;
    private boolean defaultAddress;

    @PostConstruct
    void load() {
        List<PlaceRow> rows = new ArrayList<>();
        ServiceCall.run(() -> account.addresses(userSession.bearer()).forEach(a -> rows.add(PlaceRow.of(a))));
        addresses = rows;
    }

    /** Adds the form's address, or saves the one being edited. */
    public void save() {
        AddressInput input = new AddressInput(label, line, defaultAddress);
        Long id = editing;
        AddressView[] saved = new AddressView[1];
        boolean done = ServiceCall.run(() -> saved[0] = id == null
                ? account.addAddress(userSession.bearer(), input).readEntity(AddressView.class)
                : account.changeAddress(userSession.bearer(), id, input));
        if (done) {
            Messages.info(id == null ? "shop.addresses.added" : "shop.addresses.saved", saved[0].label());
            if (saved[0].id() == (deliveryPlace.getAddressId() == null ? -1 : deliveryPlace.getAddressId())) {
                deliveryPlace.choose(saved[0].label(), saved[0].latitude(), saved[0].longitude(), saved[0].id());
            }
            clear();
            load();
        }
    }

    public void edit(PlaceRow row) {
        editing = row.getAddressId();
        label = row.getLabel();
        line = row.getLine();
        defaultAddress = row.isDefaultAddress();
    }

    public void remove(PlaceRow row) {
        if (ServiceCall.run(() -> account.removeAddress(userSession.bearer(), row.getAddressId()))) {
            Messages.info("shop.addresses.removed", row.getLabel());
            if (row.getAddressId().equals(deliveryPlace.getAddressId())) {
                deliveryPlace.forget();
            }
            if (row.getAddressId().equals(editing)) {
                clear();
            }
            load();
        }
    }

    public void clear() {
        editing = null;
        label = null;
        line = null;
        defaultAddress = false;
    }

    public List<PlaceRow> getAddresses() {
        return addresses;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }

    public boolean isDefaultAddress() {
        return defaultAddress;
    }

    public void setDefaultAddress(boolean defaultAddress) {
        this.defaultAddress = defaultAddress;
    }
}
