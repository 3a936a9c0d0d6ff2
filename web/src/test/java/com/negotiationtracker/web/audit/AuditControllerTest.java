package com.negotiationtracker.web.audit;

import com.negotiationtracker.query.audit.Breach;
import com.negotiationtracker.query.audit.BrokenSeal;
import com.negotiationtracker.query.audit.CurrentDigest;
import com.negotiationtracker.query.audit.Digest;
import com.negotiationtracker.query.audit.HasOnlyGrownSince;
import com.negotiationtracker.query.audit.IsChainIntact;
import com.negotiationtracker.query.audit.Verdict;
import com.negotiationtracker.query.audit.Verification;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.junit.jupiter.api.Test;
import org.axonframework.queryhandling.QueryGateway;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

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
@WebMvcTest(AuditController.class)
class AuditControllerTest {

    private static final String HEAD = "3f".repeat(32);

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private QueryGateway queryGateway;

    @Test
    void answersTheDigest() throws Exception {
        doReturn(CompletableFuture.completedFuture(new Digest(49, HEAD)))
                .when(queryGateway).query(any(CurrentDigest.class), any(ResponseType.class));

        mvc.perform(get("/api/audit/digest"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.count").value(49))
                .andExpect(jsonPath("$.head").value(HEAD));
    }

    @Test
    void answersAnIntactChain() throws Exception {
        doReturn(CompletableFuture.completedFuture(new Verification(Verdict.INTACT, 49, 49, HEAD, 2, 50L, null, null,
                "all 49 sealed events are stored as they were sealed")))
                .when(queryGateway).query(any(IsChainIntact.class), any(ResponseType.class));

        mvc.perform(get("/api/audit/verify"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("INTACT"))
                .andExpect(jsonPath("$.count").value(49))
                .andExpect(jsonPath("$.head").value(HEAD))
                .andExpect(jsonPath("$.notYetSealed").value(2))
                .andExpect(jsonPath("$.firstUnsealedIndex").value(50))
                .andExpect(jsonPath("$.firstBadEvent").doesNotExist());
    }

    @Test
    void answersTheFirstBadEventOfATamperedChain() throws Exception {
        BrokenSeal broken = new BrokenSeal(12, 14, "e0a1", Breach.ALTERED, "event e0a1 is no longer stored as sealed");
        doReturn(CompletableFuture.completedFuture(new Verification(Verdict.TAMPERED, 49, 11, null, 0, null, null,
                broken, broken.detail())))
                .when(queryGateway).query(any(IsChainIntact.class), any(ResponseType.class));

        mvc.perform(get("/api/audit/verify"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("TAMPERED"))
                .andExpect(jsonPath("$.verified").value(11))
                .andExpect(jsonPath("$.head").doesNotExist())
                .andExpect(jsonPath("$.firstBadEvent.chainIndex").value(12))
                .andExpect(jsonPath("$.firstBadEvent.globalIndex").value(14))
                .andExpect(jsonPath("$.firstBadEvent.eventIdentifier").value("e0a1"))
                .andExpect(jsonPath("$.firstBadEvent.breach").value("ALTERED"))
                .andExpect(jsonPath("$.detail").value(broken.detail()));
    }

    @Test
    void comparesWithADigestKeptEarlier() throws Exception {
        doReturn(CompletableFuture.completedFuture(new Verification(Verdict.ONLY_GROWN, 50, 49, null, 0, null,
                new Digest(49, HEAD), null, "the log has only grown")))
                .when(queryGateway).query(any(HasOnlyGrownSince.class), any(ResponseType.class));

        mvc.perform(get("/api/audit/verify").param("digest", HEAD.toUpperCase()).param("count", "49"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("ONLY_GROWN"))
                .andExpect(jsonPath("$.since.count").value(49))
                .andExpect(jsonPath("$.since.head").value(HEAD));

        ArgumentCaptor<HasOnlyGrownSince> query = ArgumentCaptor.forClass(HasOnlyGrownSince.class);
        verify(queryGateway).query(query.capture(), any(ResponseType.class));
        assertThat(query.getValue()).isEqualTo(new HasOnlyGrownSince(new Digest(49, HEAD)));
    }

    @Test
    void aDigestNeedsItsCountAndACountItsDigest() throws Exception {
        mvc.perform(get("/api/audit/verify").param("digest", HEAD))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("count"));
        mvc.perform(get("/api/audit/verify").param("count", "49"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("digest"));
        verifyNoInteractions(queryGateway);
    }

    @Test
    void aMalformedDigestOrCountIsABadRequest() throws Exception {
        mvc.perform(get("/api/audit/verify").param("digest", "not-a-hash").param("count", "49"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("digest"))
                .andExpect(jsonPath("$.detail").value(containsString("64 hex digits")));
        mvc.perform(get("/api/audit/verify").param("digest", HEAD).param("count", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("count"));
        mvc.perform(get("/api/audit/verify").param("digest", HEAD).param("count", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(queryGateway);
    }
}
