package com.negotiationtracker.web.export;

import com.negotiationtracker.query.claims.ClaimDetail;
import com.negotiationtracker.query.claims.ExportClaims;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.negotiationtracker.web.claims.ClaimSamples.PUTIN_CALL_DETAIL;
import static com.negotiationtracker.web.claims.ClaimSamples.ZELENSKIY_CALL_DETAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// may do everything: these tests are about answers; who may ask is config's AccessControlContract
@WithUserDetails("admin")
@WebMvcTest(ClaimsJsonLdExport.class)
class ClaimsJsonLdExportTest {

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private QueryGateway queryGateway;

    @Test
    void streamsTheLedgerAsSchemaOrgClaimsThatParseBack() throws Exception {
        // two batches, then none: the export asks batch after batch, each after the last claim of the one before
        doReturn(CompletableFuture.completedFuture(List.of(PUTIN_CALL_DETAIL)),
                CompletableFuture.completedFuture(List.of(ZELENSKIY_CALL_DETAIL)),
                CompletableFuture.completedFuture(List.of()))
                .when(queryGateway).query(any(ExportClaims.class), any(ResponseType.class));

        MvcResult started = mvc.perform(get("/api/export/claims.jsonld"))
                .andExpect(request().asyncStarted())
                .andReturn();
        MvcResult result = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/ld+json"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"claims.jsonld\""))
                .andReturn();

        JsonNode document = JsonMapper.builder().build()
                .readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(document.path("@context").asString()).isEqualTo("https://schema.org");
        JsonNode graph = document.path("@graph");
        assertThat(graph.size()).isEqualTo(2);

        JsonNode call = graph.get(0);
        assertThat(call.path("@type").asString()).isEqualTo("Claim");
        assertThat(call.path("@id").asString()).isEqualTo("urn:negotiation-tracker:claim:us-russia/trump-putin-call");
        assertThat(call.path("text").asString()).isEqualTo("Trump and Putin held a phone call.");
        assertThat(call.path("author").path("identifier").asString()).isEqualTo("kremlin");
        assertThat(call.path("datePublished").asString()).isEqualTo("2025-02-12");
        assertThat(call.path("firstAppearance").path("@type").asString()).isEqualTo("CreativeWork");
        assertThat(call.path("firstAppearance").path("identifier").asString()).isEqualTo("seed-article");
        assertThat(call.path("firstAppearance").path("datePublished").asString()).isEqualTo("2025-02-12");
        assertThat(call.path("firstAppearance").has("publisher")).as("the seed names no outlet").isFalse();
        JsonNode wire = call.path("appearance").get(1);
        assertThat(wire.path("url").asString()).isEqualTo("https://wire.example/calls");
        assertThat(wire.path("datePublished").asString()).isEqualTo("2025-02-13");
        assertThat(wire.path("publisher").path("@type").asString()).isEqualTo("Organization");
        assertThat(wire.path("publisher").path("name").asString()).isEqualTo("Example Wire");
        assertThat(wire.path("name").asString()).isEqualTo("The calls");

        assertThat(graph.get(1).path("creativeWorkStatus").asString()).isEqualTo("disputed");
        assertThat(graph.get(1).path("author").path("identifier").asString()).isEqualTo("zelenskiy-office");

        ArgumentCaptor<ExportClaims> batches = ArgumentCaptor.forClass(ExportClaims.class);
        verify(queryGateway, times(3)).query(batches.capture(), any(ResponseType.class));
        assertThat(batches.getAllValues()).containsExactly(ExportClaims.first(ClaimsJsonLdExport.BATCH),
                new ExportClaims("us-russia", "trump-putin-call", ClaimsJsonLdExport.BATCH),
                new ExportClaims("us-ukraine", "trump-zelenskiy-call", ClaimsJsonLdExport.BATCH));
    }

    @Test
    void anEmptyLedgerIsAnEmptyGraph() throws Exception {
        doReturn(CompletableFuture.completedFuture(List.<ClaimDetail>of()))
                .when(queryGateway).query(any(ExportClaims.class), any(ResponseType.class));

        MvcResult started = mvc.perform(get("/api/export/claims.jsonld")).andReturn();
        String body = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(JsonMapper.builder().build().readTree(body).path("@graph").isEmpty()).isTrue();
    }
}
