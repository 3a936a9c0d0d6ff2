package com.negotiationtracker.core.actor;

import com.negotiationtracker.core.common.Rule;
import com.negotiationtracker.core.common.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An entry of the actor directory: a person, office, state, alliance or group of unnamed sources. */
@Aggregate(commandTargetResolver = "negotiationCommandTargets")
public class Actor {

    @AggregateIdentifier
    private String streamId;
    private RegisterActor profile;

    protected Actor() {
        // for the event-sourcing repository
    }

    /**
     * Registers the actor, or revises its profile when it differs from the one recorded. The same profile twice
     * records nothing, which keeps dossier imports idempotent.
     *
     * @return whether anything was recorded
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(RegisterActor command, ActorDirectory directory) {
        if (command.equals(profile)) {
            return false;
        }
        for (ActorId represented : command.speaksFor()) {
            boolean itself = represented.equals(command.actor());
            if (itself || !directory.isKnown(represented)) {
                throw new RuleViolation(Rule.ACTOR_MUST_BE_KNOWN, "'" + command.actor() + "' speaks for '"
                        + represented + "', which " + (itself ? "is itself" : "is not in the directory"));
            }
        }
        if (profile == null) {
            apply(new ActorRegistered(command.actor(), command.name(), command.kind(), command.roles(),
                    command.speaksFor()));
        } else {
            apply(new ActorProfileRevised(command.actor(), command.name(), command.kind(), command.roles(),
                    command.speaksFor()));
        }
        return true;
    }

    @EventSourcingHandler
    void on(ActorRegistered event) {
        streamId = event.actor().streamId();
        remember(event.actor(), event.name(), event.kind(), event.roles(), event.speaksFor());
    }

    @EventSourcingHandler
    void on(ActorProfileRevised event) {
        remember(event.actor(), event.name(), event.kind(), event.roles(), event.speaksFor());
    }

    private void remember(ActorId actor, String name, ActorKind kind, List<String> roles, List<ActorId> speaksFor) {
        profile = new RegisterActor(actor, name, kind, roles, speaksFor);
    }
}
