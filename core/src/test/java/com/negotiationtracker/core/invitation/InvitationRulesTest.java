package com.negotiationtracker.core.invitation;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.meeting.Venue;
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

import static com.negotiationtracker.core.testdata.TestFacts.MOSCOW;
import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InvitationRulesTest {

    private static final InvitationId TO_MOSCOW = InvitationId.of("putin-invites-trump-to-moscow");
    private static final InvitationId TO_WASHINGTON = InvitationId.of("trump-invites-putin-to-washington");

    private static final Fact INVITED = fact("putin-invited-trump").summary("Putin invited Trump to Moscow").build();
    private static final Fact ACCEPTED = fact("trump-accepted").on("2025-02-13").build();
    private static final Fact ACCEPTED_AGAIN = fact("trump-accepted-again").on("2025-02-14").build();
    private static final Fact DECLINED = fact("trump-declined").on("2025-02-13").build();
    private static final Fact DECLINED_AGAIN = fact("trump-declined-again").on("2025-02-14").build();
    private static final Fact WITHDRAWN = fact("putin-withdrew").on("2025-02-15").build();
    private static final Fact WITHDRAWN_AGAIN = fact("putin-withdrew-again").on("2025-02-16").build();

    private static final InvitationIssued ISSUED =
            new InvitationIssued(US_RUSSIA, INVITED, TO_MOSCOW, PUTIN, TRUMP, MOSCOW, null);
    private static final InvitationAccepted WAS_ACCEPTED =
            new InvitationAccepted(US_RUSSIA, ACCEPTED, TO_MOSCOW, PUTIN, TRUMP);
    private static final InvitationDeclined WAS_DECLINED =
            new InvitationDeclined(US_RUSSIA, DECLINED, TO_MOSCOW, PUTIN, TRUMP);
    private static final InvitationWithdrawn WAS_WITHDRAWN =
            new InvitationWithdrawn(US_RUSSIA, WITHDRAWN, TO_MOSCOW, PUTIN, TRUMP);

    private AggregateScenario<NegotiationTrack> fixture;

    @BeforeEach
    void setUp() {
        fixture = AggregateScenario.of(NegotiationTrack.class, KnownActors.ofTheStory());
    }

    @Nested
    class A_host_issues_an_invitation {

        @Test
        void an_invitation_is_issued_to_a_named_place() {
            fixture.given(usRussiaOpened())
                    .when(new IssueInvitation(US_RUSSIA, INVITED, TO_MOSCOW, PUTIN, TRUMP, MOSCOW, null))
                    .expectEvents(ISSUED)
                    .expectResultMessagePayload(true);
        }

        @Test
        void an_invitation_may_name_a_time_and_leave_the_venue_unspecified() {
            ValidTime spring = ValidTime.approximately("2025-03");
            fixture.given(usRussiaOpened())
                    .when(new IssueInvitation(US_RUSSIA, INVITED, TO_MOSCOW, PUTIN, TRUMP, null, spring))
                    .expectEvents(new InvitationIssued(US_RUSSIA, INVITED, TO_MOSCOW, PUTIN, TRUMP,
                            Venue.unspecified(), spring))
                    .expectResultMessagePayload(true);
        }

        @Test
        void issuing_the_same_invitation_again_records_nothing() {
            fixture.given(usRussiaOpened(), ISSUED)
                    .when(new IssueInvitation(US_RUSSIA, INVITED, TO_MOSCOW, PUTIN, TRUMP, MOSCOW, null))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void an_invitation_is_issued_once() {
            fixture.given(usRussiaOpened(), ISSUED)
                    .when(new IssueInvitation(US_RUSSIA, fact("putin-invited-trump-again").build(), TO_MOSCOW,
                            PUTIN, TRUMP, MOSCOW, null))
                    .expectRuleViolation(Rule.INVITATION_ISSUED_ONCE);
        }

        @Test
        void a_recorded_invitation_keeps_its_venue() {
            fixture.given(usRussiaOpened(), ISSUED)
                    .when(new IssueInvitation(US_RUSSIA, INVITED, TO_MOSCOW, PUTIN, TRUMP, Venue.thirdCountry(),
                            null))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }

        @Test
        void the_host_and_the_guest_differ() {
            fixture.given(usRussiaOpened())
                    .when(new IssueInvitation(US_RUSSIA, INVITED, TO_MOSCOW, PUTIN, PUTIN, MOSCOW, null))
                    .expectRuleViolation(Rule.HOST_AND_GUEST_DIFFER);
        }

        @Test
        void the_guest_must_be_known() {
            fixture.given(usRussiaOpened())
                    .when(new IssueInvitation(US_RUSSIA, INVITED, TO_MOSCOW, PUTIN, ActorId.of("xi"), MOSCOW, null))
                    .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
        }

        @Test
        void the_host_must_be_known() {
            fixture.given(usRussiaOpened())
                    .when(new IssueInvitation(US_RUSSIA, INVITED, TO_MOSCOW, ActorId.of("xi"), TRUMP, MOSCOW, null))
                    .expectRuleViolation(Rule.ACTOR_MUST_BE_KNOWN);
        }
    }

    @Nested
    class The_guest_accepts {

        @Test
        void the_guest_accepts_an_open_invitation() {
            fixture.given(usRussiaOpened(), ISSUED)
                    .when(new AcceptInvitation(US_RUSSIA, ACCEPTED, TO_MOSCOW))
                    .expectEvents(WAS_ACCEPTED)
                    .expectResultMessagePayload(true);
        }

        @Test
        void an_invitation_must_exist_to_be_accepted() {
            fixture.given(usRussiaOpened())
                    .when(new AcceptInvitation(US_RUSSIA, ACCEPTED, TO_MOSCOW))
                    .expectRuleViolation(Rule.INVITATION_MUST_EXIST);
        }

        @Test
        void an_invitation_is_answered_once() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_ACCEPTED)
                    .when(new AcceptInvitation(US_RUSSIA, ACCEPTED_AGAIN, TO_MOSCOW))
                    .expectRuleViolation(Rule.INVITATION_ANSWERED_ONCE);
        }

        @Test
        void a_declined_invitation_cannot_be_accepted() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_DECLINED)
                    .when(new AcceptInvitation(US_RUSSIA, ACCEPTED, TO_MOSCOW))
                    .expectRuleViolation(Rule.INVITATION_ANSWERED_ONCE);
        }

        @Test
        void a_withdrawn_invitation_cannot_be_accepted() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_WITHDRAWN)
                    .when(new AcceptInvitation(US_RUSSIA, ACCEPTED, TO_MOSCOW))
                    .expectRuleViolation(Rule.WITHDRAWN_INVITATION_IS_CLOSED);
        }

        @Test
        void recording_the_same_acceptance_again_records_nothing() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_ACCEPTED)
                    .when(new AcceptInvitation(US_RUSSIA, ACCEPTED, TO_MOSCOW))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void recording_the_same_acceptance_again_records_nothing_even_after_a_withdrawal() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_ACCEPTED, WAS_WITHDRAWN)
                    .when(new AcceptInvitation(US_RUSSIA, ACCEPTED, TO_MOSCOW))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_recorded_acceptance_keeps_its_invitation() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_ACCEPTED,
                            new InvitationIssued(US_RUSSIA, fact("trump-invited-putin").build(), TO_WASHINGTON,
                                    TRUMP, PUTIN, Venue.named("Washington", null), null))
                    .when(new AcceptInvitation(US_RUSSIA, ACCEPTED, TO_WASHINGTON))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }
    }

    @Nested
    class The_guest_declines {

        @Test
        void the_guest_declines_an_open_invitation() {
            fixture.given(usRussiaOpened(), ISSUED)
                    .when(new DeclineInvitation(US_RUSSIA, DECLINED, TO_MOSCOW))
                    .expectEvents(WAS_DECLINED)
                    .expectResultMessagePayload(true);
        }

        @Test
        void an_invitation_must_exist_to_be_declined() {
            fixture.given(usRussiaOpened())
                    .when(new DeclineInvitation(US_RUSSIA, DECLINED, TO_MOSCOW))
                    .expectRuleViolation(Rule.INVITATION_MUST_EXIST);
        }

        @Test
        void an_accepted_invitation_cannot_be_declined() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_ACCEPTED)
                    .when(new DeclineInvitation(US_RUSSIA, DECLINED, TO_MOSCOW))
                    .expectRuleViolation(Rule.INVITATION_ANSWERED_ONCE);
        }

        @Test
        void an_invitation_is_declined_once() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_DECLINED)
                    .when(new DeclineInvitation(US_RUSSIA, DECLINED_AGAIN, TO_MOSCOW))
                    .expectRuleViolation(Rule.INVITATION_ANSWERED_ONCE);
        }

        @Test
        void a_withdrawn_invitation_cannot_be_declined() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_WITHDRAWN)
                    .when(new DeclineInvitation(US_RUSSIA, DECLINED, TO_MOSCOW))
                    .expectRuleViolation(Rule.WITHDRAWN_INVITATION_IS_CLOSED);
        }

        @Test
        void a_recorded_refusal_keeps_its_invitation() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_DECLINED,
                            new InvitationIssued(US_RUSSIA, fact("trump-invited-putin").build(), TO_WASHINGTON,
                                    TRUMP, PUTIN, Venue.named("Washington", null), null))
                    .when(new DeclineInvitation(US_RUSSIA, DECLINED, TO_WASHINGTON))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }

        @Test
        void recording_the_same_refusal_again_records_nothing() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_DECLINED)
                    .when(new DeclineInvitation(US_RUSSIA, DECLINED, TO_MOSCOW))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }
    }

    @Nested
    class The_host_withdraws {

        @Test
        void the_host_withdraws_an_open_invitation() {
            fixture.given(usRussiaOpened(), ISSUED)
                    .when(new WithdrawInvitation(US_RUSSIA, WITHDRAWN, TO_MOSCOW))
                    .expectEvents(WAS_WITHDRAWN)
                    .expectResultMessagePayload(true);
        }

        @Test
        void the_host_may_withdraw_an_accepted_invitation() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_ACCEPTED)
                    .when(new WithdrawInvitation(US_RUSSIA, WITHDRAWN, TO_MOSCOW))
                    .expectEvents(WAS_WITHDRAWN)
                    .expectResultMessagePayload(true);
        }

        @Test
        void an_invitation_must_exist_to_be_withdrawn() {
            fixture.given(usRussiaOpened())
                    .when(new WithdrawInvitation(US_RUSSIA, WITHDRAWN, TO_MOSCOW))
                    .expectRuleViolation(Rule.INVITATION_MUST_EXIST);
        }

        @Test
        void a_withdrawn_invitation_cannot_be_withdrawn_again() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_WITHDRAWN)
                    .when(new WithdrawInvitation(US_RUSSIA, WITHDRAWN_AGAIN, TO_MOSCOW))
                    .expectRuleViolation(Rule.WITHDRAWN_INVITATION_IS_CLOSED);
        }

        @Test
        void a_recorded_withdrawal_is_not_an_acceptance() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_WITHDRAWN)
                    .when(new AcceptInvitation(US_RUSSIA, WITHDRAWN, TO_MOSCOW))
                    .expectRuleViolation(Rule.FACT_RECORDED_ONCE);
        }

        @Test
        void recording_the_same_withdrawal_again_records_nothing() {
            fixture.given(usRussiaOpened(), ISSUED, WAS_WITHDRAWN)
                    .when(new WithdrawInvitation(US_RUSSIA, WITHDRAWN, TO_MOSCOW))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }
    }
}
