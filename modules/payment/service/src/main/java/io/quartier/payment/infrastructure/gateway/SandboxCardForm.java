package io.quartier.payment.infrastructure.gateway;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The sandbox gateway's own card form, in the role Stripe Elements or a hosted payment page plays for a real gateway:
 * the customer types a test card number here, never into Quartier's pages, and is sent back to the shop with a token
 * only ({@code card_token}, with the shop's {@code state} unchanged). The number is read from the POST body, turned
 * into a token and forgotten: it is never kept, logged, put in a URL nor echoed back. Served only while the sandbox is
 * the gateway; the address to send the customer back to must be a path of this server (no open redirect).
 */
@WebServlet("/sandbox/card-form")
public class SandboxCardForm extends SandboxServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxPage> page = page(request, response);
        if (page.isPresent()) {
            write(page.get(), response, null);
        }
    }

    @Override
    void submitted(SandboxPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        SandboxCards.Tokenized tokenized = sandbox.cards().tokenize(request.getParameter("number"),
                request.getParameter("expiryMonth"), request.getParameter("expiryYear"), request.getParameter("cvc"),
                YearMonth.now(Clock.systemUTC()));
        if (tokenized.token() == null) {
            response.setStatus(422);
            write(page, response, tokenized.refusal().key());
            return;
        }
        page.sendBack(response, "card_token", tokenized.token());
    }

    private static void write(SandboxPage page, HttpServletResponse response, String refusal) throws IOException {
        page.write(response, "sandbox.card.title", """
                <p>%s</p>%s
                <form method="post" autocomplete="off">%s
                <label for="number">%s</label>
                <input id="number" name="number" inputmode="numeric" maxlength="23" autocomplete="cc-number" required="required"/>
                <div class="row"><div><label for="expiryMonth">%s</label>
                <input id="expiryMonth" name="expiryMonth" inputmode="numeric" maxlength="2" required="required"/></div>
                <div><label for="expiryYear">%s</label>
                <input id="expiryYear" name="expiryYear" inputmode="numeric" maxlength="4" required="required"/></div>
                <div><label for="cvc">%s</label>
                <input id="cvc" name="cvc" inputmode="numeric" maxlength="4" required="required"/></div></div>
                <button type="submit" id="save" name="save">%s</button>
                <button type="submit" id="cancel" name="cancel" formnovalidate="formnovalidate">%s</button>
                </form>
                """.formatted(page.text("sandbox.card.intro"),
                refusal == null ? "" : "<p class=\"err\" role=\"alert\" id=\"refusal\">" + page.text(refusal) + "</p>",
                page.hidden(), page.text("sandbox.card.number"), page.text("sandbox.card.expiryMonth"),
                page.text("sandbox.card.expiryYear"), page.text("sandbox.card.cvc"), page.text("sandbox.card.save"),
                page.text("sandbox.card.cancel")));
    }
}
