package com.negotiationtracker.core.meeting;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.testdata.AggregateScenario;
import com.negotiationtracker.core.testdata.KnownActors;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.NegotiationTrack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.MUNICH;
import static com.negotiationtracker.core.testdata.TestFacts.RUBIO;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.US_UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.VANCE;
import static com.negotiationtracker.core.testdata.TestFacts.ZELENSKIY;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usUkraineOpened;

/** The Munich meeting of the reference story: Trump and Zelenskiy, with Vance and Rubio, on Friday 14 February. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MeetingRulesTest {

    private static final MeetingId MUNICH_MEETING = MeetingId.of("trump-zelenskiy-munich");
    private static final List<ActorId> PRINCIPALS = List.of(TRUMP, ZELENSKIY);
    private static final List<ActorId> ENTOURAGE = List.of(VANCE, RUBIO);
    private static final ValidTime FRIDAY = ValidTime.of("2025-02-14");
    private static final Venue SECURITY_CONFERENCE = Venue.named("Munich Security Conference", null);

    private static final Fact PROPOSED = fact("munich-meeting-possible").assertedBy(TRUMP).build();
    private static final Fact PROPOSED_AGAIN = fact("munich-meeting-possible-again").assertedBy(TRUMP).build();
    private static final Fact AGREED = fact("munich-meeting-agreed").on("2025-02-13").build();
    private static final Fact VENUE_CONSIDERED = fact("munich-venue-considered").on("2025-02-13").build();
    private static final Fact SCHEDULED = fact("munich-meeting-scheduled").on("2025-02-13").build();
    private static final Fact RESCHEDULED = fact("munich-meeting-rescheduled").on("2025-02-13").build();
    private static final Fact HELD = fact("munich-meeting-held").on("2025-02-14").build();
    private static final Fact HELD_AGAIN = fact("munich-meeting-held-again").on("2025-02-15").build();
    private static final Fact CANCELLED = fact("munich-meeting-cancelled").on("2025-02-14").build();
    private static final Fact CANCELLED_AGAIN = fact("munich-meeting-cancelled-again").on("2025-02-15").build();

    private static final MeetingProposed WAS_PROPOSED =
            new MeetingProposed(US_UKRAINE, PROPOSED, MUNICH_MEETING, PRINCIPALS, ENTOURAGE, MUNICH, FRIDAY);
    private static final MeetingAgreed WAS_AGREED =
            new MeetingAgreed(US_UKRAINE, AGREED, MUNICH_MEETING, PRINCIPALS, ENTOURAGE, MUNICH, FRIDAY);
    private static final MeetingScheduled WAS_SCHEDULED = new MeetingScheduled(US_UKRAINE, SCHEDULED, MUNICH_MEETING,
            SECURITY_CONFERENCE, FRIDAY, PRINCIPALS, ENTOURAGE);
    private static final MeetingHeld WAS_HELD =
            new MeetingHeld(US_UKRAINE, HELD, MUNICH_MEETING, MUNICH, PRINCIPALS, ENTOURAGE);
    private static final MeetingCancelled WAS_CANCELLED =
            new MeetingCancelled(US_UKRAINE, CANCELLED, MUNICH_MEETING, MUNICH, PRINCIPALS, ENTOURAGE);

    private AggregateScenario<NegotiationTrack> fixture;

    @BeforeEach
    void setUp() {
        fixture = AggregateScenario.of(NegotiationTrack.class, KnownActors.ofTheStory());
    }

    @Nested
    class A_meeting_is_proposed {

        @Test
        void a_meeting_is_proposed_with_its_participants_attendees_venue_and_date() {
            fixture.given(usUkraineOpened())
                    .when(new ProposeMeeting(US_UKRAINE, PROPOSED, MUNICH_MEETING, PRINCIPALS, ENTOURAGE, MUNICH,
                            FRIDAY))
                    .expectEvents(WAS_PROPOSED)
                    .expectResultMessagePayload(true);
        }

        @Test
        void proposing_the_same_meeting_again_records_nothing() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED)
                    .when(new ProposeMeeting(US_UKRAINE, PROPOSED, MUNICH_MEETING, PRINCIPALS, ENTOURAGE, MUNICH,
                            FRIDAY))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_meeting_is_proposed_once() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED)
                    .when(new ProposeMeeting(US_UKRAINE, PROPOSED_AGAIN, MUNICH_MEETING, PRINCIPALS, ENTOURAGE,
                            MUNICH, FRIDAY))
                    .expectRuleViolation(Rule.MEETING_PROPOSED_ONCE);
        }

        @Test
        void a_meeting_first_known_as_agreed_cannot_be_proposed_afterwards() {
            fixture.given(usUkraineOpened(), WAS_AGREED)
                    .when(new ProposeMeeting(US_UKRAINE, PROPOSED, MUNICH_MEETING, PRINCIPALS, ENTOURAGE, MUNICH,
                            FRIDAY))
                    .expectRuleViolation(Rule.MEETING_PROPOSED_ONCE);
        }

        @Test
        void a_recorded_proposal_keeps_its_date() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED)
                    .when(new ProposeMeeting(US_UKRAINE, PROPOSED, MUNICH_MEETING, PRINCIPALS, ENTOURAGE, MUNICH,
                            ValidTime.of("2025-02-15")))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }

        @Test
        void a_meeting_needs_two_participants() {
            fixture.given(usUkraineOpened())
                    .when(new ProposeMeeting(US_UKRAINE, PROPOSED, MUNICH_MEETING, List.of(TRUMP), ENTOURAGE,
                            MUNICH, FRIDAY))
                    .expectRuleViolation(Rule.MEETING_NEEDS_TWO_PARTICIPANTS);
        }

        @Test
        void a_meeting_needs_two_distinct_participants() {
            fixture.given(usUkraineOpened())
                    .when(new ProposeMeeting(US_UKRAINE, PROPOSED, MUNICH_MEETING, List.of(TRUMP, TRUMP), ENTOURAGE,
                            MUNICH, FRIDAY))
                    .expectRuleViolation(Rule.MEETING_NEEDS_TWO_PARTICIPANTS);
        }

        @Test
        void every_attendee_must_be_known() {
            fixture.given(usUkraineOpened())
                    .when(new ProposeMeeting(US_UKRAINE, PROPOSED, MUNICH_MEETING, PRINCIPALS,
                            List.of(VANCE, ActorId.of("kellogg")), MUNICH, FRIDAY))
                    .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
        }

        @Test
        void a_meeting_without_venue_or_date_has_an_unspecified_venue() {
            fixture.given(usUkraineOpened())
                    .when(new ProposeMeeting(US_UKRAINE, PROPOSED, MUNICH_MEETING, PRINCIPALS, null, null, null))
                    .expectEvents(new MeetingProposed(US_UKRAINE, PROPOSED, MUNICH_MEETING, PRINCIPALS, List.of(),
                            Venue.unspecified(), null))
                    .expectResultMessagePayload(true);
        }
    }

    @Nested
    class Participants_agree_to_meet {

        @Test
        void an_agreement_may_be_the_first_news_of_a_meeting() {
            fixture.given(usUkraineOpened())
                    .when(new AgreeMeeting(US_UKRAINE, AGREED, MUNICH_MEETING, PRINCIPALS, ENTOURAGE, MUNICH, FRIDAY))
                    .expectEvents(WAS_AGREED)
                    .expectResultMessagePayload(true);
        }

        @Test
        void an_agreement_may_follow_a_proposal() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED)
                    .when(new AgreeMeeting(US_UKRAINE, AGREED, MUNICH_MEETING, PRINCIPALS, ENTOURAGE, MUNICH, FRIDAY))
                    .expectEvents(WAS_AGREED)
                    .expectResultMessagePayload(true);
        }

        @Test
        void an_agreement_may_follow_a_schedule() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_SCHEDULED)
                    .when(new AgreeMeeting(US_UKRAINE, AGREED, MUNICH_MEETING, PRINCIPALS, ENTOURAGE, MUNICH, FRIDAY))
                    .expectEvents(WAS_AGREED)
                    .expectResultMessagePayload(true);
        }

        @Test
        void recording_the_same_agreement_again_records_nothing() {
            fixture.given(usUkraineOpened(), WAS_AGREED)
                    .when(new AgreeMeeting(US_UKRAINE, AGREED, MUNICH_MEETING, PRINCIPALS, ENTOURAGE, MUNICH, FRIDAY))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void recording_the_same_agreement_again_records_nothing_even_after_the_meeting_was_held() {
            fixture.given(usUkraineOpened(), WAS_AGREED, WAS_HELD)
                    .when(new AgreeMeeting(US_UKRAINE, AGREED, MUNICH_MEETING, PRINCIPALS, ENTOURAGE, MUNICH, FRIDAY))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_recorded_agreement_keeps_its_attendees() {
            fixture.given(usUkraineOpened(), WAS_AGREED)
                    .when(new AgreeMeeting(US_UKRAINE, AGREED, MUNICH_MEETING, PRINCIPALS, List.of(VANCE), MUNICH,
                            FRIDAY))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }

        @Test
        void a_cancelled_meeting_cannot_be_agreed() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_CANCELLED)
                    .when(new AgreeMeeting(US_UKRAINE, AGREED, MUNICH_MEETING, PRINCIPALS, ENTOURAGE, MUNICH, FRIDAY))
                    .expectRuleViolation(Rule.CANCELLED_MEETING_IS_CLOSED);
        }

        @Test
        void a_held_meeting_cannot_be_agreed_again() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_HELD)
                    .when(new AgreeMeeting(US_UKRAINE, AGREED, MUNICH_MEETING, PRINCIPALS, ENTOURAGE, MUNICH, FRIDAY))
                    .expectRuleViolation(Rule.HELD_MEETING_IS_CLOSED);
        }

        @Test
        void an_agreed_meeting_needs_two_participants() {
            fixture.given(usUkraineOpened())
                    .when(new AgreeMeeting(US_UKRAINE, AGREED, MUNICH_MEETING, List.of(ZELENSKIY), ENTOURAGE, MUNICH,
                            FRIDAY))
                    .expectRuleViolation(Rule.MEETING_NEEDS_TWO_PARTICIPANTS);
        }

        @Test
        void every_participant_of_an_agreed_meeting_must_be_known() {
            fixture.given(usUkraineOpened())
                    .when(new AgreeMeeting(US_UKRAINE, AGREED, MUNICH_MEETING, List.of(ZELENSKIY, ActorId.of("macron")),
                            ENTOURAGE, MUNICH, FRIDAY))
                    .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
        }
    }

    @Nested
    class A_venue_is_considered {

        @Test
        void a_venue_under_consideration_names_the_meetings_participants() {
            fixture.given(usUkraineOpened(), WAS_AGREED)
                    .when(new ConsiderVenue(US_UKRAINE, VENUE_CONSIDERED, MUNICH_MEETING, Venue.thirdCountry()))
                    .expectEvents(new MeetingVenueConsidered(US_UKRAINE, VENUE_CONSIDERED, MUNICH_MEETING,
                            Venue.thirdCountry(), PRINCIPALS, ENTOURAGE))
                    .expectResultMessagePayload(true);
        }

        @Test
        void a_meeting_must_exist_for_a_venue_to_be_considered() {
            fixture.given(usUkraineOpened())
                    .when(new ConsiderVenue(US_UKRAINE, VENUE_CONSIDERED, MUNICH_MEETING, Venue.thirdCountry()))
                    .expectRuleViolation(Rule.MEETING_MUST_EXIST);
        }

        @Test
        void no_venue_is_considered_for_a_cancelled_meeting() {
            fixture.given(usUkraineOpened(), WAS_AGREED, WAS_CANCELLED)
                    .when(new ConsiderVenue(US_UKRAINE, VENUE_CONSIDERED, MUNICH_MEETING, Venue.thirdCountry()))
                    .expectRuleViolation(Rule.CANCELLED_MEETING_IS_CLOSED);
        }

        @Test
        void no_venue_is_considered_for_a_meeting_that_was_held() {
            fixture.given(usUkraineOpened(), WAS_AGREED, WAS_HELD)
                    .when(new ConsiderVenue(US_UKRAINE, VENUE_CONSIDERED, MUNICH_MEETING, Venue.thirdCountry()))
                    .expectRuleViolation(Rule.HELD_MEETING_IS_CLOSED);
        }

        @Test
        void considering_the_same_venue_again_records_nothing() {
            fixture.given(usUkraineOpened(), WAS_AGREED, new MeetingVenueConsidered(US_UKRAINE, VENUE_CONSIDERED,
                            MUNICH_MEETING, Venue.thirdCountry(), PRINCIPALS, ENTOURAGE))
                    .when(new ConsiderVenue(US_UKRAINE, VENUE_CONSIDERED, MUNICH_MEETING, Venue.thirdCountry()))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void considering_the_same_venue_again_records_nothing_after_the_participants_changed() {
            MeetingAgreed withVance = new MeetingAgreed(US_UKRAINE, AGREED, MUNICH_MEETING,
                    List.of(TRUMP, ZELENSKIY, VANCE), List.of(RUBIO), MUNICH, FRIDAY);
            fixture.given(usUkraineOpened(), WAS_PROPOSED, new MeetingVenueConsidered(US_UKRAINE, VENUE_CONSIDERED,
                            MUNICH_MEETING, Venue.thirdCountry(), PRINCIPALS, ENTOURAGE), withVance)
                    .when(new ConsiderVenue(US_UKRAINE, VENUE_CONSIDERED, MUNICH_MEETING, Venue.thirdCountry()))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_recorded_consideration_keeps_its_venue() {
            fixture.given(usUkraineOpened(), WAS_AGREED, new MeetingVenueConsidered(US_UKRAINE, VENUE_CONSIDERED,
                            MUNICH_MEETING, Venue.thirdCountry(), PRINCIPALS, ENTOURAGE))
                    .when(new ConsiderVenue(US_UKRAINE, VENUE_CONSIDERED, MUNICH_MEETING, MUNICH))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }
    }

    @Nested
    class A_meeting_is_scheduled {

        @Test
        void a_meeting_is_scheduled_for_a_time_and_venue() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED)
                    .when(new ScheduleMeeting(US_UKRAINE, SCHEDULED, MUNICH_MEETING, SECURITY_CONFERENCE, FRIDAY))
                    .expectEvents(WAS_SCHEDULED)
                    .expectResultMessagePayload(true);
        }

        @Test
        void a_scheduled_meeting_may_be_rescheduled() {
            ValidTime saturday = ValidTime.of("2025-02-15");
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_SCHEDULED)
                    .when(new ScheduleMeeting(US_UKRAINE, RESCHEDULED, MUNICH_MEETING, SECURITY_CONFERENCE, saturday))
                    .expectEvents(new MeetingScheduled(US_UKRAINE, RESCHEDULED, MUNICH_MEETING, SECURITY_CONFERENCE,
                            saturday, PRINCIPALS, ENTOURAGE))
                    .expectResultMessagePayload(true);
        }

        @Test
        void a_meeting_must_exist_to_be_scheduled() {
            fixture.given(usUkraineOpened())
                    .when(new ScheduleMeeting(US_UKRAINE, SCHEDULED, MUNICH_MEETING, SECURITY_CONFERENCE, FRIDAY))
                    .expectRuleViolation(Rule.MEETING_MUST_EXIST);
        }

        @Test
        void a_cancelled_meeting_cannot_be_scheduled() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_CANCELLED)
                    .when(new ScheduleMeeting(US_UKRAINE, SCHEDULED, MUNICH_MEETING, SECURITY_CONFERENCE, FRIDAY))
                    .expectRuleViolation(Rule.CANCELLED_MEETING_IS_CLOSED);
        }

        @Test
        void a_held_meeting_cannot_be_rescheduled() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_HELD)
                    .when(new ScheduleMeeting(US_UKRAINE, SCHEDULED, MUNICH_MEETING, SECURITY_CONFERENCE, FRIDAY))
                    .expectRuleViolation(Rule.HELD_MEETING_IS_CLOSED);
        }

        @Test
        void scheduling_the_same_meeting_again_records_nothing() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_SCHEDULED)
                    .when(new ScheduleMeeting(US_UKRAINE, SCHEDULED, MUNICH_MEETING, SECURITY_CONFERENCE, FRIDAY))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void scheduling_the_same_meeting_again_records_nothing_after_the_participants_changed() {
            MeetingAgreed withoutEntourage = new MeetingAgreed(US_UKRAINE, AGREED, MUNICH_MEETING, PRINCIPALS,
                    List.of(), SECURITY_CONFERENCE, FRIDAY);
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_SCHEDULED, withoutEntourage)
                    .when(new ScheduleMeeting(US_UKRAINE, SCHEDULED, MUNICH_MEETING, SECURITY_CONFERENCE, FRIDAY))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_recorded_schedule_keeps_its_date() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_SCHEDULED)
                    .when(new ScheduleMeeting(US_UKRAINE, SCHEDULED, MUNICH_MEETING, SECURITY_CONFERENCE,
                            ValidTime.of("2025-02-15")))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }
    }

    @Nested
    class A_meeting_is_held {

        @Test
        void a_meeting_is_held_where_it_was_planned() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED)
                    .when(new HoldMeeting(US_UKRAINE, HELD, MUNICH_MEETING))
                    .expectEvents(WAS_HELD)
                    .expectResultMessagePayload(true);
        }

        @Test
        void a_meeting_is_held_at_the_venue_it_was_scheduled_for() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_SCHEDULED)
                    .when(new HoldMeeting(US_UKRAINE, HELD, MUNICH_MEETING))
                    .expectEvents(new MeetingHeld(US_UKRAINE, HELD, MUNICH_MEETING, SECURITY_CONFERENCE, PRINCIPALS,
                            ENTOURAGE))
                    .expectResultMessagePayload(true);
        }

        @Test
        void a_meeting_must_exist_to_be_held() {
            fixture.given(usUkraineOpened())
                    .when(new HoldMeeting(US_UKRAINE, HELD, MUNICH_MEETING))
                    .expectRuleViolation(Rule.MEETING_MUST_EXIST);
        }

        @Test
        void a_meeting_is_held_once() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_HELD)
                    .when(new HoldMeeting(US_UKRAINE, HELD_AGAIN, MUNICH_MEETING))
                    .expectRuleViolation(Rule.HELD_MEETING_IS_CLOSED);
        }

        @Test
        void a_cancelled_meeting_cannot_be_held() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_CANCELLED)
                    .when(new HoldMeeting(US_UKRAINE, HELD, MUNICH_MEETING))
                    .expectRuleViolation(Rule.CANCELLED_MEETING_IS_CLOSED);
        }

        @Test
        void a_recorded_meeting_held_keeps_its_meeting() {
            MeetingId other = MeetingId.of("trump-zelenskiy-washington");
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_HELD, new MeetingProposed(US_UKRAINE,
                            fact("washington-meeting-possible").build(), other, PRINCIPALS, List.of(),
                            Venue.named("Washington", null), null))
                    .when(new HoldMeeting(US_UKRAINE, HELD, other))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }

        @Test
        void recording_the_same_meeting_held_again_records_nothing() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_HELD)
                    .when(new HoldMeeting(US_UKRAINE, HELD, MUNICH_MEETING))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }
    }

    @Nested
    class A_meeting_is_cancelled {

        @Test
        void a_planned_meeting_is_called_off() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED)
                    .when(new CancelMeeting(US_UKRAINE, CANCELLED, MUNICH_MEETING))
                    .expectEvents(WAS_CANCELLED)
                    .expectResultMessagePayload(true);
        }

        @Test
        void a_meeting_must_exist_to_be_cancelled() {
            fixture.given(usUkraineOpened())
                    .when(new CancelMeeting(US_UKRAINE, CANCELLED, MUNICH_MEETING))
                    .expectRuleViolation(Rule.MEETING_MUST_EXIST);
        }

        @Test
        void a_meeting_is_cancelled_once() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_CANCELLED)
                    .when(new CancelMeeting(US_UKRAINE, CANCELLED_AGAIN, MUNICH_MEETING))
                    .expectRuleViolation(Rule.CANCELLED_MEETING_IS_CLOSED);
        }

        @Test
        void a_held_meeting_cannot_be_cancelled() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_HELD)
                    .when(new CancelMeeting(US_UKRAINE, CANCELLED, MUNICH_MEETING))
                    .expectRuleViolation(Rule.HELD_MEETING_IS_CLOSED);
        }

        @Test
        void a_recorded_cancellation_is_not_a_meeting_held() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_CANCELLED)
                    .when(new HoldMeeting(US_UKRAINE, CANCELLED, MUNICH_MEETING))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }

        @Test
        void recording_the_same_cancellation_again_records_nothing() {
            fixture.given(usUkraineOpened(), WAS_PROPOSED, WAS_CANCELLED)
                    .when(new CancelMeeting(US_UKRAINE, CANCELLED, MUNICH_MEETING))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }
    }
}
