package io.quartier.payment.infrastructure.gateway;

import io.quartier.kernel.Money;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The sandbox's stand-in for a bank's 3-D Secure page: the customer completes or fails the challenge {@code id} the
 * gateway asked for, and goes back to the shop with {@code challenge=passed}, {@code failed} or, when it was answered
 * before or has expired, {@code over}. Served, as the card form, only while the sandbox is the gateway and only back to
 * this server; whoever holds the page's address may answer (the id is unguessable), as with a bank's page, and the
 * answer counts only for the card, amount and order it was asked for. The page shows the amount to confirm; a
 * challenge unknown, answered or expired shows that it is over, with the way back.
 */
@WebServlet("/sandbox/challenge")
public class SandboxChallengePage extends SandboxServlet {

    private static final long serialVersionUID = 1L;
    private static final String ID = "[0-9a-f]{32}";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxPage> page = page(request, response);
        if (page.isEmpty()) {
            return;
        }
        String id = request.getParameter("id");
        if (id == null || !id.matches(ID)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<Money> amount = sandbox.challengeToAnswer(id);
        if (amount.isEmpty()) {
            page.get().write(response, "sandbox.challenge.title", """
                    <p id="over">%s</p>
                    <p><a id="back" href="%s">%s</a></p>
                    """.formatted(page.get().text("sandbox.challenge.over"), page.get().backLink("challenge", "over"),
                    page.get().text("sandbox.challenge.back")));
            return;
        }
        page.get().write(response, "sandbox.challenge.title", """
                <p>%s</p>
                <p id="amount"><strong>%s %s</strong></p>
                <form method="post">%s<input type="hidden" name="id" value="%s"/>
                <button type="submit" id="complete" name="complete">%s</button>
                <button type="submit" id="fail" name="fail">%s</button>
                </form>
                """.formatted(page.get().text("sandbox.challenge.intro"), page.get().text("sandbox.challenge.amount"),
                page.get().amount(amount.get()), page.get().hidden(), id,
                page.get().text("sandbox.challenge.complete"), page.get().text("sandbox.challenge.fail")));
    }

    @Override
    void submitted(SandboxPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches(ID) || (request.getParameter("complete") == null) == (request.getParameter("fail") == null)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        boolean passed = request.getParameter("complete") != null;
        if (!sandbox.answerChallenge(id, passed)) {
            page.sendBack(response, "challenge", "over");
            return;
        }
        page.sendBack(response, "challenge", passed ? "passed" : "failed");
    }
}
