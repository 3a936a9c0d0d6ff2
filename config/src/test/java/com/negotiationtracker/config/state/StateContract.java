package com.negotiationtracker.config.state;

import com.negotiationtracker.config.support.TrackerApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static com.negotiationtracker.config.state.StateApi.absent;
import static com.negotiationtracker.config.state.StateApi.channel;
import static com.negotiationtracker.config.state.StateApi.elements;
import static com.negotiationtracker.config.state.StateApi.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The diplomatic state of the reference story through the API, on a real database, as of valid time and record time.
 * Each store (H2, PostgreSQL) runs the same contract.
 */
abstract class StateContract {

    @LocalServerPort
    int port;

    StateApi state;

    /** Records the reference story, unless the application did on its start. */
    abstract void referenceStoryRecorded(TrackerApi api);

    @BeforeEach
    void stateProjected() {
        TrackerApi api = new TrackerApi(port);
        referenceStoryRecorded(api);
        state = new StateApi(api);
        // The processor's segments handle the story in parallel: wait for all of what the tests look at.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode on13 = state.state("validAt=2025-02-13");
            assertThat(channel(on13, "russia", "united-states")).hasValueSatisfying(channel ->
                    assertThat(channel.path("status").asString()).isEqualTo("ACTIVE"));
            assertThat(channel(on13, "ukraine", "united-states")).isPresent();
            assertThat(elements(on13, "tracks")).hasSize(3);
            assertThat(elements(on13, "invitations")).hasSize(1);
            assertThat(elements(on13, "meetings")).hasSize(2);
            assertThat(elements(on13, "measures")).hasSize(1);
            assertThat(elements(on13, "demands")).hasSize(2);
            assertThat(elements(on13, "proposals")).hasSize(1);
            assertThat(elements(on13, "guarantees")).hasSize(1);
            assertThat(track(on13, "us-russia").orElseThrow().path("phase").asString()).isEqualTo("MEETING_PLANNED");
            assertThat(channel(state.state("validAt=2025-02-10"), "russia", "united-states")).isPresent();
        });
    }

    @Test
    void on_10_february_the_us_russia_channel_is_dormant_since_2022() {
        JsonNode channel = channel(state.state("validAt=2025-02-10"), "russia", "united-states").orElseThrow();

        assertThat(channel.path("status").asString()).isEqualTo("DORMANT");
        assertThat(channel.path("since").path("value").asString()).isEqualTo("2022-02");
        assertThat(channel.path("since").path("approximate").asBoolean()).isTrue();
        assertThat(channel.path("sinceFact").asString()).isEqualTo("no-leader-contact-since-invasion");
        assertThat(absent(channel.path("lastContact"))).isTrue();
        assertThat(channel.path("contactsCount").asInt()).isZero();
    }

    @Test
    void on_13_february_it_is_active_with_the_call_of_12_february() {
        JsonNode channel = channel(state.state("validAt=2025-02-13"), "russia", "united-states").orElseThrow();

        assertThat(channel.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(channel.path("since").path("value").asString()).isEqualTo("2025-02-12");
        assertThat(channel.path("sinceFact").asString()).isEqualTo("trump-putin-call");
        assertThat(channel.path("lastContact").path("value").asString()).isEqualTo("2025-02-12");
        assertThat(channel.path("contactsCount").asInt()).isEqualTo(1);
        assertThat(channel.path("level").asString()).isEqualTo("LEADERS");
    }

    @Test
    void the_moscow_invitation_is_open_from_12_february() {
        assertThat(elements(state.state("validAt=2025-02-11"), "invitations")).isEmpty();

        List<JsonNode> invitations = elements(state.state("validAt=2025-02-12"), "invitations");
        assertThat(invitations).singleElement().satisfies(invitation -> {
            assertThat(invitation.path("invitation").asString()).isEqualTo("putin-invites-trump-to-moscow");
            assertThat(invitation.path("host").asString()).isEqualTo("putin");
            assertThat(invitation.path("guest").asString()).isEqualTo("trump");
            assertThat(invitation.path("venue").path("place").asString()).isEqualTo("Moscow");
            assertThat(invitation.path("status").asString()).isEqualTo("OPEN");
            assertThat(invitation.path("since").path("value").asString()).isEqualTo("2025-02-12");
        });
    }

    @Test
    void the_prisoner_swap_appears_from_11_february() {
        assertThat(elements(state.state("validAt=2025-02-10"), "measures")).isEmpty();

        assertThat(elements(state.state("validAt=2025-02-11"), "measures")).singleElement().satisfies(swap -> {
            assertThat(swap.path("kind").asString()).isEqualTo("prisoner-swap");
            assertThat(swap.path("validTime").path("value").asString()).isEqualTo("2025-02-11");
        });
    }

    @Test
    void the_us_russia_track_goes_from_no_contact_to_a_meeting_planned() {
        JsonNode on10 = track(state.state("validAt=2025-02-10"), "us-russia").orElseThrow();
        JsonNode on13 = track(state.state("validAt=2025-02-13"), "us-russia").orElseThrow();

        assertThat(on10.path("phase").asString()).isEqualTo("NO_CONTACT");
        assertThat(on10.path("since").path("value").asString()).isEqualTo("2022-02");
        assertThat(on13.path("phase").asString()).isEqualTo("MEETING_PLANNED");
        assertThat(on13.path("since").path("value").asString()).isEqualTo("2025-02-12");
        // a track no contact was ever reported for has had none since ever
        JsonNode peace = track(state.state("validAt=2025-02-10"), "ukraine-peace").orElseThrow();
        assertThat(peace.path("phase").asString()).isEqualTo("NO_CONTACT");
        assertThat(absent(peace.path("since"))).isTrue();
    }

    @Test
    void before_the_import_the_record_held_none_of_it() {
        JsonNode before = state.state("validAt=2025-02-13&knownAt=2000-01-01");

        assertThat(before.path("knownAt").asString()).isEqualTo("2000-01-01T23:59:59.999999Z");
        for (String list : List.of("channels", "tracks", "invitations", "meetings", "measures", "demands",
                "proposals", "guarantees")) {
            assertThat(elements(before, list)).as(list).isEmpty();
        }
    }

    @Test
    void narrowed_to_a_track_the_state_holds_the_channel_between_its_parties() {
        JsonNode usRussia = state.state("validAt=2025-02-13&track=us-russia");

        assertThat(elements(usRussia, "channels")).singleElement()
                .satisfies(channel -> assertThat(channel.path("parties").toString())
                        .isEqualTo("[\"russia\",\"united-states\"]"));
        assertThat(elements(usRussia, "tracks")).extracting(phase -> phase.path("track").asString())
                .containsExactly("us-russia");
        assertThat(elements(usRussia, "meetings")).extracting(meeting -> meeting.path("meeting").asString())
                .containsExactly("putin-trump-meeting");
        assertThat(elements(usRussia, "demands")).isEmpty();
    }

    @Test
    void an_unreadable_time_is_a_bad_request_naming_the_parameter() {
        TrackerApi.Response response = state.get("validAt=13.02.2025");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("parameter").asString()).isEqualTo("validAt");
        assertThat(response.json().path("detail").asString()).contains("'13.02.2025' is not a valid time");
    }
}
