package com.negotiationtracker.query.state;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.meeting.Venue;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;
import static com.negotiationtracker.query.state.StateEvents.call;
import static com.negotiationtracker.query.state.StateEvents.contactSuspended;
import static com.negotiationtracker.query.state.StateEvents.importedPlus;
import static com.negotiationtracker.query.state.StateEvents.meetingAgreed;
import static com.negotiationtracker.query.state.StateEvents.meetingHeld;
import static com.negotiationtracker.query.state.StateEvents.meetingScheduled;
import static com.negotiationtracker.query.state.StateEvents.moscowInvitation;
import static com.negotiationtracker.query.state.StateEvents.moscowInvitationAccepted;
import static com.negotiationtracker.query.state.StateEvents.person;
import static com.negotiationtracker.query.state.StateEvents.personRevised;
import static com.negotiationtracker.query.state.StateEvents.recorded;
import static com.negotiationtracker.query.state.StateEvents.referenceStory;
import static com.negotiationtracker.query.state.StateEvents.state;
import static com.negotiationtracker.query.state.StateReading.channel;
import static com.negotiationtracker.query.state.StateReading.invitation;
import static com.negotiationtracker.query.state.StateReading.meeting;
import static com.negotiationtracker.query.state.StateReading.time;
import static com.negotiationtracker.query.state.StateReading.track;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state on both time axes: facts recorded out of valid-time order, channels that fall dormant and wake, profiles
 * revised, and the rows themselves, which depend only on the events and their record times.
 */
class BitemporalStateTest {

    private final StateFixture state = new StateFixture();

    @AfterEach
    void close() {
        state.close();
    }

    private List<EventMessage<?>> usRussiaDirectory() {
        return List.of(recorded(state(UNITED_STATES), importedPlus(0)), recorded(state(RUSSIA), importedPlus(1)),
                recorded(person(TRUMP, UNITED_STATES), importedPlus(2)), recorded(person(PUTIN, RUSSIA),
                        importedPlus(3)), recorded(usRussiaOpened(), importedPlus(4)));
    }

    @Test
    void a_fact_about_an_earlier_date_recorded_later_changes_that_date_only_from_its_recording() {
        Instant callRecorded = importedPlus(10);
        Instant suspensionRecorded = importedPlus(20);
        state.deliver(usRussiaDirectory());
        state.deliver(recorded(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), callRecorded));
        state.deliver(recorded(contactSuspended(US_RUSSIA, fact("no-contact-since-invasion").on("2022-02"),
                UNITED_STATES, RUSSIA), suspensionRecorded));

        // 10 February, as the record stood before the suspension was recorded: no channel was known yet
        assertThat(state.at("2025-02-10", callRecorded).channels()).isEmpty();
        assertThat(state.at("2025-02-10", suspensionRecorded.minusNanos(1000)).channels()).isEmpty();
        assertThat(track(state.at("2025-02-10", callRecorded), "us-russia").orElseThrow().since()).isNull();
        // ... and from its recording on: dormant since 2022
        ChannelState dormant = channel(state.at("2025-02-10", suspensionRecorded), "russia", "united-states")
                .orElseThrow();
        assertThat(dormant.status()).isEqualTo(ChannelStatus.DORMANT);
        assertThat(dormant.since()).isEqualTo(time("2022-02"));
        assertThat(track(state.at("2025-02-10", suspensionRecorded), "us-russia").orElseThrow().since())
                .isEqualTo(time("2022-02"));
        // 13 February is the same whichever the record time: active since the call
        ChannelState before = channel(state.at("2025-02-13", callRecorded), "russia", "united-states").orElseThrow();
        ChannelState after = channel(state.at("2025-02-13", suspensionRecorded), "russia", "united-states")
                .orElseThrow();
        assertThat(before).isEqualTo(after);
        assertThat(after.status()).isEqualTo(ChannelStatus.ACTIVE);
        // and before the call was recorded, nothing
        assertThat(state.at("2025-02-13", callRecorded.minusNanos(1000)).channels()).isEmpty();
    }

    @Test
    void a_channel_falls_dormant_and_wakes_with_each_suspension_and_contact() {
        state.deliver(usRussiaDirectory());
        state.deliver(recorded(contactSuspended(US_RUSSIA, fact("no-contact-since-invasion").on("2022-02"),
                UNITED_STATES, RUSSIA), importedPlus(10)));
        state.deliver(recorded(call(US_RUSSIA, fact("first-call").on("2025-02-12"), TRUMP, PUTIN),
                importedPlus(11)));
        state.deliver(recorded(call(US_RUSSIA, fact("second-call").on("2025-03-18"), TRUMP, PUTIN),
                importedPlus(12)));
        state.deliver(recorded(contactSuspended(US_RUSSIA, fact("contact-broken-off").on("2025-06-01"),
                UNITED_STATES, RUSSIA), importedPlus(13)));
        state.deliver(recorded(call(US_RUSSIA, fact("third-call").on("2025-09-09"), TRUMP, PUTIN),
                importedPlus(14)));

        assertThat(channel(state.at("2025-01-31"), "russia", "united-states").orElseThrow())
                .extracting(ChannelState::status, ChannelState::since, ChannelState::contactsCount)
                .containsExactly(ChannelStatus.DORMANT, time("2022-02"), 0);
        assertThat(channel(state.at("2025-03-31"), "russia", "united-states").orElseThrow())
                .extracting(ChannelState::status, ChannelState::since, ChannelState::lastContact,
                        ChannelState::contactsCount)
                .containsExactly(ChannelStatus.ACTIVE, time("2025-02-12"), time("2025-03-18"), 2);
        assertThat(channel(state.at("2025-07"), "russia", "united-states").orElseThrow())
                .extracting(ChannelState::status, ChannelState::since, ChannelState::lastContact,
                        ChannelState::level)
                .containsExactly(ChannelStatus.DORMANT, time("2025-06-01"), time("2025-03-18"),
                        ChannelLevel.PARTIES);
        assertThat(channel(state.at("2025-09-09"), "russia", "united-states").orElseThrow())
                .extracting(ChannelState::status, ChannelState::since, ChannelState::contactsCount,
                        ChannelState::level)
                .containsExactly(ChannelStatus.ACTIVE, time("2025-09-09"), 3, ChannelLevel.LEADERS);
        assertThat(track(state.at("2025-07"), "us-russia").orElseThrow().phase()).isEqualTo(TrackPhase.NO_CONTACT);
        assertThat(track(state.at("2025-09-10"), "us-russia").orElseThrow().phase()).isEqualTo(TrackPhase.CONTACT);
    }

    @Test
    void an_invitation_and_a_meeting_change_status_in_valid_time() {
        state.deliver(usRussiaDirectory());
        state.deliver(recorded(moscowInvitation(fact("putin-invites-trump")), importedPlus(10)));
        state.deliver(recorded(meetingAgreed(fact("putin-trump-agree-to-meet")), importedPlus(11)));
        state.deliver(recorded(moscowInvitationAccepted(fact("trump-accepts").on("2025-02-20")), importedPlus(12)));
        Venue riyadh = Venue.named("Riyadh", ActorId.of("saudi-arabia"));
        state.deliver(recorded(meetingScheduled(fact("meeting-fixed").on("2025-02-15"), riyadh, "2025-02-18"),
                importedPlus(13)));
        state.deliver(recorded(meetingHeld(fact("meeting-in-riyadh").on("2025-02-18"), riyadh), importedPlus(14)));

        assertThat(invitation(state.at("2025-02-19"), "putin-invites-trump-to-moscow").orElseThrow().status())
                .isEqualTo(InvitationStatus.OPEN);
        InvitationState accepted = invitation(state.at("2025-02-20"), "putin-invites-trump-to-moscow").orElseThrow();
        assertThat(accepted.status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(accepted.since()).isEqualTo(time("2025-02-20"));
        assertThat(accepted.issued()).isEqualTo(time("2025-02-12"));

        assertThat(meeting(state.at("2025-02-14"), "putin-trump-meeting").orElseThrow())
                .extracting(MeetingState::status, MeetingState::plannedFor)
                .containsExactly(MeetingStatus.AGREED, null);
        assertThat(meeting(state.at("2025-02-16"), "putin-trump-meeting").orElseThrow())
                .extracting(MeetingState::status, MeetingState::venue, MeetingState::plannedFor)
                .containsExactly(MeetingStatus.SCHEDULED, VenueView.of(riyadh), time("2025-02-18"));
        assertThat(meeting(state.at("2025-02-18"), "putin-trump-meeting").orElseThrow().status())
                .isEqualTo(MeetingStatus.HELD);
        // a meeting held is contact between the parties, and the furthest phase
        DiplomaticState on18 = state.at("2025-02-18");
        assertThat(channel(on18, "russia", "united-states").orElseThrow())
                .extracting(ChannelState::status, ChannelState::lastContact)
                .containsExactly(ChannelStatus.ACTIVE, time("2025-02-18"));
        assertThat(track(on18, "us-russia").orElseThrow().phase()).isEqualTo(TrackPhase.MEETING_HELD);
        assertThat(track(state.at("2025-02-17"), "us-russia").orElseThrow().phase())
                .isEqualTo(TrackPhase.MEETING_PLANNED);
    }

    @Test
    void whom_an_actor_speaks_for_counts_as_the_record_stood() {
        ActorId envoy = ActorId.of("envoy");
        state.deliver(usRussiaDirectory());
        state.deliver(recorded(person(envoy), 0, importedPlus(10)));
        state.deliver(recorded(call(US_RUSSIA, fact("envoy-putin-call"), envoy, PUTIN), importedPlus(11)));
        state.deliver(recorded(personRevised(envoy, UNITED_STATES), 1, importedPlus(12)));

        // before the revision the envoy spoke for no one but himself ...
        assertThat(state.at("2025-02-13", importedPlus(11)).channels()).extracting(ChannelState::parties)
                .containsExactly(List.of("envoy", "russia"));
        // ... from it on, for the United States
        assertThat(state.at("2025-02-13", importedPlus(12)).channels()).extracting(ChannelState::parties)
                .containsExactly(List.of("russia", "united-states"));
    }

    @Test
    void the_same_events_handled_in_another_order_give_the_same_rows() {
        state.deliver(referenceStory());

        try (StateFixture reversed = new StateFixture()) {
            // as if the segments that hold the facts had run ahead of the one that holds the directory
            List<EventMessage<?>> events = new ArrayList<>(referenceStory());
            Collections.reverse(events);
            reversed.deliver(events);

            assertThat(reversed.tables()).isEqualTo(state.tables());
        }
    }

    @Test
    void handling_every_event_twice_changes_nothing() {
        List<EventMessage<?>> story = referenceStory();
        state.deliver(story);
        var once = state.tables();

        state.deliver(story);
        story.forEach(event -> {
            state.deliver(event);
            state.deliver(event);
        });

        assertThat(state.tables()).isEqualTo(once);
    }

    @Test
    void a_reset_empties_the_state_and_a_replay_rebuilds_the_same_rows() {
        List<EventMessage<?>> story = referenceStory();
        state.deliver(story);
        var before = state.tables();

        state.reset();
        assertThat(state.historyRows()).isZero();
        assertThat(state.at("2025-02-13").isEmpty()).isTrue();

        state.deliver(story);
        assertThat(state.tables()).isEqualTo(before);
    }

    @Test
    void a_version_the_record_stops_holding_is_closed_not_removed() {
        state.deliver(usRussiaDirectory());
        state.deliver(recorded(call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN), importedPlus(10)));
        int rowsBefore = state.historyRows();

        state.deliver(recorded(contactSuspended(US_RUSSIA, fact("no-contact-since-invasion").on("2022-02"),
                UNITED_STATES, RUSSIA), importedPlus(20)));

        // the channel: its active version stays open, a dormant one is added before it;
        // the track: "no contact since ever" is closed and replaced by "since ever" up to 2022 and "since 2022"
        assertThat(state.historyRows()).isEqualTo(rowsBefore + 3);
        // the closed version still answers for the record time it was held
        assertThat(track(state.at("2024-01", importedPlus(10)), "us-russia").orElseThrow().since()).isNull();
        assertThat(track(state.at("2024-01", importedPlus(20)), "us-russia").orElseThrow().since())
                .isEqualTo(time("2022-02"));
    }
}
