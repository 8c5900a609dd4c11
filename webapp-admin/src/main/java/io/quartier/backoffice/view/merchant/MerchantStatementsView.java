package io.quartier.backoffice.view.merchant;

import io.quartier.payment.api.PayoutView;
import io.quartier.payment.api.PayoutsApi;
import io.quartier.ui.Downloads;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** The merchant's payouts, newest first, each statement downloadable as a CSV sheet or a PDF. */
@Named
@ViewScoped
public class MerchantStatementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    PayoutsApi payouts;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private List<PayoutView> statements = List.of();

    public void load() {
        ServiceCall.run(() -> statements = payouts.statements(userSession.bearer()));
    }

    /** The payout's statement as payment writes it. */
    public StreamedContent csv(long payoutId) {
        return Downloads.of("quartier-statement-" + payoutId + ".csv", "text/csv; charset=UTF-8",
                () -> payouts.statementCsv(userSession.bearer(), payoutId).getBytes(StandardCharsets.UTF_8));
    }

    /** The payout's statement as a PDF, drawn by payment in the reader's language. */
    public StreamedContent pdf(long payoutId) {
        return Downloads.of("quartier-statement-" + payoutId + ".pdf", "application/pdf",
                () -> payouts.statementPdf(userSession.bearer(), payoutId, localeSelection.getLocale().toLanguageTag()));
    }

    public List<PayoutView> getStatements() {
        return statements;
    }
}
