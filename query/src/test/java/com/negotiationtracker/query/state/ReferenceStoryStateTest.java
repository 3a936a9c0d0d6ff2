package com.negotiationtracker.query.state;

import com.negotiationtracker.core.meeting.VenueKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.negotiationtracker.query.state.StateEvents.IMPORTED;
import static com.negotiationtracker.query.state.StateReading.channel;
import static com.negotiationtracker.query.state.StateReading.meeting;
import static com.negotiationtracker.query.state.StateReading.time;
import static com.negotiationtracker.query.state.StateReading.track;
import static org.assertj.core.api.Assertions.assertThat;

/** The diplomatic state of the reference story at the moments the story turns on, as the record stands now. */
class ReferenceStoryStateTest {

    /** JUnit makes a test instance per test: each test has a database of its own with the story recorded. */
    private final StateFixture state = StateFixture.withReferenceStory();

    @AfterEach
    void close() {
        state.close();
    }

    @Test
    void on_10_february_the_leader_channel_between_the_united_states_and_russia_is_dormant_since_2022() {
        ChannelState channel = channel(state.at("2025-02-10"), "russia", "united-states").orElseThrow();

        assertThat(channel.status()).isEqualTo(ChannelStatus.DORMANT);
        assertThat(channel.since()).isEqualTo(time("2022-02"));
        assertThat(channel.sinceFact()).isEqualTo("no-leader-contact-since-invasion");
        assertThat(channel.lastContact()).isNull();
        assertThat(channel.contactsCount()).isZero();
    }

    @Test
    void on_13_february_the_channel_is_active_with_the_call_of_12_february() {
        DiplomaticState on13 = state.at("2025-02-13");
        ChannelState channel = channel(on13, "russia", "united-states").orElseThrow();

        assertThat(channel.parties()).containsExactly("russia", "united-states");
        assertThat(channel.status()).isEqualTo(ChannelStatus.ACTIVE);
        assertThat(channel.since()).isEqualTo(time("2025-02-12"));
        assertThat(channel.sinceFact()).isEqualTo("trump-putin-call");
        assertThat(channel.lastContact()).isEqualTo(time("2025-02-12"));
        assertThat(channel.contactsCount()).isEqualTo(1);
        assertThat(channel.level()).isEqualTo(ChannelLevel.LEADERS);
        assertThat(channel(on13, "ukraine", "united-states").orElseThrow().status()).isEqualTo(ChannelStatus.ACTIVE);
        assertThat(on13.channels()).hasSize(2);
    }

    @Test
    void the_moscow_invitation_is_open_from_12_february() {
        assertThat(state.at("2025-02-11").invitations()).isEmpty();

        List<InvitationState> on12 = state.at("2025-02-12").invitations();
        assertThat(on12).singleElement().satisfies(invitation -> {
            assertThat(invitation.invitation()).isEqualTo("putin-invites-trump-to-moscow");
            assertThat(invitation.host()).isEqualTo("putin");
            assertThat(invitation.guest()).isEqualTo("trump");
            assertThat(invitation.venue()).isEqualTo(new VenueView(VenueKind.NAMED, "Moscow", "russia"));
            assertThat(invitation.plannedFor()).isNull();
            assertThat(invitation.status()).isEqualTo(InvitationStatus.OPEN);
            assertThat(invitation.since()).isEqualTo(time("2025-02-12"));
        });
    }

    @Test
    void the_prisoner_swap_appears_from_11_february() {
        assertThat(state.at("2025-02-10").measures()).isEmpty();

        assertThat(state.at("2025-02-11").measures()).singleElement().satisfies(swap -> {
            assertThat(swap.kind()).isEqualTo("prisoner-swap");
            assertThat(swap.parties()).containsExactly("united-states", "russia");
            assertThat(swap.validTime()).isEqualTo(time("2025-02-11"));
        });
    }

    @Test
    void the_us_russia_track_goes_from_no_contact_to_a_meeting_planned() {
        TrackState on10 = track(state.at("2025-02-10"), "us-russia").orElseThrow();
        TrackState on13 = track(state.at("2025-02-13"), "us-russia").orElseThrow();

        assertThat(on10.phase()).isEqualTo(TrackPhase.NO_CONTACT);
        assertThat(on10.since()).isEqualTo(time("2022-02"));
        assertThat(on13.phase()).isEqualTo(TrackPhase.MEETING_PLANNED);
        assertThat(on13.since()).isEqualTo(time("2025-02-12"));
        assertThat(on13.parties()).containsExactly("united-states", "russia");
    }

    @Test
    void a_track_without_contact_has_had_none_since_ever() {
        TrackState peace = track(state.at("2025-02-13"), "ukraine-peace").orElseThrow();

        assertThat(peace.phase()).isEqualTo(TrackPhase.NO_CONTACT);
        assertThat(peace.since()).isNull();
        assertThat(peace.title()).isEqualTo("Peace in the war between Russia and Ukraine");
    }

    @Test
    void the_meetings_show_their_venues_even_where_unspecified() {
        DiplomaticState on13 = state.at("2025-02-13");

        MeetingState putinTrump = meeting(on13, "putin-trump-meeting").orElseThrow();
        assertThat(putinTrump.status()).isEqualTo(MeetingStatus.AGREED);
        assertThat(putinTrump.participants()).containsExactly("putin", "trump");
        assertThat(putinTrump.venue().kind()).isEqualTo(VenueKind.UNSPECIFIED);
        assertThat(putinTrump.venuesConsidered()).containsExactly(new VenueView(VenueKind.THIRD_COUNTRY, null, null));

        MeetingState munich = meeting(on13, "trump-zelenskiy-munich").orElseThrow();
        assertThat(munich.status()).isEqualTo(MeetingStatus.PROPOSED);
        assertThat(munich.attendees()).containsExactly("vance", "rubio");
        assertThat(munich.venue().place()).isEqualTo("Munich");
        assertThat(munich.plannedFor()).isEqualTo(time("2025-02-14"));
    }

    @Test
    void demands_proposals_and_guarantees_appear_from_their_valid_time() {
        DiplomaticState on13 = state.at("2025-02-13");
        assertThat(on13.demands()).extracting(DemandState::issue).containsExactly("territory");
        assertThat(on13.proposals()).extracting(ProposalState::proposer).containsExactly("zelenskiy");
        assertThat(on13.guarantees()).singleElement()
                .satisfies(guarantee -> assertThat(guarantee.guarantors()).containsExactly("europe"));

        DiplomaticState on10 = state.at("2025-02-10");
        assertThat(on10.demands()).isEmpty();
        assertThat(on10.guarantees()).isEmpty();
        assertThat(on10.proposals()).hasSize(1); // "about February 2025": from the start of the month
        assertThat(state.at("2025-01").proposals()).isEmpty();
    }

    @Test
    void before_the_import_the_record_held_none_of_it() {
        DiplomaticState before = state.at("2025-02-13", IMPORTED.minusNanos(1000));

        assertThat(before.isEmpty()).isTrue();
        assertThat(state.at("2025-02-13", IMPORTED).tracks()).isEmpty(); // only the directory is recorded by then
    }

    @Test
    void narrowed_to_a_track_the_state_holds_its_own_things_and_the_channel_between_its_parties() {
        DiplomaticState usUkraine = state.ask(new DiplomaticStateAt(StateTimes.moment("2025-02-13"), null,
                "us-ukraine"));

        assertThat(usUkraine.track()).isEqualTo("us-ukraine");
        assertThat(usUkraine.channels()).extracting(ChannelState::parties)
                .containsExactly(List.of("ukraine", "united-states"));
        assertThat(usUkraine.tracks()).extracting(TrackState::track).containsExactly("us-ukraine");
        assertThat(usUkraine.meetings()).extracting(MeetingState::meeting).containsExactly("trump-zelenskiy-munich");
        assertThat(usUkraine.proposals()).hasSize(1);
        assertThat(usUkraine.invitations()).isEmpty();
        assertThat(usUkraine.measures()).isEmpty();
        assertThat(usUkraine.guarantees()).isEmpty();
    }

    @Test
    void the_answer_says_which_moments_it_is_about() {
        DiplomaticState answer = state.at("2025-02-13", IMPORTED);

        assertThat(answer.validAt()).isEqualTo("2025-02-13T23:59:59.999999Z");
        assertThat(answer.knownAt()).isEqualTo(IMPORTED);
        assertThat(answer.track()).isNull();
    }
}
