package io.quartier.shop.view.orders;

import io.quartier.ordering.api.OrderingApi;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Service;
import io.quartier.ui.UserSession;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;

/**
 * An order's receipt as a PDF, for the customer whose order it is ({@code /orders/*} needs the CUSTOMER role; ordering
 * answers 404 for another customer's order, and so does this): {@code /orders/receipt.pdf?id=}, in the language of
 * the customer's pages.
 */
@WebServlet("/orders/receipt.pdf")
public class ReceiptDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    transient OrderingApi ordering;

    @Inject
    transient UserSession userSession;

    @Inject
    transient LocaleSelection localeSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long orderId;
        try {
            orderId = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException notANumber) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Receipt receipt;
        try {
            receipt = Receipt.of(ordering.order(userSession.bearer(), orderId), localeSelection.getLocale());
        } catch (WebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status == 404 || status == 403) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw refused;
        }
        byte[] pdf = ReceiptPdf.render(receipt, localeSelection.getLocale());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"receipt-" + orderId + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
