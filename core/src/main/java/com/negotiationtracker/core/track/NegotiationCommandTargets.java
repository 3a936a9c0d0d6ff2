package com.negotiationtracker.core.track;

import com.negotiationtracker.core.actor.ActorCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Routes a command to the event stream it belongs to: a track's or an actor's. Streams are prefixed by kind
 * ({@code track:}, {@code actor:}) so that an editor may name a track and an actor alike without a collision.
 */
public class NegotiationCommandTargets implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object payload = command.getPayload();
        if (payload instanceof TrackCommand trackCommand) {
            return new VersionedAggregateIdentifier(trackCommand.track().streamId(), null);
        }
        if (payload instanceof ActorCommand actorCommand) {
            return new VersionedAggregateIdentifier(actorCommand.actor().streamId(), null);
        }
        throw new IllegalArgumentException(payload.getClass().getSimpleName()
                + " is neither a track command nor an actor command");
    }
}
