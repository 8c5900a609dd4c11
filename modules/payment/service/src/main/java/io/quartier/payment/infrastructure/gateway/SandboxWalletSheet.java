package io.quartier.payment.infrastructure.gateway;

import io.quartier.payment.domain.model.gateway.CardDetails;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The sandbox's stand-in for a phone's wallet sheet (Apple Pay, Google Pay): the customer confirms the card the phone
 * keeps, as with a fingerprint on a real phone, and the shop gets back a device token only ({@code card_token}), as a
 * real gateway gets one from Apple or Google. No card number is typed nor seen. {@code wallet} is {@code apple_pay} or
 * {@code google_pay}; served, as the card form, only while the sandbox is the gateway and only back to this server.
 */
@WebServlet("/sandbox/wallet-sheet")
public class SandboxWalletSheet extends SandboxServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxPage> page = page(request, response);
        String wallet = CardDetails.deviceWallet(request.getParameter("wallet"));
        if (page.isEmpty()) {
            return;
        }
        if (wallet == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        page.get().write(response, "sandbox.wallet." + wallet, """
                <p>%s</p>
                <form method="post">%s<input type="hidden" name="wallet" value="%s"/>
                <button type="submit" id="confirm" name="confirm">%s</button>
                <button type="submit" id="cancel" name="cancel">%s</button>
                </form>
                """.formatted(page.get().text("sandbox.wallet.intro"), page.get().hidden(), wallet,
                page.get().text("sandbox.wallet.confirm"), page.get().text("sandbox.card.cancel")));
    }

    @Override
    void submitted(SandboxPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> token = sandbox.cards().tokenizeDeviceWallet(request.getParameter("wallet"),
                YearMonth.now(Clock.systemUTC()));
        if (token.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        page.sendBack(response, "card_token", token.get());
    }
}
