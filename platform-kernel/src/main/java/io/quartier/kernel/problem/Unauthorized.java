package io.quartier.kernel.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of a 401 the container makes itself: the MicroProfile JWT mechanism refuses a bad bearer token
 * before any resource runs, and would otherwise answer the server's HTML page. A client (the mobile app, a partner)
 * reads {@code problem.badBearerToken} and takes a new token with its refresh token.
 */
@WebServlet("/problem/unauthorized")
public class Unauthorized extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problem problem = Problem.of(401, "problem.badBearerToken",
                "the bearer token is malformed, expired or not meant for Quartier: log in or refresh the token");
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }
}
