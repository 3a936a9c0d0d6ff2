package com.negotiationtracker.web.timeline;

import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.query.timeline.FindTimeline;
import com.negotiationtracker.query.timeline.Paging;
import com.negotiationtracker.query.timeline.ProvenanceView;
import com.negotiationtracker.query.timeline.SourceView;
import com.negotiationtracker.query.timeline.TimelineEntry;
import com.negotiationtracker.query.timeline.TimelinePage;
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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// may do everything: these tests are about answers; who may ask is config's AccessControlContract
@WithUserDetails("admin")
@WebMvcTest(TimelineController.class)
class TimelineControllerTest {

    private static final TimelineEntry CALL = new TimelineEntry("trump-putin-call", "us-russia", "call",
            "Trump and Putin held a phone call",
            new ValidTimeView("2025-02-12", TimePrecision.DAY, false, Instant.parse("2025-02-12T00:00:00Z"),
                    Instant.parse("2025-02-13T00:00:00Z")),
            List.of("trump", "putin"), List.of(),
            new ProvenanceView("kremlin", "statement", "close to an hour and a half",
                    new SourceView("seed-article", "Reuters", null, null, "2025-02-12")),
            Map.of("participants", List.of("trump", "putin")), Instant.parse("2026-01-05T09:00:00Z"));

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private QueryGateway queryGateway;

    @BeforeEach
    void theReadModelAnswers() {
        doReturn(CompletableFuture.completedFuture(new TimelinePage(List.of(CALL), 0, 100, 1, true)))
                .when(queryGateway).query(any(FindTimeline.class), any(ResponseType.class));
    }

    @Test
    void answersTheTimelineAsJson() throws Exception {
        mvc.perform(get("/api/timeline"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.entries[0].factId").value("trump-putin-call"))
                .andExpect(jsonPath("$.entries[0].track").value("us-russia"))
                .andExpect(jsonPath("$.entries[0].kind").value("call"))
                .andExpect(jsonPath("$.entries[0].summary").value("Trump and Putin held a phone call"))
                .andExpect(jsonPath("$.entries[0].validTime.value").value("2025-02-12"))
                .andExpect(jsonPath("$.entries[0].validTime.precision").value("DAY"))
                .andExpect(jsonPath("$.entries[0].validTime.approximate").value(false))
                .andExpect(jsonPath("$.entries[0].validTime.from").value("2025-02-12T00:00:00Z"))
                .andExpect(jsonPath("$.entries[0].actors[0]").value("trump"))
                .andExpect(jsonPath("$.entries[0].actors[1]").value("putin"))
                .andExpect(jsonPath("$.entries[0].provenance.assertedBy").value("kremlin"))
                .andExpect(jsonPath("$.entries[0].provenance.channel").value("statement"))
                .andExpect(jsonPath("$.entries[0].provenance.quote").value("close to an hour and a half"))
                .andExpect(jsonPath("$.entries[0].provenance.source.reference").value("seed-article"))
                .andExpect(jsonPath("$.entries[0].provenance.source.outlet").value("Reuters"))
                .andExpect(jsonPath("$.entries[0].provenance.source.publishedAt").value("2025-02-12"))
                .andExpect(jsonPath("$.entries[0].details.participants[1]").value("putin"))
                .andExpect(jsonPath("$.entries[0].recordedAt").value("2026-01-05T09:00:00Z"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.totalExact").value(true));

        assertThat(askedFor()).isEqualTo(FindTimeline.all());
    }

    @Test
    void passesTheFiltersToTheQuery() throws Exception {
        mvc.perform(get("/api/timeline")
                        .param("track", "us-russia").param("actor", "trump").param("kind", "meeting-proposed")
                        .param("issue", "territory").param("from", "2025-02-11").param("until", "2025-02"))
                .andExpect(status().isOk());

        assertThat(askedFor()).isEqualTo(new FindTimeline("us-russia", "trump", "meeting-proposed", "territory",
                Instant.parse("2025-02-11T00:00:00Z"), Instant.parse("2025-03-01T00:00:00Z")));
    }

    @Test
    void readsValidAtAndKnownAtAsTheLastMomentOfADayOrAMonthOrAsTheInstantGiven() throws Exception {
        mvc.perform(get("/api/timeline").param("validAt", "2025-02-11").param("knownAt", "2026-01"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/timeline").param("validAt", "2025-02-12T16:30:00+02:00")
                        .param("knownAt", "2026-01-05T09:00:00Z"))
                .andExpect(status().isOk());

        assertThat(askedForAll()).extracting(FindTimeline::validAt, FindTimeline::knownAt).containsExactly(
                tuple(Instant.parse("2025-02-11T23:59:59.999999Z"), Instant.parse("2026-01-31T23:59:59.999999Z")),
                tuple(Instant.parse("2025-02-12T14:30:00Z"), Instant.parse("2026-01-05T09:00:00Z")));
    }

    @Test
    void passesThePageAskedForAndByDefaultTheFirstOfOneHundred() throws Exception {
        mvc.perform(get("/api/timeline").param("page", "2").param("size", "10")).andExpect(status().isOk());
        mvc.perform(get("/api/timeline")).andExpect(status().isOk());

        assertThat(askedForAll()).extracting(FindTimeline::paging)
                .containsExactly(new Paging(2, 10), new Paging(0, 100));
    }

    @Test
    void aBadPageOrSizeOrTimeIsABadRequestNamingTheParameter() throws Exception {
        expectBadParameter("page", "-1", "page", "counts from 0");
        expectBadParameter("page", "first", "page", "whole number");
        expectBadParameter("size", "0", "size", "between 1 and 1000");
        expectBadParameter("size", "1001", "size", "between 1 and 1000");
        expectBadParameter("validAt", "yesterday", "validAt", "'yesterday' is not a valid time");
        expectBadParameter("knownAt", "2025-13-01", "knownAt", "is not a valid time");
        mvc.perform(get("/api/timeline").param("page", String.valueOf(Integer.MAX_VALUE)).param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("page"));
        verifyNoInteractions(queryGateway);
    }

    @Test
    void anEmptyFilterIsNoFilter() throws Exception {
        mvc.perform(get("/api/timeline").param("track", "").param("kind", ""))
                .andExpect(status().isOk());

        assertThat(askedFor()).isEqualTo(FindTimeline.all());
    }

    @Test
    void anUnknownKindIsABadRequestNamingTheKinds() throws Exception {
        mvc.perform(get("/api/timeline").param("kind", "phone-call"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid request parameter"))
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("kind"))
                .andExpect(jsonPath("$.detail").value(containsString("'phone-call' is not a kind of fact")))
                .andExpect(jsonPath("$.detail").value(containsString("call, statement, talks-agreed")));
        verifyNoInteractions(queryGateway);
    }

    @Test
    void aMalformedIdIsABadRequest() throws Exception {
        mvc.perform(get("/api/timeline").param("actor", "Donald Trump"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("actor"))
                .andExpect(jsonPath("$.detail").value(containsString("lower-case")));
    }

    @Test
    void aMalformedOrEmptyWindowIsABadRequest() throws Exception {
        mvc.perform(get("/api/timeline").param("from", "Wednesday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"))
                .andExpect(jsonPath("$.detail").value(containsString("'Wednesday' is not a valid time")));
        mvc.perform(get("/api/timeline").param("from", "2025-02-13").param("until", "2025-02-12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("until"));
        verifyNoInteractions(queryGateway);
    }

    @Test
    void aQueryHandlersFailureIsNotWrapped() throws Exception {
        doReturn(CompletableFuture.failedFuture(new IllegalStateException("read model unavailable")))
                .when(queryGateway).query(any(FindTimeline.class), any(ResponseType.class));

        assertThatThrownBy(() -> mvc.perform(get("/api/timeline")))
                .hasCauseExactlyInstanceOf(IllegalStateException.class) // not a CompletionException around it
                .cause().hasMessage("read model unavailable");
    }

    private void expectBadParameter(String parameter, String value, String named, String detail) throws Exception {
        mvc.perform(get("/api/timeline").param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value(named))
                .andExpect(jsonPath("$.detail").value(containsString(detail)));
    }

    private List<FindTimeline> askedForAll() {
        ArgumentCaptor<FindTimeline> query = ArgumentCaptor.forClass(FindTimeline.class);
        verify(queryGateway, atLeastOnce()).query(query.capture(), any(ResponseType.class));
        return query.getAllValues();
    }

    private FindTimeline askedFor() {
        ArgumentCaptor<FindTimeline> query = ArgumentCaptor.forClass(FindTimeline.class);
        verify(queryGateway).query(query.capture(), any(ResponseType.class));
        return query.getValue();
    }
}
