package com.negotiationtracker.query.position;

import com.negotiationtracker.core.actor.ActorKind;
import com.negotiationtracker.core.actor.ActorRegistered;
import com.negotiationtracker.core.track.TrackId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.fact;
import static com.negotiationtracker.query.position.PositionEvents.FIRST_IMPORT;
import static com.negotiationtracker.query.position.PositionEvents.stance;
import static com.negotiationtracker.query.position.PositionEvents.tracked;
import static org.assertj.core.api.Assertions.assertThat;

class PositionSubjectSequencingTest {

    private final PositionSubjectSequencing sequencing = new PositionSubjectSequencing();

    @Test
    void stances_of_one_party_on_one_issue_share_a_sequence_whatever_their_track() {
        Object inOneTrack = sequencing.getSequenceIdentifierFor(tracked(stance(TrackId.of("us-russia"),
                fact("a"), UNITED_STATES, "nato-membership", "unrealistic"), 1, FIRST_IMPORT));
        Object inAnother = sequencing.getSequenceIdentifierFor(tracked(stance(TrackId.of("us-ukraine"),
                fact("b"), UNITED_STATES, "nato-membership", "not now"), 2, FIRST_IMPORT));

        assertThat(inOneTrack).isEqualTo(inAnother);
    }

    @Test
    void another_party_or_another_issue_is_another_sequence() {
        Object usOnNato = sequencing.getSequenceIdentifierFor(tracked(stance(fact("a"), UNITED_STATES,
                "nato-membership", "unrealistic"), 1, FIRST_IMPORT));
        Object russiaOnNato = sequencing.getSequenceIdentifierFor(tracked(stance(fact("b"), RUSSIA,
                "nato-membership", "never"), 2, FIRST_IMPORT));
        Object usOnTerritory = sequencing.getSequenceIdentifierFor(tracked(stance(fact("c"), UNITED_STATES,
                "territory", "to be negotiated"), 3, FIRST_IMPORT));

        assertThat(List.of(usOnNato, russiaOnNato, usOnTerritory)).doesNotHaveDuplicates();
    }

    @Test
    void other_events_keep_the_order_of_their_aggregate() {
        GenericDomainEventMessage<ActorRegistered> registered = new GenericDomainEventMessage<>("Actor", "actor:russia",
                0, new ActorRegistered(RUSSIA, "Russia", ActorKind.STATE, List.of(), List.of()));

        assertThat(sequencing.getSequenceIdentifierFor(registered)).isEqualTo("actor:russia");
    }
}
