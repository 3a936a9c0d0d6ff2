package com.negotiationtracker.core.track;

import com.negotiationtracker.core.actor.ActorKind;
import com.negotiationtracker.core.actor.RegisterActor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static com.negotiationtracker.core.testdata.TestFacts.TRUMP;
import static com.negotiationtracker.core.testdata.TestFacts.UNITED_STATES;
import static com.negotiationtracker.core.testdata.TestFacts.US_RUSSIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NegotiationCommandTargetsTest {

    private final NegotiationCommandTargets targets = new NegotiationCommandTargets();

    @Test
    void a_track_command_goes_to_the_tracks_stream() {
        var target = targets.resolveTarget(GenericCommandMessage.asCommandMessage(
                new OpenTrack(US_RUSSIA, "US-Russia relations", List.of(UNITED_STATES, RUSSIA))));

        assertThat(target.getIdentifier()).isEqualTo("track:us-russia");
        assertThat(target.getVersion()).isNull();
    }

    @Test
    void an_actor_command_goes_to_the_actors_stream() {
        var target = targets.resolveTarget(GenericCommandMessage.asCommandMessage(
                new RegisterActor(TRUMP, "Donald Trump", ActorKind.PERSON, null, null)));

        assertThat(target.getIdentifier()).isEqualTo("actor:trump");
    }

    @Test
    void a_track_and_an_actor_of_the_same_name_live_in_different_streams() {
        assertThat(TrackId.of("russia").streamId()).isNotEqualTo(RUSSIA.streamId());
    }

    @Test
    void any_other_command_is_refused() {
        assertThatThrownBy(() -> targets.resolveTarget(GenericCommandMessage.asCommandMessage("hello")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neither a track command nor an actor command");
    }
}
