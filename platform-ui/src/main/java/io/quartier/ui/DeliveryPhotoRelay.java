package io.quartier.ui;

import io.quartier.delivery.api.DeliveryApi;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The photo a courier took where it left an order, its customer being absent, relayed from delivery
 * ({@link ImageRelay}) for the job in the {@code job} parameter, asked with the reader's token. Each webapp maps it
 * on a path its security constraint guards (the order's customer, support and admins); delivery checks the reader
 * again, and its refusal is a 404 here.
 */
public abstract class DeliveryPhotoRelay extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    transient DeliveryApi deliveryJobs;

    @Inject
    transient UserSession userSession;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ImageRelay.serve(request, response, "job", job -> deliveryJobs.deliveryPhoto(userSession.bearer(), job));
    }
}
