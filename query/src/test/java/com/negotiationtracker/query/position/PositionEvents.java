package com.negotiationtracker.query.position;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.position.Issue;
import com.negotiationtracker.core.position.PositionStated;
import com.negotiationtracker.core.testdata.TestFacts.FactBuilder;
import com.negotiationtracker.core.track.TrackId;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.UUID;

/** Stances for the positions tests, and the messages a tracking processor delivers them in. */
final class PositionEvents {

    static final TrackId UKRAINE_PEACE = TrackId.of("ukraine-peace");
    static final Instant FIRST_IMPORT = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant SECOND_IMPORT = Instant.parse("2026-01-06T09:00:00Z");
    static final Instant THIRD_IMPORT = Instant.parse("2026-01-07T09:00:00Z");

    private PositionEvents() {
    }

    static PositionStated stance(FactBuilder fact, ActorId party, String issue, String stance) {
        return stance(UKRAINE_PEACE, fact, party, issue, stance);
    }

    static PositionStated stance(TrackId track, FactBuilder fact, ActorId party, String issue, String stance) {
        return new PositionStated(track, fact.build(), party, Issue.of(issue), stance);
    }

    /** The message a tracking processor hands over: the event at a global position, recorded at a moment. */
    static EventMessage<PositionStated> tracked(PositionStated event, long position, Instant recordedAt) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                new GenericEventMessage<>(UUID.randomUUID().toString(), event, MetaData.emptyInstance(), recordedAt));
    }

    /** The last moment of a day (UTC), as the API reads {@code validAt=2025-02-12}. */
    static Instant endOf(String day) {
        return Instant.parse(day + "T00:00:00Z").plusSeconds(86_400).minusNanos(1_000);
    }
}
