package com.negotiationtracker.config.openapi;

import com.negotiationtracker.config.support.TestUsers;
import com.negotiationtracker.config.support.TrackerApi;
import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description the running tracker serves documents every endpoint of its API, each with a summary, the
 * problem details it can answer and HTTP Basic as its security; and its UI is there for a logged-in user.
 */
@TrackerOnTemporaryFolder(properties = "tracker.reference-story.load-into-empty-store=false")
class ApiDocumentationTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void every_endpoint_of_the_api_is_documented_with_a_summary_its_problems_and_basic_authentication() {
        TrackerApi.Response response = new TrackerApi(port, TestUsers.READER).get("/v3/api-docs");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode paths = response.json().path("paths");
        List<String> endpoints = apiEndpoints();

        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(17);
        for (String endpoint : endpoints) {
            String[] methodAndPath = endpoint.split(" ", 2);
            JsonNode operation = paths.path(methodAndPath[1]).path(methodAndPath[0].toLowerCase(Locale.ROOT));
            assertThat(operation.isObject()).as(endpoint + " is documented").isTrue();
            assertThat(operation.path("summary").asString()).as(endpoint + " has a summary").isNotBlank();
            for (String status : new String[]{"400", "401", "403"}) {
                assertThat(operation.path("responses").path(status).path("content").has("application/problem+json"))
                        .as(endpoint + " documents its " + status + " problem").isTrue();
            }
        }
        assertThat(response.json().path("components").path("securitySchemes").path("basic").path("scheme")
                .asString()).isEqualTo("basic");
        assertThat(response.json().path("security").toString()).contains("basic");
    }

    @Test
    void the_ui_is_served_to_a_logged_in_user_and_not_to_others() {
        TrackerApi.Response ui = new TrackerApi(port, TestUsers.READER).get("/swagger-ui/index.html");

        assertThat(ui.status()).isEqualTo(200);
        assertThat(new TrackerApi(port, TestUsers.READER).get("/swagger-ui.html").status()).isIn(200, 302);
        assertThat(TrackerApi.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(401);
    }

    /** {@code GET /api/timeline} ... : every method and path pattern a controller maps under /api. */
    private List<String> apiEndpoints() {
        List<String> endpoints = new ArrayList<>();
        for (RequestMappingInfo mapping : handlers.getHandlerMethods().keySet()) {
            for (String path : mapping.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : mapping.getMethodsCondition().getMethods()) {
                    endpoints.add(method + " " + path);
                }
            }
        }
        return endpoints;
    }
}
