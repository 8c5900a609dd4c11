package io.quartier.backoffice.view.admin;

import io.quartier.kernel.Money;
import io.quartier.payment.api.LedgerApi;
import io.quartier.payment.api.LedgerBalance;
import io.quartier.payment.api.LedgerInvariant;
import io.quartier.payment.api.RefundView;
import io.quartier.payment.api.RefundsApi;
import io.quartier.ui.Formats;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The ledger for admins: every account's balance, whether the books hold together, and the latest refunds. */
@Named
@ViewScoped
public class LedgerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    LedgerApi ledger;

    @Inject
    @Service
    RefundsApi refundsApi;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private List<LedgerBalance> balances = List.of();
    private LedgerInvariant invariant;
    private List<RefundView> refunds = List.of();

    public void load() {
        String bearer = userSession.bearer();
        ServiceCall.run(() -> {
            balances = ledger.balances(bearer);
            invariant = ledger.invariant(bearer);
            refunds = refundsApi.refunds(bearer, null);
        });
    }

    public List<LedgerBalance> getBalances() {
        return balances;
    }

    /** Null when payment did not answer (the page then says why). */
    public LedgerInvariant getInvariant() {
        return invariant;
    }

    public List<RefundView> getRefunds() {
        return refunds;
    }

    /** An amount in minor units of a currency, in the reader's locale. */
    public String money(long amountMinor, String currency) {
        return Money.of(amountMinor, currency).format(localeSelection.getLocale());
    }

    public String when(Instant at) {
        return at == null ? "" : Formats.dateTime(at, ZoneOffset.UTC, localeSelection.getLocale());
    }
}
