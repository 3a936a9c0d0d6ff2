package com.negotiationtracker.query.state;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.actor.ActorKind;
import com.negotiationtracker.core.actor.ActorProfileRevised;
import com.negotiationtracker.core.actor.ActorRegistered;
import com.negotiationtracker.core.call.CallHeld;
import com.negotiationtracker.core.channel.DirectContactSuspended;
import com.negotiationtracker.core.invitation.InvitationAccepted;
import com.negotiationtracker.core.invitation.InvitationId;
import com.negotiationtracker.core.invitation.InvitationIssued;
import com.negotiationtracker.core.measure.PrisonerSwapCompleted;
import com.negotiationtracker.core.meeting.MeetingAgreed;
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
import com.negotiationtracker.core.talks.NegotiationsAgreed;
import com.negotiationtracker.core.testdata.TestFacts.FactBuilder;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.FactEvent;
import com.negotiationtracker.core.track.TrackId;
import com.negotiationtracker.core.track.TrackOpened;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.negotiationtracker.core.testdata.TestFacts.KREMLIN;
import static com.negotiationtracker.core.testdata.TestFacts.MOSCOW;
import static com.negotiationtracker.core.testdata.TestFacts.PUTIN;
import static com.negotiationtracker.core.testdata.TestFacts.RUBIO;
import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.US_UKRAINE;
import static com.negotiationtracker.core.testdata.TestFacts.VANCE;
import static com.negotiationtracker.core.testdata.TestFacts.ZELENSKIY;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.core.testdata.TestFacts.usRussiaOpened;
import static com.negotiationtracker.core.testdata.TestFacts.usUkraineOpened;

/**
 * Events for the state tests, built with core's test data, and the messages the event store hands a processor: each
 * event of an aggregate's stream, with the moment the store recorded it.
 */
final class StateEvents {

    /** When the reference story was imported in these tests. */
    static final Instant IMPORTED = Instant.parse("2026-01-05T09:00:00Z");

    static final TrackId UKRAINE_PEACE = TrackId.of("ukraine-peace");
    static final MeetingId PUTIN_TRUMP_MEETING = MeetingId.of("putin-trump-meeting");
    static final MeetingId MUNICH_MEETING = MeetingId.of("trump-zelenskiy-munich");
    static final InvitationId MOSCOW_INVITATION = InvitationId.of("putin-invites-trump-to-moscow");

    private StateEvents() {
    }

    /** {@code seconds} after the import began. */
    static Instant importedPlus(long seconds) {
        return IMPORTED.plusSeconds(seconds);
    }

    // ---- the directory ----

    static ActorRegistered state(ActorId actor) {
        return new ActorRegistered(actor, actor.value(), ActorKind.STATE, List.of(), List.of());
    }

    static ActorRegistered person(ActorId actor, ActorId... speaksFor) {
        return new ActorRegistered(actor, actor.value(), ActorKind.PERSON, List.of(), List.of(speaksFor));
    }

    static ActorRegistered office(ActorId actor, ActorId... speaksFor) {
        return new ActorRegistered(actor, actor.value(), ActorKind.OFFICE, List.of(), List.of(speaksFor));
    }

    static ActorProfileRevised personRevised(ActorId actor, ActorId... speaksFor) {
        return new ActorProfileRevised(actor, actor.value(), ActorKind.PERSON, List.of(), List.of(speaksFor));
    }

    // ---- facts ----

    static CallHeld call(TrackId track, FactBuilder fact, ActorId... participants) {
        return new CallHeld(track, fact.build(), List.of(participants), null);
    }

    static DirectContactSuspended contactSuspended(TrackId track, FactBuilder fact, ActorId... parties) {
        return new DirectContactSuspended(track, fact.build(), List.of(parties));
    }

    static NegotiationsAgreed talksAgreed(TrackId track, FactBuilder fact, ActorId... parties) {
        return new NegotiationsAgreed(track, fact.build(), List.of(parties));
    }

    static MeetingAgreed meetingAgreed(FactBuilder fact) {
        return new MeetingAgreed(US_RUSSIA, fact.build(), PUTIN_TRUMP_MEETING, List.of(PUTIN, TRUMP), List.of(), null,
                null);
    }

    static MeetingVenueConsidered venueConsidered(FactBuilder fact, Venue venue) {
        return new MeetingVenueConsidered(US_RUSSIA, fact.build(), PUTIN_TRUMP_MEETING, venue, List.of(PUTIN, TRUMP),
                List.of());
    }

    static MeetingScheduled meetingScheduled(FactBuilder fact, Venue venue, String plannedFor) {
        return new MeetingScheduled(US_RUSSIA, fact.build(), PUTIN_TRUMP_MEETING, venue, ValidTime.of(plannedFor),
                List.of(PUTIN, TRUMP), List.of());
    }

    static MeetingHeld meetingHeld(FactBuilder fact, Venue venue) {
        return new MeetingHeld(US_RUSSIA, fact.build(), PUTIN_TRUMP_MEETING, venue, List.of(PUTIN, TRUMP), List.of());
    }

    static MeetingProposed munichMeetingProposed(FactBuilder fact) {
        return new MeetingProposed(US_UKRAINE, fact.build(), MUNICH_MEETING, List.of(TRUMP, ZELENSKIY),
                List.of(VANCE, RUBIO), Venue.named("Munich", ActorId.of("germany")), ValidTime.of("2025-02-14"));
    }

    static InvitationIssued moscowInvitation(FactBuilder fact) {
        return new InvitationIssued(US_RUSSIA, fact.build(), MOSCOW_INVITATION, PUTIN, TRUMP, MOSCOW, null);
    }

    static InvitationAccepted moscowInvitationAccepted(FactBuilder fact) {
        return new InvitationAccepted(US_RUSSIA, fact.build(), MOSCOW_INVITATION, PUTIN, TRUMP);
    }

    static PrisonerSwapCompleted swap(FactBuilder fact) {
        return new PrisonerSwapCompleted(US_RUSSIA, fact.build(), List.of(UNITED_STATES, RUSSIA), null);
    }

    static DemandMade demand(FactBuilder fact, String issue, String demand) {
        return new DemandMade(UKRAINE_PEACE, fact.build(), RUSSIA, UKRAINE, Issue.of(issue), demand);
    }

    static ProposalMade mineralsProposal(FactBuilder fact) {
        return new ProposalMade(US_UKRAINE, fact.build(), ZELENSKIY, UNITED_STATES, Issue.of("minerals"),
                "U.S. investment in Ukrainian minerals");
    }

    static SecurityGuaranteeOffered europeanGuarantees(FactBuilder fact) {
        return new SecurityGuaranteeOffered(UKRAINE_PEACE, fact.build(), List.of(ActorId.of("europe")), UKRAINE,
                "even if immediate NATO membership is not attainable");
    }

    static PositionStated position(FactBuilder fact) {
        return new PositionStated(UKRAINE_PEACE, fact.build(), UNITED_STATES, Issue.of("territory"), "unrealistic");
    }

    // ---- messages ----

    /** An event as the store hands it over: in its aggregate's stream, recorded at {@code recordedAt}. */
    static EventMessage<?> recorded(Object event, Instant recordedAt) {
        return recorded(event, 0, recordedAt);
    }

    static EventMessage<?> recorded(Object event, long sequence, Instant recordedAt) {
        return new GenericDomainEventMessage<>(event.getClass().getSimpleName(), streamOf(event), sequence, event,
                MetaData.emptyInstance(), UUID.randomUUID().toString(), recordedAt);
    }

    private static String streamOf(Object event) {
        if (event instanceof FactEvent fact) {
            return fact.track().streamId();
        }
        if (event instanceof TrackOpened opened) {
            return opened.track().streamId();
        }
        if (event instanceof ActorRegistered registered) {
            return registered.actor().streamId();
        }
        if (event instanceof ActorProfileRevised revised) {
            return revised.actor().streamId();
        }
        throw new IllegalArgumentException("no stream for " + event);
    }

    /**
     * The reference story as the dossier import records it, one event a second: the directory, the tracks, then the
     * facts in the dossier's order, so that the suspension of contact since 2022 is recorded after the 2025 call.
     */
    static List<EventMessage<?>> referenceStory() {
        List<Object> events = new ArrayList<>(List.of(
                state(UNITED_STATES), state(RUSSIA), state(UKRAINE), state(ActorId.of("europe")),
                person(TRUMP, UNITED_STATES), person(PUTIN, RUSSIA), person(ZELENSKIY, UKRAINE),
                person(VANCE, UNITED_STATES), person(RUBIO, UNITED_STATES), office(KREMLIN, RUSSIA, PUTIN),
                usRussiaOpened(), usUkraineOpened(),
                new TrackOpened(UKRAINE_PEACE, "Peace in the war between Russia and Ukraine", List.of(RUSSIA, UKRAINE)),
                call(US_RUSSIA, fact("trump-putin-call"), TRUMP, PUTIN),
                talksAgreed(US_RUSSIA, fact("us-russia-talks-agreed").assertedBy(TRUMP), UNITED_STATES, RUSSIA),
                call(US_UKRAINE, fact("trump-zelenskiy-call"), TRUMP, ZELENSKIY),
                meetingAgreed(fact("putin-trump-agree-to-meet")),
                moscowInvitation(fact("putin-invites-trump-to-moscow")),
                venueConsidered(fact("third-country-venue-considered"), Venue.thirdCountry()),
                position(fact("hegseth-territory-unrealistic")),
                europeanGuarantees(fact("europe-security-guarantees")),
                mineralsProposal(fact("zelenskiy-minerals-proposal").on("2025-02")),
                munichMeetingProposed(fact("trump-zelenskiy-munich-meeting-proposed")),
                swap(fact("us-russia-prisoner-swap").on("2025-02-11")),
                contactSuspended(US_RUSSIA, fact("no-leader-contact-since-invasion").on("2022-02"), UNITED_STATES,
                        RUSSIA),
                demand(fact("moscow-demands-territorial-concessions"), "territory",
                        "territorial concessions from Kyiv")));
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(recorded(events.get(i), importedPlus(i)));
        }
        return messages;
    }
}
