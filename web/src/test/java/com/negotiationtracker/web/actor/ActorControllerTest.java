package com.negotiationtracker.web.actor;

import com.negotiationtracker.core.actor.ActorKind;
import com.negotiationtracker.query.actor.ActorDetails;
import com.negotiationtracker.query.actor.ActorProfileView;
import com.negotiationtracker.query.actor.ActorView;
import com.negotiationtracker.query.actor.ActorsPage;
import com.negotiationtracker.query.actor.FindActor;
import com.negotiationtracker.query.actor.FindActors;
import com.negotiationtracker.query.timeline.Paging;
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

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
@WebMvcTest(ActorController.class)
class ActorControllerTest {

    private static final Instant RECORDED = Instant.parse("2026-01-05T09:00:00Z");
    private static final ActorView KREMLIN = new ActorView("kremlin", "The Kremlin", "office",
            List.of("office of the Russian president"), List.of("russia", "putin"), List.of(), RECORDED);

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private QueryGateway queryGateway;

    @Test
    void answersTheDirectoryAsJson() throws Exception {
        doReturn(CompletableFuture.completedFuture(new ActorsPage(RECORDED, List.of(KREMLIN), 0, 100, 19, true)))
                .when(queryGateway).query(any(FindActors.class), any(ResponseType.class));

        mvc.perform(get("/api/actors").param("knownAt", "2026-01-05T09:00:00Z").param("kind", "office"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.knownAt").value("2026-01-05T09:00:00Z"))
                .andExpect(jsonPath("$.total").value(19))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.entries[0].id").value("kremlin"))
                .andExpect(jsonPath("$.entries[0].name").value("The Kremlin"))
                .andExpect(jsonPath("$.entries[0].kind").value("office"))
                .andExpect(jsonPath("$.entries[0].roles[0]").value("office of the Russian president"))
                .andExpect(jsonPath("$.entries[0].speaksFor[0]").value("russia"))
                .andExpect(jsonPath("$.entries[0].speaksFor[1]").value("putin"))
                .andExpect(jsonPath("$.entries[0].spokenForBy").isEmpty())
                .andExpect(jsonPath("$.entries[0].recordedFrom").value("2026-01-05T09:00:00Z"));

        assertThat(asked(FindActors.class)).isEqualTo(new FindActors(RECORDED, ActorKind.OFFICE, Paging.first()));
    }

    @Test
    void readsKindsAsEditorsWriteThemAndPassesThePage() throws Exception {
        doReturn(CompletableFuture.completedFuture(new ActorsPage(RECORDED, List.of(), 3, 5, 2, true)))
                .when(queryGateway).query(any(FindActors.class), any(ResponseType.class));

        mvc.perform(get("/api/actors").param("kind", "unnamed-sources").param("page", "3").param("size", "5"))
                .andExpect(status().isOk());

        assertThat(asked(FindActors.class)).isEqualTo(new FindActors(null, ActorKind.UNNAMED_SOURCES,
                new Paging(3, 5)));
    }

    @Test
    void answersOneActorWithItsHistory() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.of(new ActorDetails(KREMLIN, RECORDED,
                List.of(new ActorProfileView("The Kremlin", "office", List.of("office of the Russian president"),
                        List.of("russia", "putin"), RECORDED, null))))))
                .when(queryGateway).query(any(FindActor.class), any(ResponseType.class));

        mvc.perform(get("/api/actors/kremlin").param("knownAt", "2026-01-05"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actor.id").value("kremlin"))
                .andExpect(jsonPath("$.actor.speaksFor[1]").value("putin"))
                .andExpect(jsonPath("$.knownAt").value("2026-01-05T09:00:00Z"))
                .andExpect(jsonPath("$.history[0].recordedFrom").value("2026-01-05T09:00:00Z"))
                .andExpect(jsonPath("$.history[0].recordedTo").isEmpty());

        assertThat(asked(FindActor.class)).isEqualTo(new FindActor("kremlin",
                Instant.parse("2026-01-05T23:59:59.999999Z")));
    }

    @Test
    void anActorTheDirectoryDoesNotHoldIsNotFound() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(any(FindActor.class), any(ResponseType.class));

        mvc.perform(get("/api/actors/nobody"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:not-found"))
                .andExpect(jsonPath("$.id").value("nobody"))
                .andExpect(jsonPath("$.detail").value(containsString("no actor 'nobody'")));
        mvc.perform(get("/api/actors/hegseth").param("knownAt", "2000-01-01"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("as the record stood at 2000-01-01T23:59:59")));
    }

    @Test
    void badParametersAreBadRequestsNamingTheParameter() throws Exception {
        mvc.perform(get("/api/actors").param("kind", "government"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("kind"))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "person, office, state, alliance, organization, unnamed-sources")));
        mvc.perform(get("/api/actors").param("knownAt", "last week"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("knownAt"));
        mvc.perform(get("/api/actors").param("size", "-3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("size"));
        mvc.perform(get("/api/actors/Donald Trump"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("id"));
        verifyNoInteractions(queryGateway);
    }

    private <Q> Q asked(Class<Q> type) {
        ArgumentCaptor<Q> query = ArgumentCaptor.forClass(type);
        verify(queryGateway).query(query.capture(), any(ResponseType.class));
        return query.getValue();
    }
}
