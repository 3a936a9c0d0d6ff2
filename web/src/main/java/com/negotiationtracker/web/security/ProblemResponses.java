package com.negotiationtracker.web.security;

import com.negotiationtracker.web.problem.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's answers to requests that may not go through, as RFC 9457 problem details like its other errors: 401 to
 * a request without (valid) credentials, with the {@code WWW-Authenticate} challenge for HTTP Basic; 403 to a user
 * whose role does not allow the request, or to a session's write without its CSRF token.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "negotiation-tracker";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        boolean triedCredentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Authentication required",
                (triedCredentials ? "the credentials sent were not accepted: check the user name and password"
                        : "log in, or send a user's credentials with HTTP Basic authentication")
                        + nothingRecorded(request));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean authenticated = user != null && user.isAuthenticated()
                && !(user instanceof AnonymousAuthenticationToken);
        if (denied instanceof CsrfException && BasicCredentialsRequests.carriesBasicCredentials(request)) {
            // refused before the credentials are checked (the CSRF check runs first), whoever they name
            write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.CSRF_TOKEN_MISSING, "CSRF token missing",
                    "a browser sent this write from a page of another origin (its Origin or Sec-Fetch-Site header"
                            + " says so): another site's page could have made it, with the Basic credentials the"
                            + " browser keeps for this one, so it needs a CSRF token like a session's write"
                            + nothingRecorded(request));
            return;
        }
        if (denied instanceof CsrfException && !authenticated) {
            // the CSRF check runs before authorization: a request without any credentials is refused as such
            commence(request, response, new InsufficientAuthenticationException("no credentials"));
            return;
        }
        if (denied instanceof CsrfException) {
            write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.CSRF_TOKEN_MISSING, "CSRF token missing",
                    "a write in a logged-in session needs the session's CSRF token (the X-CSRF-TOKEN header);"
                            + " scripts can send HTTP Basic credentials instead" + nothingRecorded(request));
            return;
        }
        String name = user == null ? "this user" : "user '" + user.getName() + "'";
        write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                name + " may not " + request.getMethod() + " " + request.getRequestURI()
                        + ": its role does not allow it" + nothingRecorded(request));
    }

    private static String nothingRecorded(HttpServletRequest request) {
        boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        return read ? "" : "; nothing was recorded";
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
                              String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
