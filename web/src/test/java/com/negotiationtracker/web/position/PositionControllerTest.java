package com.negotiationtracker.web.position;

import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.query.position.FindPositionHistory;
import com.negotiationtracker.query.position.FindPositions;
import com.negotiationtracker.query.position.PositionHistory;
import com.negotiationtracker.query.position.PositionView;
import com.negotiationtracker.query.position.PositionsPage;
import com.negotiationtracker.query.timeline.Paging;
import com.negotiationtracker.query.timeline.SourceView;
import com.negotiationtracker.query.timeline.ValidTimeView;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// may do everything: these tests are about answers; who may ask is config's AccessControlContract
@WithUserDetails("admin")
@WebMvcTest(PositionController.class)
class PositionControllerTest {

    private static final Instant RECORDED = Instant.parse("2026-01-05T09:00:00Z");
    private static final PositionView UNREALISTIC = new PositionView("united-states", "nato-membership",
            "unrealistic", null, "Hegseth said NATO membership is an unrealistic objective for Kyiv.", "hegseth", null,
            new SourceView("seed-article", null, null, null, "2025-02-12"),
            new ValidTimeView("2025-02-12", TimePrecision.DAY, false, Instant.parse("2025-02-12T00:00:00Z"),
                    Instant.parse("2025-02-13T00:00:00Z")),
            Instant.parse("2025-02-12T00:00:00Z"), null, RECORDED, "ukraine-peace",
            "hegseth-nato-membership-unrealistic");

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private QueryGateway queryGateway;

    @BeforeEach
    void theReadModelAnswers() {
        doReturn(CompletableFuture.completedFuture(new PositionsPage(Instant.parse("2025-02-12T23:59:59.999999Z"),
                RECORDED, List.of(UNREALISTIC), 0, 100, 1, true)))
                .when(queryGateway).query(any(FindPositions.class), any(ResponseType.class));
        doReturn(CompletableFuture.completedFuture(new PositionHistory("united-states", "nato-membership", RECORDED,
                List.of(UNREALISTIC))))
                .when(queryGateway).query(any(FindPositionHistory.class), any(ResponseType.class));
    }

    @Test
    void answersThePositionsAsJson() throws Exception {
        mvc.perform(get("/api/positions").param("validAt", "2025-02-12").param("knownAt", "2026-01-05T09:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.validAt").value("2025-02-12T23:59:59.999999Z"))
                .andExpect(jsonPath("$.knownAt").value("2026-01-05T09:00:00Z"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].party").value("united-states"))
                .andExpect(jsonPath("$.entries[0].issue").value("nato-membership"))
                .andExpect(jsonPath("$.entries[0].stance").value("unrealistic"))
                .andExpect(jsonPath("$.entries[0].summary").value(containsString("Hegseth")))
                .andExpect(jsonPath("$.entries[0].assertedBy").value("hegseth"))
                .andExpect(jsonPath("$.entries[0].source.reference").value("seed-article"))
                .andExpect(jsonPath("$.entries[0].source.publishedAt").value("2025-02-12"))
                .andExpect(jsonPath("$.entries[0].statedAt.value").value("2025-02-12"))
                .andExpect(jsonPath("$.entries[0].statedAt.precision").value("DAY"))
                .andExpect(jsonPath("$.entries[0].validFrom").value("2025-02-12T00:00:00Z"))
                .andExpect(jsonPath("$.entries[0].validTo").isEmpty())
                .andExpect(jsonPath("$.entries[0].recordedFrom").value("2026-01-05T09:00:00Z"))
                .andExpect(jsonPath("$.entries[0].factId").value("hegseth-nato-membership-unrealistic"));

        assertThat(asked(FindPositions.class)).isEqualTo(new FindPositions(
                Instant.parse("2025-02-12T23:59:59.999999Z"), Instant.parse("2026-01-05T09:00:00Z"), null, null,
                Paging.first()));
    }

    @Test
    void withoutTimesAsksForNowAndPassesTheFiltersAndPage() throws Exception {
        mvc.perform(get("/api/positions").param("party", "united-states").param("issue", "nato-membership")
                        .param("page", "1").param("size", "5"))
                .andExpect(status().isOk());

        assertThat(asked(FindPositions.class)).isEqualTo(new FindPositions(null, null, "united-states",
                "nato-membership", new Paging(1, 5)));
    }

    @Test
    void answersTheHistoryOfOnePartyOnOneIssue() throws Exception {
        mvc.perform(get("/api/positions/united-states/nato-membership/history").param("knownAt", "2026-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.party").value("united-states"))
                .andExpect(jsonPath("$.issue").value("nato-membership"))
                .andExpect(jsonPath("$.knownAt").value("2026-01-05T09:00:00Z"))
                .andExpect(jsonPath("$.stances[0].stance").value("unrealistic"))
                .andExpect(jsonPath("$.stances[0].validFrom").value("2025-02-12T00:00:00Z"));

        assertThat(asked(FindPositionHistory.class)).isEqualTo(new FindPositionHistory("united-states",
                "nato-membership", Instant.parse("2026-01-31T23:59:59.999999Z")));
    }

    @Test
    void badParametersAreBadRequestsNamingTheParameter() throws Exception {
        expectBadRequest(get("/api/positions").param("validAt", "Wednesday"), "validAt", "not a valid time");
        expectBadRequest(get("/api/positions").param("knownAt", "2025-02-30"), "knownAt", "not a valid time");
        expectBadRequest(get("/api/positions").param("party", "United States"), "party", "lower-case");
        expectBadRequest(get("/api/positions").param("issue", "NATO"), "issue", "lower-case");
        expectBadRequest(get("/api/positions").param("size", "5000"), "size", "between 1 and 1000");
        expectBadRequest(get("/api/positions").param("page", "x"), "page", "whole number");
        expectBadRequest(get("/api/positions/United_States/nato-membership/history"), "party", "lower-case");
        expectBadRequest(get("/api/positions/united-states/nato-membership/history").param("knownAt", "soon"),
                "knownAt", "not a valid time");
        verifyNoInteractions(queryGateway);
    }

    private void expectBadRequest(RequestBuilder request, String parameter, String detail) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(containsString(detail)));
    }

    private <Q> Q asked(Class<Q> type) {
        ArgumentCaptor<Q> query = ArgumentCaptor.forClass(type);
        verify(queryGateway).query(query.capture(), any(ResponseType.class));
        return query.getValue();
    }
}
