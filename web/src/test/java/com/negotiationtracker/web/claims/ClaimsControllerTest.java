package com.negotiationtracker.web.claims;

import com.negotiationtracker.query.claims.ClaimPage;
import com.negotiationtracker.query.claims.ClaimStatus;
import com.negotiationtracker.query.claims.FindClaim;
import com.negotiationtracker.query.claims.FindClaims;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static com.negotiationtracker.web.claims.ClaimSamples.PUTIN_CALL;
import static com.negotiationtracker.web.claims.ClaimSamples.PUTIN_CALL_DETAIL;
import static com.negotiationtracker.web.claims.ClaimSamples.ZELENSKIY_CALL_DETAIL;
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
@WebMvcTest(ClaimsController.class)
class ClaimsControllerTest {

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private QueryGateway queryGateway;

    @Test
    void listsTheLedgerWithFirstAppearances() throws Exception {
        theLedgerAnswers(new ClaimPage(List.of(PUTIN_CALL), 0, 20, 1, true));

        mvc.perform(get("/api/claims"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.claims[0].id").value("us-russia/trump-putin-call"))
                .andExpect(jsonPath("$.claims[0].status").value("asserted"))
                .andExpect(jsonPath("$.claims[0].assertedBy").value("kremlin"))
                .andExpect(jsonPath("$.claims[0].firstAppearance.provenance.assertedBy").value("kremlin"))
                .andExpect(jsonPath("$.claims[0].firstAppearance.provenance.source.publishedAt").value("2025-02-12"))
                .andExpect(jsonPath("$.claims[0].firstAppearance.recordedAt").value("2026-01-05T09:00:00Z"))
                .andExpect(jsonPath("$.claims[0].firstRecordedAt").value("2026-01-05T09:00:00Z"))
                .andExpect(jsonPath("$.claims[0].appearances").value(2));

        assertThat(askedFor()).isEqualTo(FindClaims.all());
    }

    @Test
    void passesFiltersSortAndPageToTheQuery() throws Exception {
        theLedgerAnswers(new ClaimPage(List.of(), 2, 5, 11, true));

        mvc.perform(get("/api/claims").param("actor", "white-house").param("source", "example-wire")
                        .param("kind", "meeting-venue-considered").param("status", "disputed")
                        .param("track", "us-russia").param("sort", "-firstAppearance")
                        .param("page", "2").param("size", "5"))
                .andExpect(status().isOk());

        assertThat(askedFor()).isEqualTo(new FindClaims("white-house", "example-wire", "meeting-venue-considered",
                ClaimStatus.DISPUTED, "us-russia", null, 2, 5, true));
    }

    @Test
    void badParametersAreNamed() throws Exception {
        mvc.perform(get("/api/claims").param("status", "doubtful"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("status"))
                .andExpect(jsonPath("$.detail").value(containsString("asserted, corroborated, corrected, disputed,"
                        + " retracted")));
        mvc.perform(get("/api/claims").param("kind", "phone-call"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("kind"));
        mvc.perform(get("/api/claims").param("sort", "date"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("sort"));
        mvc.perform(get("/api/claims").param("size", "500"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("size"));
        mvc.perform(get("/api/claims").param("page", "-1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("page"));
        mvc.perform(get("/api/claims").param("actor", "The Kremlin"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("actor"));
        verifyNoInteractions(queryGateway);
    }

    @Test
    void answersOneClaimWithItsDisputesAndTheEventsBehindThem() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.of(ZELENSKIY_CALL_DETAIL)))
                .when(queryGateway).query(any(FindClaim.class), any(ResponseType.class));

        mvc.perform(get("/api/claims/us-ukraine/trump-zelenskiy-call"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("disputed"))
                .andExpect(jsonPath("$.firstAppearance.provenance.assertedBy").value("zelenskiy-office"))
                .andExpect(jsonPath("$.fields[0].field").value("duration"))
                .andExpect(jsonPath("$.fields[0].from.assertedBy").value("zelenskiy-office"))
                .andExpect(jsonPath("$.disputes[0].field").value("duration"))
                .andExpect(jsonPath("$.disputes[0].claimedValue.value").value("PT1H"))
                .andExpect(jsonPath("$.disputes[0].claimedBy.assertedBy").value("zelenskiy-office"))
                .andExpect(jsonPath("$.disputes[0].otherValue.value").value("PT45M"))
                .andExpect(jsonPath("$.disputes[0].disputedBy.assertedBy").value("white-house"))
                .andExpect(jsonPath("$.disputes[0].disputedBy.source.outlet").value("Example Wire"))
                .andExpect(jsonPath("$.events[1].type").value("ClaimDisputed"))
                .andExpect(jsonPath("$.events[1].id").value("e10"));

        ArgumentCaptor<FindClaim> query = ArgumentCaptor.forClass(FindClaim.class);
        verify(queryGateway).query(query.capture(), any(ResponseType.class));
        assertThat(query.getValue()).isEqualTo(new FindClaim("us-ukraine", "trump-zelenskiy-call"));
    }

    @Test
    void anUnknownClaimIsNotFound() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(any(FindClaim.class), any(ResponseType.class));

        mvc.perform(get("/api/claims/us-russia/no-such-fact"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("no claim 'us-russia/no-such-fact'")));
    }

    @Test
    void aClaimIsFoundByItsFactIdAloneWhenOneTrackHasIt() throws Exception {
        theLedgerAnswers(new ClaimPage(List.of(PUTIN_CALL), 0, 200, 1, true));
        doReturn(CompletableFuture.completedFuture(Optional.of(PUTIN_CALL_DETAIL)))
                .when(queryGateway).query(any(FindClaim.class), any(ResponseType.class));

        mvc.perform(get("/api/claims/trump-putin-call"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("us-russia/trump-putin-call"))
                .andExpect(jsonPath("$.appearances.length()").value(2))
                .andExpect(jsonPath("$.appearances[1].provenance.source.reference").value("example-wire"));

        theLedgerAnswers(new ClaimPage(List.of(), 0, 200, 0, true));
        mvc.perform(get("/api/claims/no-such-fact")).andExpect(status().isNotFound());
    }

    private void theLedgerAnswers(ClaimPage page) {
        doReturn(CompletableFuture.completedFuture(page))
                .when(queryGateway).query(any(FindClaims.class), any(ResponseType.class));
    }

    private FindClaims askedFor() {
        ArgumentCaptor<FindClaims> query = ArgumentCaptor.forClass(FindClaims.class);
        verify(queryGateway).query(query.capture(), any(ResponseType.class));
        return query.getValue();
    }
}
