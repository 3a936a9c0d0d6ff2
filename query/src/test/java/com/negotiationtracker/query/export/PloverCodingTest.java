package com.negotiationtracker.query.export;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.channel.DirectContactSuspended;
import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.core.invitation.InvitationAccepted;
import com.negotiationtracker.core.invitation.InvitationDeclined;
import com.negotiationtracker.core.invitation.InvitationId;
import com.negotiationtracker.core.invitation.InvitationIssued;
import com.negotiationtracker.core.invitation.InvitationWithdrawn;
import com.negotiationtracker.core.measure.PrisonerSwapCompleted;
import com.negotiationtracker.core.meeting.MeetingAgreed;
import com.negotiationtracker.core.meeting.MeetingCancelled;
import com.negotiationtracker.core.meeting.MeetingHeld;
import com.negotiationtracker.core.meeting.MeetingId;
import com.negotiationtracker.core.meeting.MeetingProposed;
import com.negotiationtracker.core.meeting.MeetingScheduled;
import com.negotiationtracker.core.meeting.MeetingVenueConsidered;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.position.DemandMade;
import com.negotiationtracker.core.position.Issue;
import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.core.position.ProposalMade;
import com.negotiationtracker.core.position.SecurityGuaranteeOffered;
import com.negotiationtracker.core.statement.StatementMade;
import com.negotiationtracker.core.talks.NegotiationsAgreed;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;
import com.negotiationtracker.query.export.PloverCoding.Coding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.MOSCOW;
import static com.negotiationtracker.core.testdata.TestFacts.MUNICH;
import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.RUBIO;
import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.VANCE;
import static com.negotiationtracker.core.testdata.TestFacts.ZELENSKIY;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static org.assertj.core.api.Assertions.assertThat;

class PloverCodingTest {

    private static final Fact FACT = fact("some-fact").build();
    private static final InvitationId INVITATION = InvitationId.of("putin-invites-trump-to-moscow");
    private static final MeetingId MEETING = MeetingId.of("trump-zelenskiy-munich");
    private static final List<ActorId> PRINCIPALS = List.of(TRUMP, ZELENSKIY);
    private static final List<ActorId> COMPANY = List.of(VANCE, RUBIO);

    @Test
    void everyKindOfTheDossierFormatIsCoded() {
        assertThat(PloverCoding.kindsCoded()).containsExactlyInAnyOrder(FactKind.values());
    }

    @Test
    void aCallIsAConsultationByTelephone() {
        assertThat(PloverCoding.of(new CallHeld(US_RUSSIA, FACT, List.of(TRUMP, PUTIN), null)))
                .isEqualTo(new Coding(List.of(TRUMP, PUTIN), List.of(), "CONSULT", "phone", null, "041"));
    }

    @Test
    void aPrisonerSwapIsAReleaseOfPersons() {
        assertThat(PloverCoding.of(new PrisonerSwapCompleted(US_RUSSIA, FACT, List.of(UNITED_STATES, RUSSIA), 2)))
                .isEqualTo(new Coding(List.of(UNITED_STATES, RUSSIA), List.of(), "RETREAT", "release", "legal",
                        "0841"));
    }

    @Test
    void anInvitationExpressesIntentToMeetFromHostToGuestAndItsAnswerFromGuestToHost() {
        assertThat(PloverCoding.of(new InvitationIssued(US_RUSSIA, FACT, INVITATION, PUTIN, TRUMP, MOSCOW, null)))
                .isEqualTo(new Coding(List.of(PUTIN), List.of(TRUMP), "AGREE", null, "diplomatic", "036"));
        assertThat(PloverCoding.of(new InvitationAccepted(US_RUSSIA, FACT, INVITATION, PUTIN, TRUMP)))
                .isEqualTo(new Coding(List.of(TRUMP), List.of(PUTIN), "AGREE", null, "diplomatic", "036"));
        assertThat(PloverCoding.of(new InvitationDeclined(US_RUSSIA, FACT, INVITATION, PUTIN, TRUMP)))
                .isEqualTo(new Coding(List.of(TRUMP), List.of(PUTIN), "REJECT", "meet", "diplomatic", "125"));
        assertThat(PloverCoding.of(new InvitationWithdrawn(US_RUSSIA, FACT, INVITATION, PUTIN, TRUMP)))
                .isEqualTo(new Coding(List.of(PUTIN), List.of(TRUMP), "SANCTION", "cancel", "diplomatic", null));
    }

    @Test
    void demandsAreCodedByTheIssueDemanded() {
        assertThat(demand("territory")).isEqualTo(new Coding(List.of(RUSSIA), List.of(UKRAINE), "DEMAND", "yield",
                "resource", "105"));
        assertThat(demand("neutrality").cameo()).isEqualTo("1042");
        assertThat(demand("military-support").cameo()).isEqualTo("1032");
        assertThat(demand("kyiv-participation").cameo()).isEqualTo("106");
        assertThat(demand("sanctions-relief")).as("an issue the table does not name")
                .isEqualTo(new Coding(List.of(RUSSIA), List.of(UKRAINE), "DEMAND", null, null, "100"));
    }

    @Test
    void statementsAndPositionsHaveACameoCodeButNoPloverEvent() {
        assertThat(PloverCoding.of(new StatementMade(US_RUSSIA, FACT, TRUMP, "social media", List.of())))
                .isEqualTo(new Coding(List.of(TRUMP), List.of(), null, null, null, "010"));
        assertThat(PloverCoding.of(new PositionStated(US_RUSSIA, FACT, UNITED_STATES, Issue.of("territory"), "no")))
                .isEqualTo(new Coding(List.of(UNITED_STATES), List.of(), null, null, null, "010"));
    }

    @Test
    void meetingsPlannedExpressIntentToMeetAndAMeetingHeldIsAConsultation() {
        assertThat(PloverCoding.of(new MeetingProposed(US_RUSSIA, FACT, MEETING, PRINCIPALS, COMPANY, MUNICH, null)))
                .isEqualTo(new Coding(List.of(TRUMP, ZELENSKIY, VANCE, RUBIO), List.of(), "AGREE", null,
                        "diplomatic", "036"));
        assertThat(PloverCoding.of(new MeetingAgreed(US_RUSSIA, FACT, MEETING, PRINCIPALS, COMPANY, MUNICH, null))
                .cameo()).isEqualTo("036");
        assertThat(PloverCoding.of(new MeetingScheduled(US_RUSSIA, FACT, MEETING, MUNICH, null, PRINCIPALS, COMPANY))
                .cameo()).isEqualTo("036");
        assertThat(PloverCoding.of(new MeetingVenueConsidered(US_RUSSIA, FACT, MEETING, Venue.thirdCountry(),
                PRINCIPALS, List.of()))).isEqualTo(new Coding(PRINCIPALS, List.of(), null, null, null, "014"));
        assertThat(PloverCoding.of(new MeetingHeld(US_RUSSIA, FACT, MEETING, Venue.thirdCountry(), PRINCIPALS,
                List.of()))).isEqualTo(new Coding(PRINCIPALS, List.of(), "CONSULT", "third-party", null, "044"));
        assertThat(PloverCoding.of(new MeetingHeld(US_RUSSIA, FACT, MEETING, MUNICH, PRINCIPALS, List.of())))
                .isEqualTo(new Coding(PRINCIPALS, List.of(), "CONSULT", null, null, "040"));
        assertThat(PloverCoding.of(new MeetingCancelled(US_RUSSIA, FACT, MEETING, MUNICH, PRINCIPALS, List.of())))
                .isEqualTo(new Coding(PRINCIPALS, List.of(), "SANCTION", "cancel", "diplomatic", null));
    }

    @Test
    void talksProposalsGuaranteesAndSuspensions() {
        assertThat(PloverCoding.of(new NegotiationsAgreed(US_RUSSIA, FACT, List.of(UNITED_STATES, RUSSIA))))
                .isEqualTo(new Coding(List.of(UNITED_STATES, RUSSIA), List.of(), "AGREE", null, "diplomatic", "036"));
        assertThat(PloverCoding.of(new ProposalMade(US_RUSSIA, FACT, ZELENSKIY, UNITED_STATES, Issue.of("minerals"),
                "US investment"))).isEqualTo(new Coding(List.of(ZELENSKIY), List.of(UNITED_STATES), "AGREE", null,
                "economic", "0311"));
        assertThat(PloverCoding.of(new ProposalMade(US_RUSSIA, FACT, ZELENSKIY, UNITED_STATES, Issue.of("ceasefire"),
                "a truce")).cameo()).isEqualTo("030");
        assertThat(PloverCoding.of(new SecurityGuaranteeOffered(US_RUSSIA, FACT, List.of(ActorId.of("europe")),
                UKRAINE, "even without NATO"))).isEqualTo(new Coding(List.of(ActorId.of("europe")), List.of(UKRAINE),
                "AGREE", null, "military", "0334"));
        assertThat(PloverCoding.of(new DirectContactSuspended(US_RUSSIA, FACT, List.of(UNITED_STATES, RUSSIA))))
                .isEqualTo(new Coding(List.of(UNITED_STATES, RUSSIA), List.of(), "SANCTION", "sever", "diplomatic",
                        "160"));
    }

    @Test
    void aKindTheTableDoesNotKnowKeepsItsActorsAndGetsNoCode() {
        FactEvent truce = new TruceDeclared(US_RUSSIA, FACT, List.of(RUSSIA, UKRAINE));

        assertThat(PloverCoding.of(truce)).isEqualTo(new Coding(List.of(RUSSIA, UKRAINE), List.of(), null, null, null,
                null));
        assertThat(PloverCoding.kindOf(truce)).isEqualTo("truce-declared");
    }

    record TruceDeclared(TrackId track, Fact fact, List<ActorId> actors) implements FactEvent {
    }

    private static Coding demand(String issue) {
        return PloverCoding.of(new DemandMade(US_RUSSIA, FACT, RUSSIA, UKRAINE, Issue.of(issue), "a demand"));
    }
}
