package com.negotiationtracker.core.provenance;

import com.negotiationtracker.core.actor.ActorId;

import java.util.Objects;

/**
 * Who asserted a fact, through which channel (a statement, social media, a briefing), where it appeared,
 * and the words quoted where the source quotes them (null otherwise).
 */
public record Provenance(ActorId assertedBy, String channel, Source source, String quote) {

    public Provenance {
        Objects.requireNonNull(assertedBy, "provenance needs the actor who asserted the fact");
        Objects.requireNonNull(source, "provenance needs the source where the fact appeared");
    }
}
