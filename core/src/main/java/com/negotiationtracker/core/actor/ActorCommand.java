package com.negotiationtracker.core.actor;

/** A command addressed to one actor of the directory. */
public interface ActorCommand {
    ActorId actor();
}
