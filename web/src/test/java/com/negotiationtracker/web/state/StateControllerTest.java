package com.negotiationtracker.web.state;

import com.negotiationtracker.core.meeting.VenueKind;
import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.query.state.ChannelLevel;
import com.negotiationtracker.query.state.ChannelState;
import com.negotiationtracker.query.state.ChannelStatus;
import com.negotiationtracker.query.state.DiplomaticState;
import com.negotiationtracker.query.state.DiplomaticStateAt;
import com.negotiationtracker.query.state.MoreItems;
import com.negotiationtracker.query.state.InvitationState;
import com.negotiationtracker.query.state.InvitationStatus;
import com.negotiationtracker.query.state.StateTime;
import com.negotiationtracker.query.state.TrackPhase;
import com.negotiationtracker.query.state.TrackState;
import com.negotiationtracker.query.state.VenueView;
import com.negotiationtracker.query.timeline.Paging;
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
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The state endpoint: how it reads its parameters into a query, and the JSON it answers with. */
// may do everything: these tests are about answers; who may ask is config's AccessControlContract
@WithUserDetails("admin")
@WebMvcTest(StateController.class)
class StateControllerTest {

    private static final StateTime FEBRUARY_12 = new StateTime("2025-02-12", TimePrecision.DAY, false,
            Instant.parse("2025-02-12T00:00:00Z"));
    private static final DiplomaticState ON_13_FEBRUARY = new DiplomaticState(
            Instant.parse("2025-02-13T23:59:59.999999Z"), Instant.parse("2026-01-05T09:00:00Z"), null,
            List.of(new ChannelState(List.of("russia", "united-states"), ChannelStatus.ACTIVE, FEBRUARY_12,
                    "trump-putin-call", ChannelLevel.LEADERS, FEBRUARY_12, 1)),
            List.of(new TrackState("us-russia", "United States and Russia", List.of("united-states", "russia"),
                    TrackPhase.MEETING_PLANNED, FEBRUARY_12, "putin-trump-agree-to-meet")),
            List.of(new InvitationState("us-russia", "putin-invites-trump-to-moscow", "putin", "trump",
                    new VenueView(VenueKind.NAMED, "Moscow", "russia"), null, InvitationStatus.OPEN, FEBRUARY_12,
                    "putin-invites-trump-to-moscow", FEBRUARY_12)),
            List.of(), List.of(), List.of(), List.of(), List.of(), 0, 20, 1, 0, 5,
            List.of(new MoreItems("us-russia", "invitations")), 0, 50, true);

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private QueryGateway queryGateway;

    @BeforeEach
    void theReadModelAnswers() {
        doReturn(CompletableFuture.completedFuture(ON_13_FEBRUARY))
                .when(queryGateway).query(any(DiplomaticStateAt.class), any(ResponseType.class));
    }

    @Test
    void answersTheStateAsJson() throws Exception {
        mvc.perform(get("/api/state").param("validAt", "2025-02-13").param("knownAt", "2026-01-05T09:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.validAt").value("2025-02-13T23:59:59.999999Z"))
                .andExpect(jsonPath("$.knownAt").value("2026-01-05T09:00:00Z"))
                .andExpect(jsonPath("$.channels[0].parties[0]").value("russia"))
                .andExpect(jsonPath("$.channels[0].parties[1]").value("united-states"))
                .andExpect(jsonPath("$.channels[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.channels[0].since.value").value("2025-02-12"))
                .andExpect(jsonPath("$.channels[0].since.precision").value("DAY"))
                .andExpect(jsonPath("$.channels[0].since.from").value("2025-02-12T00:00:00Z"))
                .andExpect(jsonPath("$.channels[0].sinceFact").value("trump-putin-call"))
                .andExpect(jsonPath("$.channels[0].level").value("LEADERS"))
                .andExpect(jsonPath("$.channels[0].lastContact.value").value("2025-02-12"))
                .andExpect(jsonPath("$.channels[0].contactsCount").value(1))
                .andExpect(jsonPath("$.tracks[0].track").value("us-russia"))
                .andExpect(jsonPath("$.tracks[0].phase").value("MEETING_PLANNED"))
                .andExpect(jsonPath("$.invitations[0].venue.kind").value("NAMED"))
                .andExpect(jsonPath("$.invitations[0].venue.place").value("Moscow"))
                .andExpect(jsonPath("$.invitations[0].status").value("OPEN"))
                .andExpect(jsonPath("$.meetings").isEmpty())
                .andExpect(jsonPath("$.measures").isEmpty())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.tracksKnown").value(1))
                .andExpect(jsonPath("$.listPage").value(0))
                .andExpect(jsonPath("$.listSize").value(5))
                .andExpect(jsonPath("$.more[0].track").value("us-russia"))
                .andExpect(jsonPath("$.more[0].list").value("invitations"))
                .andExpect(jsonPath("$.channelPage").value(0))
                .andExpect(jsonPath("$.channelSize").value(50))
                .andExpect(jsonPath("$.moreChannels").value(true));
    }

    @Test
    void pagesTheWorldsChannelsFiftyAPageUnlessToldOtherwise() throws Exception {
        mvc.perform(get("/api/state")).andExpect(status().isOk());
        mvc.perform(get("/api/state").param("channelPage", "2").param("channelSize", "7"))
                .andExpect(status().isOk());

        List<DiplomaticStateAt> asked = askedFor(2);
        assertThat(asked.get(0).channels()).isEqualTo(new Paging(0, DiplomaticStateAt.CHANNELS_A_PAGE));
        assertThat(asked.get(1).channels()).isEqualTo(new Paging(2, 7));
    }

    @Test
    void pagesEachListOfATrackFiveItemsOnTheWorldAndFiftyOnATrackUnlessToldOtherwise() throws Exception {
        mvc.perform(get("/api/state")).andExpect(status().isOk());
        mvc.perform(get("/api/state").param("track", "us-russia")).andExpect(status().isOk());
        mvc.perform(get("/api/state").param("track", "us-russia").param("listPage", "3").param("listSize", "10"))
                .andExpect(status().isOk());

        List<DiplomaticStateAt> asked = askedFor(3);
        assertThat(asked.get(0).lists()).isEqualTo(new Paging(0, DiplomaticStateAt.LIST_ITEMS_OF_THE_WORLD));
        assertThat(asked.get(1).lists()).isEqualTo(new Paging(0, DiplomaticStateAt.LIST_ITEMS_OF_A_TRACK));
        assertThat(asked.get(2).lists()).isEqualTo(new Paging(3, 10));
    }

    @Test
    void aPageOfTheWorldHoldsAtMostTwentyThousandItemsOfEachList() throws Exception {
        mvc.perform(get("/api/state").param("size", "100").param("listSize", "201"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("listSize"))
                .andExpect(jsonPath("$.detail").value(containsString("at most 20000 items of each list")));
        mvc.perform(get("/api/state").param("size", "100").param("listSize", "200")).andExpect(status().isOk());
        mvc.perform(get("/api/state").param("track", "us-russia").param("listSize", "1000"))
                .andExpect(status().isOk());

        assertThat(askedFor(2)).map(asked -> asked.lists().size()).containsExactly(200, 1000);
    }

    @Test
    void pagesTheWorldByTracksTwentyAPageUnlessToldOtherwise() throws Exception {
        mvc.perform(get("/api/state").param("page", "2").param("size", "5")).andExpect(status().isOk());
        mvc.perform(get("/api/state")).andExpect(status().isOk());

        List<DiplomaticStateAt> asked = askedFor(2);
        assertThat(asked.get(0).tracks()).isEqualTo(new Paging(2, 5));
        assertThat(asked.get(1).tracks()).isEqualTo(new Paging(0, DiplomaticStateAt.TRACKS_A_PAGE));
    }

    @Test
    void readsADayOrAMonthAsItsLastMomentAndAnInstantAsItself() throws Exception {
        mvc.perform(get("/api/state").param("validAt", "2025-02-10").param("knownAt", "2026-01"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/state").param("validAt", "2025-02-12T16:30:00+02:00").param("track", "us-russia"))
                .andExpect(status().isOk());

        List<DiplomaticStateAt> asked = askedFor(2);
        assertThat(asked.get(0)).isEqualTo(new DiplomaticStateAt(Instant.parse("2025-02-10T23:59:59.999999Z"),
                Instant.parse("2026-01-31T23:59:59.999999Z"), null));
        assertThat(asked.get(1).validAt()).isEqualTo(Instant.parse("2025-02-12T14:30:00Z"));
        assertThat(asked.get(1).track()).isEqualTo("us-russia");
    }

    @Test
    void asksAboutNowOnBothAxesWhenNoTimeIsGiven() throws Exception {
        Instant before = Instant.now();
        mvc.perform(get("/api/state").param("validAt", "").param("track", "")).andExpect(status().isOk());
        Instant after = Instant.now();

        DiplomaticStateAt asked = askedFor(1).get(0);
        assertThat(asked.validAt()).isBetween(before, after).isEqualTo(asked.knownAt());
        assertThat(asked.track()).isNull();
    }

    @Test
    void anUnreadableTimeOrTrackIsABadRequestNamingTheParameter() throws Exception {
        expectBadParameter("validAt", "yesterday", "validAt: 'yesterday' is not a valid time");
        expectBadParameter("knownAt", "2025-02-12T10:00", "knownAt: '2025-02-12T10:00' is not a valid time");
        expectBadParameter("knownAt", "2025-13", "knownAt: '2025-13' is not a valid time");
        expectBadParameter("track", "US Russia", "lower-case");
        expectBadParameter("size", "0", "size must be between 1 and 1000");
        expectBadParameter("page", "-1", "page counts from 0");
        expectBadParameter("listSize", "1001", "listSize must be between 1 and 1000");
        expectBadParameter("listPage", "-2", "listPage counts from 0");
        expectBadParameter("listPage", "first", "listPage");
        expectBadParameter("channelSize", "1001", "channelSize must be between 1 and 1000");
        expectBadParameter("channelPage", "-1", "channelPage counts from 0");
        verifyNoInteractions(queryGateway);
    }

    private void expectBadParameter(String parameter, String value, String detail) throws Exception {
        mvc.perform(get("/api/state").param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(containsString(detail)));
    }

    private List<DiplomaticStateAt> askedFor(int times) {
        ArgumentCaptor<DiplomaticStateAt> query = ArgumentCaptor.forClass(DiplomaticStateAt.class);
        verify(queryGateway, times(times)).query(query.capture(), any(ResponseType.class));
        return query.getAllValues();
    }
}
