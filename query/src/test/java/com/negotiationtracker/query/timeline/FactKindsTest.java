package com.negotiationtracker.query.timeline;

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
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

class FactKindsTest {

    private static final Fact FACT = fact("some-fact").build();
    private static final InvitationId INVITATION = InvitationId.of("putin-invites-trump-to-moscow");
    private static final MeetingId MEETING = MeetingId.of("trump-zelenskiy-munich");
    private static final Venue MUNICH = Venue.named("Munich", ActorId.of("germany"));
    private static final List<ActorId> PRINCIPALS = List.of(TRUMP, ZELENSKIY);
    private static final List<ActorId> COMPANY = List.of(VANCE, RUBIO);
    private static final Map<String, Object> MUNICH_DETAILS = Map.of("kind", "NAMED", "place", "Munich",
            "country", "germany");
    private static final Map<String, Object> FRIDAY = Map.of("value", "2025-02-14", "precision", "DAY",
            "approximate", false, "from", "2025-02-14T00:00:00Z", "until", "2025-02-15T00:00:00Z");

    private final List<String> kindsSeen = new ArrayList<>();

    @Test
    void eachEventHasTheKindItHasInDossiersAndItsDetails() {
        expect(new CallHeld(US_RUSSIA, FACT, List.of(TRUMP, PUTIN), null), "call",
                Map.of("participants", List.of("trump", "putin")));
        expect(new StatementMade(US_RUSSIA, FACT, ZELENSKIY, "social media",
                        List.of(Issue.of("minerals"), Issue.of("military-support"))), "statement",
                Map.of("speaker", "zelenskiy", "channel", "social media",
                        "issues", List.of("minerals", "military-support")));
        expect(new NegotiationsAgreed(US_RUSSIA, FACT, List.of(TRUMP, PUTIN)), "talks-agreed",
                Map.of("parties", List.of("trump", "putin")));
        expect(new DirectContactSuspended(US_RUSSIA, FACT, List.of(UKRAINE, RUSSIA)), "contact-suspended",
                Map.of("parties", List.of("ukraine", "russia")));
        expect(new PrisonerSwapCompleted(US_RUSSIA, FACT, List.of(RUSSIA, UNITED_STATES), 2), "prisoner-swap",
                Map.of("parties", List.of("russia", "united-states"), "releasedCount", 2));
        expect(new PositionStated(US_RUSSIA, FACT, UNITED_STATES, Issue.of("nato-membership"), "unrealistic"),
                "position", Map.of("party", "united-states", "issue", "nato-membership", "stance", "unrealistic"));
        expect(new DemandMade(US_RUSSIA, FACT, RUSSIA, UKRAINE, Issue.of("neutrality"), "permanent neutrality"),
                "demand", Map.of("party", "russia", "addressee", "ukraine", "issue", "neutrality",
                        "demand", "permanent neutrality"));
        expect(new ProposalMade(US_RUSSIA, FACT, ZELENSKIY, TRUMP, Issue.of("minerals"), "US investment"),
                "proposal", Map.of("proposer", "zelenskiy", "addressee", "trump", "issue", "minerals",
                        "proposal", "US investment"));
        expect(new SecurityGuaranteeOffered(US_RUSSIA, FACT, List.of(ActorId.of("france")), UKRAINE,
                        "even without NATO"),
                "security-guarantee", Map.of("guarantors", List.of("france"), "beneficiary", "ukraine",
                        "terms", "even without NATO"));
        expect(new InvitationIssued(US_RUSSIA, FACT, INVITATION, PUTIN, TRUMP, Venue.named("Moscow", RUSSIA),
                        ValidTime.of("2025-02-14")), "invitation-issued",
                Map.of("invitation", INVITATION.value(), "host", "putin", "guest", "trump",
                        "venue", Map.of("kind", "NAMED", "place", "Moscow", "country", "russia"),
                        "plannedFor", FRIDAY));
        Map<String, Object> answer = Map.of("invitation", INVITATION.value(), "host", "putin", "guest", "trump");
        expect(new InvitationAccepted(US_RUSSIA, FACT, INVITATION, PUTIN, TRUMP), "invitation-accepted", answer);
        expect(new InvitationDeclined(US_RUSSIA, FACT, INVITATION, PUTIN, TRUMP), "invitation-declined", answer);
        expect(new InvitationWithdrawn(US_RUSSIA, FACT, INVITATION, PUTIN, TRUMP), "invitation-withdrawn", answer);
        Map<String, Object> meeting = Map.of("meeting", MEETING.value(), "participants", List.of("trump", "zelenskiy"),
                "attendees", List.of("vance", "rubio"), "venue", MUNICH_DETAILS);
        Map<String, Object> planned = with(meeting, "plannedFor", FRIDAY);
        ValidTime friday = ValidTime.of("2025-02-14");
        expect(new MeetingProposed(US_RUSSIA, FACT, MEETING, PRINCIPALS, COMPANY, MUNICH, friday),
                "meeting-proposed", planned);
        expect(new MeetingAgreed(US_RUSSIA, FACT, MEETING, PRINCIPALS, COMPANY, MUNICH, friday),
                "meeting-agreed", planned);
        expect(new MeetingVenueConsidered(US_RUSSIA, FACT, MEETING, MUNICH, PRINCIPALS, COMPANY),
                "meeting-venue-considered", meeting);
        expect(new MeetingScheduled(US_RUSSIA, FACT, MEETING, MUNICH, friday, PRINCIPALS, COMPANY),
                "meeting-scheduled", planned);
        expect(new MeetingHeld(US_RUSSIA, FACT, MEETING, MUNICH, PRINCIPALS, COMPANY), "meeting-held", meeting);
        expect(new MeetingCancelled(US_RUSSIA, FACT, MEETING, MUNICH, PRINCIPALS, COMPANY), "meeting-cancelled",
                meeting);

        assertThat(kindsSeen).as("one event type for each kind of the dossier format")
                .containsExactlyElementsOf(FactKind.labels());
    }

    @Test
    void anUnnamedThirdCountryIsKeptAsSuch() {
        MeetingVenueConsidered considered = new MeetingVenueConsidered(US_RUSSIA, FACT, MeetingId.of("putin-trump"),
                Venue.thirdCountry(), List.of(PUTIN, TRUMP), List.of());

        assertThat(FactKinds.detailsOf(considered)).containsEntry("venue", Map.of("kind", "THIRD_COUNTRY"));
    }

    @Test
    void theIssuesOfAFactAreThoseItsKindNames() {
        assertThat(FactKinds.issuesOf(new StatementMade(US_RUSSIA, FACT, TRUMP, "social media",
                List.of(Issue.of("territory"), Issue.of("territory"))))).containsExactly("territory");
        assertThat(FactKinds.issuesOf(new DemandMade(US_RUSSIA, FACT, RUSSIA, UKRAINE, Issue.of("neutrality"), "x")))
                .containsExactly("neutrality");
        assertThat(FactKinds.issuesOf(new CallHeld(US_RUSSIA, FACT, List.of(TRUMP, PUTIN), null))).isEmpty();
    }

    private void expect(FactEvent event, String kind, Map<String, Object> details) {
        kindsSeen.add(FactKinds.nameOf(event));
        assertThat(FactKinds.nameOf(event)).as(event.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(FactKinds.detailsOf(event)).as(kind).containsExactlyInAnyOrderEntriesOf(details);
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
